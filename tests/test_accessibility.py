"""Screen reader and keyboard (issue 36), from Qt's side: every interactive control of every tab,
dock and dialog has a name as a screen reader reads it (tests/a11y_walk.py), the run controls
take keyboard focus, and Tab leaves tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.a11y_walk import unnamed

LAB = str(Path(__file__).resolve().parent.parent / "resources" / "class-lab.toml")


def test_every_control_of_every_tab_and_dock_has_a_name(window):
    window.labs.open_lab(LAB)  # the instructions dock with its goals and answer fields
    window.show_inspector()
    assert unnamed(window) == []


def test_the_class_tab_has_names_too(qtbot):
    from patterngan_gui.panels.class_view import ClassView

    view = ClassView()
    qtbot.addWidget(view)
    assert unnamed(view) == []


def test_every_dialog_has_names(window, monkeypatch):
    """Each dialog walked as it opens (its exec replaced by the walk)."""
    from core.engine.presets import make_config
    from patterngan_gui.controllers.files import ask_unsaved_box
    from patterngan_gui.controllers.live_change import LiveChangeDialog
    from patterngan_gui.kit.lab_dialog import SaveLabDialog

    found: dict[str, list[str]] = {}

    def walk_instead(self):
        found[self.windowTitle() or type(self).__name__] = unnamed(self)
        return 0

    monkeypatch.setattr(QDialog, "exec", walk_instead)
    monkeypatch.setattr(QMessageBox, "exec", walk_instead)
    window.dialogs.error("An error", "Something went wrong")
    window.dialogs.confirm_trust("x.pt", "it holds code")
    window.dialogs.how_it_works()
    ask_unsaved_box(window, ["run #1"])
    for dialog in (
        LiveChangeDialog({"lr_d": 0.001, "lr_g": 0.001, "d_steps": 1}, window),
        SaveLabDialog(make_config("book"), None, window),
    ):
        dialog.exec()
    window.dialogs.ask_student_name("")  # Export lab result
    from patterngan_gui.kit import ask

    ask.get_int(window, "Sweep seeds", "Seeds to train together:", 8, 2, 64)
    assert len(found) == 8
    assert {title: names for title, names in found.items() if names} == {}


def test_the_walk_finds_an_unnamed_control(qtbot):
    """The walk itself: a spin box without a label, and a combo named only by
    setAccessibleName (on Linux its value is its name), are both found."""
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    combo = QComboBox()
    combo.addItem("auto")
    combo.setAccessibleName("Codec")
    spin = QSpinBox()
    named = QSpinBox()
    label = QLabel("K")
    label.setBuddy(named)
    for w in (combo, spin, label, named):
        row.addWidget(w)
    assert len(unnamed(host)) == 2
    label2 = QLabel("Codec")
    label2.setBuddy(combo)
    row.addWidget(label2)
    assert len(unnamed(host)) == 1


@pytest.mark.parametrize("action", ["train", "pause", "stop", "save", "open", "sample"])
def test_the_run_controls_take_keyboard_focus(window, action):
    button = window.findChild(QDialog.__mro__[1], "run_toolbar").widgetForAction(
        window.action(action)
    )
    assert button.focusPolicy() & Qt.TabFocus
