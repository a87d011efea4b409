"""The window's end of a run driver (``core.app.run_driver``): events to the GUI thread.

The driver trains on its own thread and calls ``notify`` there when events wait; this link
turns that into an *argument-less* queued signal, and the GUI thread takes the events from
the driver and hands each to ``dispatch``. Two reasons for argument-less: PySide6 >= 6.8 has
refcount bugs when Python objects ride cross-thread signals (PYSIDE-3124; seen here as
"Fatal Python error: none_dealloc"), and taking events in a batch coalesces bursts into one
GUI update. Nothing here reads a trainer: the driver is its only owner.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

DRAIN_BUDGET_S = 0.05  # GUI-thread time one drain may take before the event loop runs


class DriverLink(QObject):
    """Carries the events of whichever driver ``source()`` returns now to ``dispatch``."""

    arrived = Signal()  # emitted on the training thread; queued to this (the GUI) thread

    def __init__(
        self,
        source: Callable[[], Any],
        dispatch: Callable[[Any], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._dispatch = dispatch
        self._alive = True
        self.arrived.connect(self._drain)
        self.destroyed.connect(self._gone)

    def notify(self) -> None:
        """Given to the driver; called on its thread."""
        if self._alive:
            try:
                self.arrived.emit()
            except RuntimeError:  # the window is being torn down
                pass

    def _gone(self) -> None:
        self._alive = False

    def drain_all(self) -> None:
        """Hand every waiting event over now (a run that was stopped and waited for)."""
        driver = self._source()
        while driver is not None and driver.has_events:
            for event in driver.take_events():
                self._dispatch(event)
            driver = self._source()

    @Slot()
    def _drain(self) -> None:
        # Only for DRAIN_BUDGET_S at a time: a loop that ran "while events wait" never
        # returned to the event loop once training made reports faster than they were shown.
        driver, started = self._source(), time.monotonic()
        while driver is not None and driver.has_events:
            for event in driver.take_events(1):
                self._dispatch(event)
            if time.monotonic() - started > DRAIN_BUDGET_S:
                break
            driver = self._source()  # an event may have ended the run (let go)
        if driver is not None and driver.has_events:  # the rest after paints, keys, timers
            QTimer.singleShot(0, self._drain)
