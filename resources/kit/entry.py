"""The kit's program: the ``patterngan`` command (the window, or a headless command)."""

import sys

from patterngan_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
