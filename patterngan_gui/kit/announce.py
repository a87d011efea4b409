"""Short news for screen readers: what the status bar says (a step's sentence, a run's end),
told at most once per 2 s; news that comes sooner waits, and only the latest waiting is told.
Imports only Qt (the window makes it before torch and pyqtgraph load)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: the description changes instead
    QAccessibleAnnouncementEvent = None

EVERY_S = 2.0


class Announcer(QObject):
    """Short news for screen readers (QAccessibleAnnouncementEvent), at most once per
    ``every_s``: news that comes sooner waits, and only the latest waiting is told."""

    announced = Signal(str)

    def __init__(self, widget: QWidget, every_s: float = EVERY_S, clock=time.monotonic):
        super().__init__(widget)
        self.widget, self.every_s, self.clock = widget, every_s, clock
        self._last = -1e9
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)

    def say(self, text: str) -> None:
        wait = self._last + self.every_s - self.clock()
        if wait <= 0 and not self._timer.isActive():
            self._send(text)
        else:
            self._pending = text
            if not self._timer.isActive():
                self._timer.start(max(int(wait * 1000), 1))

    def _flush(self) -> None:
        if self._pending is not None:
            text, self._pending = self._pending, None
            self._send(text)

    def _send(self, text: str) -> None:
        self._last = self.clock()
        if QAccessibleAnnouncementEvent is not None:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.widget, text))
        else:  # read by screen readers as the widget's description changing
            self.widget.setAccessibleDescription(text)
        self.announced.emit(text)
