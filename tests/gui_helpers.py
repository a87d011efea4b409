"""Helpers shared by the GUI tests: set a short run, train it to the end with F5."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.engine.presets import make_config


def short(window, preset="book", **kw):
    kw.setdefault("epochs", 300)
    window.setup.set_config(make_config(preset, **kw))


def train_to_end(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.run_finished, timeout=timeout):
        qtbot.keyClick(window, Qt.Key_F5)
