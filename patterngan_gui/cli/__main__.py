"""``python -m patterngan_gui.cli``: the ``patterngan`` command without its script."""

from patterngan_gui.cli import script

script()
