"""PatternGAN's desktop app (PySide6 + pyqtgraph) and its ``patterngan`` command line.

Importing this package imports no Qt: the command line's headless commands stay Qt-free.
"""
