"""Where keyboard focus goes after a dialog closes: back to where it was, else to something a
screen reader announces, never nowhere."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from shiboken6 import isValid


def settle_focus(window: QWidget, before: QWidget | None) -> None:
    """After a dialog: focus back where it was (the control that opened it), or, when that
    is gone, hidden or disabled (or focus was nowhere: a shortcut opened it), on the window's
    tab bar, which a screen reader names; never nowhere."""
    if before is not None and isValid(before) and before.window() is window:
        if before.isVisible() and before.isEnabled():
            before.setFocus(Qt.OtherFocusReason)
            return
    tabs = window.findChild(QTabWidget)
    now = QApplication.focusWidget()
    if tabs is not None and (now is None or now.window() is not window or not now.isVisible()):
        tabs.tabBar().setFocus(Qt.OtherFocusReason)


def returns_focus(method):
    """A method (of Dialogs, or of a controller with a ``window``) that gives focus back
    when its dialog closes (``settle_focus``)."""

    @functools.wraps(method)
    def wrapped(self, *args, **kwargs):
        before = QApplication.focusWidget()
        try:
            return method(self, *args, **kwargs)
        finally:
            window = getattr(self, "window", None)
            settle_focus(window if isinstance(window, QWidget) else self.parent, before)

    return wrapped
