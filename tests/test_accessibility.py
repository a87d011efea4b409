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
    from patterngan_gui.controllers.live_change import LiveChangeDialog
    from patterngan_gui.kit.dialogs import ask_unsaved_box
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


def test_the_run_controls_take_keyboard_focus(window):
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "run_toolbar")
    for action in ("train", "pause", "stop", "save", "open", "sample", "step_epoch", "slow"):
        button = toolbar.widgetForAction(window.action(action))
        assert button.focusPolicy() & Qt.TabFocus, action


def test_tab_leaves_every_table_and_arrows_move_inside(window, qtbot):
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    tables = window.findChildren(QAbstractItemView)
    trapping = [t.accessibleName() or type(t).__name__ for t in tables if t.tabKeyNavigation()]
    trapping = [name for name in trapping if name not in ("", "QListView")]  # combo popups
    assert trapping == []
    import numpy as np

    ok = np.ones((20, 10), dtype=bool)
    window.sampling.model.set_data(np.arange(200).reshape(20, 10), ok, ok)
    window.tabs.setCurrentWidget(window.sampling)
    table = window.sampling.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keyClick(table, Qt.Key_Tab)
    assert QApplication.focusWidget() is not table  # one Tab out (there were 235)


def test_tab_order_in_the_set_up_follows_the_layout(window, qtbot):
    """Tab from the pattern's kind down the set-up: each field lies below (or right of) the
    one before, never back up."""
    from PySide6.QtWidgets import QApplication

    setup = window.setup
    window.show_setup()
    setup.kind.setFocus()
    qtbot.waitUntil(setup.kind.hasFocus, timeout=2000)
    seen, where = [], []
    for _ in range(25):
        w = QApplication.focusWidget()
        if w is None or not setup.isAncestorOf(w):
            break
        seen.append(w)
        p = w.mapTo(setup, w.rect().topLeft())
        where.append((p.y(), p.x()))
        qtbot.keyClick(w, Qt.Key_Tab)
    assert len(seen) > 8
    rows = [y for y, _x in where]
    backwards = [(seen[i - 1], seen[i]) for i in range(1, len(rows)) if rows[i] < rows[i - 1] - 4]
    assert backwards == []


def test_the_drawn_target_is_drawn_with_keys(qtbot):
    from patterngan_gui.panels.draw_target import DrawTarget

    draw = DrawTarget()
    qtbot.addWidget(draw)
    draw.set_range(0, 10)
    canvas = draw.canvas
    assert canvas.focusPolicy() & Qt.TabFocus
    with qtbot.waitSignal(draw.changed):
        qtbot.keyClick(canvas, Qt.Key_Right)  # 1
        qtbot.keyClick(canvas, Qt.Key_Right)  # 2
        for _ in range(5):
            qtbot.keyClick(canvas, Qt.Key_Up)
    qtbot.keyClick(canvas, Qt.Key_End)
    qtbot.keyClick(canvas, Qt.Key_9)
    assert draw.spec() == "weights:2=0.5,9=0.9"
    assert canvas.accessibleDescription().startswith("9: 9 of 10; 2 integers drawn")
    qtbot.keyClick(canvas, Qt.Key_Delete)
    assert draw.spec() == "weights:2=0.5"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen, a dialog shown for real
def test_focus_comes_back_after_a_dialog(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    def show_and_close(dialog):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", show_and_close)
    monkeypatch.setattr(QMessageBox, "exec", show_and_close)
    start = window.setup.epochs
    window.show_setup()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    window.dialogs.error("Title", "text")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is start  # back where it was
    start.clearFocus()  # a shortcut opened it with focus nowhere: the tab bar, not nowhere
    window.dialogs.how_it_works()
    assert window.focusWidget() is window.tabs.tabBar()  # where focus is when it comes back


def unnamed_tab_stops(window) -> list[str]:
    """Widgets that Tab reaches (visible, enabled, taking Tab focus) without a name a
    screen reader says: a scroll area taking focus is heard as a nameless "filler"."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QComboBox, QWidget

    from tests.a11y_walk import labelled

    found = []
    for w in window.findChildren(QWidget):
        if not (w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.TabFocus):
            continue
        if w.focusProxy() is not None or w.window() is not window:
            continue
        node = QAccessible.queryAccessibleInterface(w)
        if node is None:
            continue
        if isinstance(w, QComboBox):
            named = labelled(node)  # Linux reads a combo's value as its name
        else:
            named = bool(node.text(QAccessible.Name).strip())
        if not named:
            found.append(f"{type(w).__name__} {w.objectName()} in {type(w.parent()).__name__}")
    return found


def test_every_tab_stop_has_a_name(window):
    """What Tab lands on, a screen reader names (the keyboard walk heard a nameless "filler":
    the set-up's and the plots' scroll areas)."""
    window.labs.open_lab(LAB)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        assert unnamed_tab_stops(window) == [], window.tabs.tabText(i)


def test_a_lab_given_at_start_has_the_focus_on_its_instructions(make_window):
    from PySide6.QtWidgets import QApplication

    window = make_window(lab_file=LAB)
    assert QApplication.focusWidget() is window.instructions
