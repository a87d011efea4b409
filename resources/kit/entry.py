"""The kit's program: the ``patterngan`` command (the window, or a headless command)."""

from patterngan_gui.cli import script

if __name__ == "__main__":
    script()
