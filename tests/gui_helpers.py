"""Helpers shared by the GUI tests: set a short run, train it to the end with F5."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.engine.presets import make_config


def short(window, preset="book", **kw):
    kw.setdefault("epochs", 300)
    window.setup.set_config(make_config(preset, **kw))


def step(qtbot, window, how=Qt.Key_F10, timeout=20_000):
    """A step by hand (a key, or an action's name) and wait until it is shown: it runs on
    the run's training thread, and the window hears of it when it is done."""
    with qtbot.waitSignal(window.stepped, timeout=timeout):
        if isinstance(how, str):
            window.action(how).trigger()
        else:
            qtbot.keyClick(window, how)


def train_to_end(qtbot, window, timeout=60_000):
    with qtbot.waitSignal(window.run_finished, timeout=timeout):
        qtbot.keyClick(window, Qt.Key_F5)
