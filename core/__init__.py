"""PatternGAN's Qt-free half.

``core.engine`` (the GAN: codecs, patterns, data, configs, presets, trainer, metrics, sampling),
``core.files`` (generator files, atomic writes, run bundles), ``core.teaching`` (slow motion,
inspector, run histories, labs, the collapse alert) and ``core.app`` (the session model).
``core.models`` stays at the top: saved files name its classes (``__torch__.core.models.*``).
"""

import os

__version__ = "0.1.0"

# These networks are tiny: one intra-op thread is the fastest (every entry point also calls
# torch.set_num_threads(1)). Saying so before torch and its OpenMP runtime load also means no
# OpenMP thread team is ever created: the app runs torch on several Python threads (training,
# reports, sampling), and teams made by one thread and used under another are where we saw a
# rare deadlock of two threads inside torch ops. An explicit setting of the user's wins.
for _name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
del _name
