"""PatternGAN's Qt-free half.

``core.engine`` (the GAN: codecs, patterns, data, configs, presets, trainer, metrics, sampling),
``core.files`` (generator files, atomic writes, run bundles), ``core.teaching`` (slow motion,
inspector, run histories, labs, the collapse alert) and ``core.app`` (the session model).
``core.models`` stays at the top: saved files name its classes (``__torch__.core.models.*``).
"""

__version__ = "0.1.0"
