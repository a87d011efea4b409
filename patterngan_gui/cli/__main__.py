"""``python -m patterngan_gui.cli``: the ``patterngan`` command without its script."""

import sys

from patterngan_gui.cli import main

sys.exit(main())
