"""The window's end of a run driver (``core.app.run_driver``): its thread, and its events.

:class:`QtThread` is the thread a driver trains on in the window: a parentless QObject moved
to a QThread runs the driver's loop (the driver owns what runs there; this only hosts it).
The driver calls ``notify`` on that thread when events wait; :class:`DriverLink` turns that
into an *argument-less* queued signal, and the GUI thread takes the events from the driver and
hands each to ``dispatch``. Two reasons for argument-less: PySide6 >= 6.8 has
refcount bugs when Python objects ride cross-thread signals (PYSIDE-3124; seen here as
"Fatal Python error: none_dealloc"), and taking events in a batch coalesces bursts into one
GUI update. Nothing here reads a trainer: the driver is its only owner.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

DRAIN_BUDGET_S = 0.05  # GUI-thread time one drain may take before the event loop runs


class _Body(QObject):
    """Runs the driver's loop in the QThread it was moved to."""

    done = Signal()

    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()  # parentless: it is moved to its own thread
        self.target = target

    @Slot()
    def run(self) -> None:
        try:
            self.target()
        finally:
            self.done.emit()


class QtThread:
    """A QThread that looks like a ``threading.Thread`` to the driver (start, is_alive,
    join): the window's QThread adapter, so Qt knows the thread it signals from."""

    def __init__(self, target: Callable[[], None], name: str) -> None:
        self.name = name
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.body = _Body(target)
        self.body.moveToThread(self.thread)
        self.thread.started.connect(self.body.run)
        # Direct: quit() runs in the worker thread the moment the loop ends. Queued, it would
        # wait for the GUI's event loop, and a closing window waiting for it would wait forever.
        self.body.done.connect(self.thread.quit, Qt.DirectConnection)

    def start(self) -> None:
        self.thread.start()

    def is_alive(self) -> bool:
        return self.thread.isRunning()

    def join(self, timeout: float | None = None) -> None:
        """Wait without holding the GIL (``QThread.wait`` holds it, and the loop may need one
        more bytecode to see its stop): a sleep releases it."""
        deadline = time.monotonic() + (timeout if timeout is not None else 1e9)
        while self.thread.isRunning() and time.monotonic() < deadline:
            time.sleep(0.002)
        self.thread.wait(1000)  # ended: returns at once


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
