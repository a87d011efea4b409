"""PatternGAN's engine: a Qt-free GAN that learns to generate integers following a pattern.

Modules: ``codecs`` (integer <-> vector), ``patterns`` (what counts as real), ``data`` (real
batches), ``models`` and ``presets`` (networks and settings), ``config`` (one validated
dataclass), ``trainer`` (the loop, as an iterator of reports), ``metrics`` (the DESIGN
definitions) and ``genfile`` (saving and safely opening ``num_gen.pt``).
"""

__version__ = "0.1.0"
