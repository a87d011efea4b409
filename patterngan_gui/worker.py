"""The training worker: a parentless QObject living in its own QThread.

It adapts ``core.engine.trainer.Trainer.reports`` (a plain iterator) to Qt. Widgets are never touched
here. Reports (frozen dataclasses) go into a thread-safe deque and the worker emits
*argument-less* signals; the main thread drains the deque. Two reasons: PySide6 >= 6.8 has
refcount bugs when Python objects ride cross-thread signals (PYSIDE-3124; seen here as
"Fatal Python error: none_dealloc" in the worker), and draining coalesces bursts of reports
into one GUI update. Stop and pause go through the core's thread-safe ``RunControl``, so the
main thread never waits on the worker's event loop (which is busy training).
"""

from __future__ import annotations

import collections
import threading
import time
import weakref

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

MAX_WAITING = 32  # reports waiting for the main thread before training waits for it
DRAIN_BUDGET_S = 0.05  # main-thread time one drain may take before the event loop runs

_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def join(thread: QThread, timeout_s: float) -> bool:
    """Wait for a thread to end without holding the GIL; True if it ended.

    ``QThread.wait()`` blocks while holding the GIL, so a worker that needs one more bytecode
    to see its stop flag could never get there (a deadlock seen on closing mid-training).
    ``time.sleep`` releases the GIL.
    """
    deadline = time.monotonic() + timeout_s
    while thread.isRunning():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return thread.wait(1000)  # finished: returns at once


def live_threads() -> list[QThread]:
    """Every training thread still referenced (for the test fixture that forbids leaks)."""
    return list(_THREADS)


class TrainWorker(QObject):
    """Runs a trainer's report loop in its thread. Given a factory instead of a trainer, it
    builds the trainer first, in its thread (choosing "auto"'s device may time probe runs)."""

    built = Signal()  # ``trainer`` is set (emitted before any report)
    progressed = Signal()  # new reports are waiting in ``queue``
    failed = Signal()  # ``error`` holds a message in plain words
    done = Signal()

    def __init__(self, trainer: object, control: object) -> None:
        super().__init__()  # parentless: it is moved to its own thread
        self.factory = trainer if callable(trainer) else None
        self.trainer = None if callable(trainer) else trainer
        self.control = control
        self.queue: collections.deque = collections.deque()  # append/popleft are thread-safe
        self.room = threading.Event()  # set by the main thread whenever it took reports
        self.error = ""

    def _wait_for_room(self) -> None:
        """Backpressure: while ``MAX_WAITING`` reports wait for the main thread, training
        waits too. Without it a run that reports faster than the window shows reports (the
        book's hand-written steps: a report every ~8 ms) grows the queue without end, and the
        window falls ever further behind."""
        while len(self.queue) >= MAX_WAITING and not self.control.stopped:
            self.room.clear()
            if len(self.queue) >= MAX_WAITING:
                self.room.wait(0.1)  # stop() does not set ``room``: look again now and then

    @Slot()
    def run(self) -> None:
        from core.engine.trainer import TrainingError

        try:
            if self.factory is not None:
                self.trainer = self.factory()
                self.built.emit()
            for rep in self.trainer.reports(self.control):
                self.queue.append(rep)
                if len(self.queue) == 1:  # the main thread drains all waiting reports at once
                    self.progressed.emit()
                self._wait_for_room()
        except TrainingError as exc:
            self.error = str(exc)
            self.failed.emit()
        except Exception as exc:  # noqa: BLE001 - any failure ends the run with a message
            self.error = f"training failed: {type(exc).__name__}: {exc}"
            self.failed.emit()
        finally:
            self.done.emit()


class TrainingRun(QObject):
    """Owns one worker + thread pair, lives in the main thread, re-emits in plain Python.

    ``on_report(report)``, ``on_failed(message)``, ``on_finished()`` and ``on_built(trainer)``
    are called on the main thread. At most one exists at a time (the main window checks ``running``), so pressing
    Train and Stop repeatedly never leaves two workers.
    """

    def __init__(
        self,
        trainer: object,
        control: object,
        on_report,
        on_failed,
        on_finished,
        on_built=None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_built = on_built
        self.control = control
        self._on_report = on_report
        self._on_failed = on_failed
        self._on_finished = on_finished
        self.thread = QThread()
        self.thread.setObjectName("patterngan-training")
        _THREADS.add(self.thread)
        self.worker = TrainWorker(trainer, control)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.built.connect(self._built)
        self.worker.progressed.connect(self._drain)
        self.worker.failed.connect(self._failed)
        # Direct: quit() runs in the worker thread the moment run() ends. Queued (the default,
        # since the QThread object lives in the main thread), it would wait for the main event
        # loop, and a closing window that waits for the thread would wait forever.
        self.worker.done.connect(self.thread.quit, Qt.DirectConnection)
        self.thread.finished.connect(self._finished)

    def start(self) -> None:
        self.thread.start()

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    def stop(self, timeout_s: float = 0.0) -> bool:
        """Ask the loop to stop between steps; optionally wait. True when the thread ended."""
        self.control.stop()
        if timeout_s:
            return join(self.thread, timeout_s)
        return not self.thread.isRunning()

    @Slot()
    def _built(self) -> None:
        if self._on_built is not None:
            self._on_built(self.worker.trainer)

    def drain(self) -> None:
        """Hand every waiting report to ``on_report`` now (before a step while paused)."""
        while self.worker.queue:
            self._on_report(self.worker.queue.popleft())
            self.worker.room.set()

    @Slot()
    def _drain(self) -> None:
        # Only what was waiting when the drain began, and for at most DRAIN_BUDGET_S: a loop
        # that ran "while the queue is not empty" never returned to the event loop once
        # training produced reports faster than they were shown (a frozen window).
        queue, started = self.worker.queue, time.monotonic()
        for _ in range(len(queue)):
            self._on_report(queue.popleft())
            self.worker.room.set()
            if time.monotonic() - started > DRAIN_BUDGET_S:
                break
        if queue:  # the rest after the event loop has had its turn (paints, keys, timers)
            QTimer.singleShot(0, self._drain)

    @Slot()
    def _failed(self) -> None:
        self.drain()
        self._on_failed(self.worker.error)

    @Slot()
    def _finished(self) -> None:
        self.drain()
        self._on_finished()
