"""Qt's one-line input dialogs, with their label bound to their field.

``QInputDialog.getInt`` / ``getText`` leave the field without a name for a screen reader (the
prompt is a label that is not its buddy); these build the same dialog and bind it. Tests
replace ``get_int`` / ``get_text`` here, as they would Qt's static functions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QWidget

from patterngan_gui.kit.focus import settle_focus


def bind_prompt(dialog: QInputDialog) -> None:
    """The prompt names the field (its buddy): what Orca reads on entering it."""
    field = None
    for w in dialog.findChildren(QWidget):
        if w.isWindow() or isinstance(w, QLabel):
            continue
        if w.metaObject().className() in ("QSpinBox", "QLineEdit", "QDoubleSpinBox"):
            field = w
            break
    label = dialog.findChild(QLabel)
    if label is not None and field is not None:
        label.setBuddy(field)
        field.setAccessibleName(dialog.labelText().rstrip(":"))


def get_int(
    parent: QWidget, title: str, label: str, value: int, lo: int, hi: int
) -> tuple[int, bool]:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.IntInput)
    dialog.setIntRange(lo, hi)
    dialog.setIntValue(value)
    bind_prompt(dialog)
    before = QApplication.focusWidget()
    ok = dialog.exec() == QDialog.Accepted
    settle_focus(parent.window(), before)
    return dialog.intValue(), ok


def get_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.TextInput)
    dialog.setTextValue(text)
    bind_prompt(dialog)
    before = QApplication.focusWidget()
    ok = dialog.exec() == QDialog.Accepted
    settle_focus(parent.window(), before)
    return dialog.textValue(), ok
