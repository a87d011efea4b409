"""A redraw cadence that keeps the GUI thread's share of a core small while training runs.

The window paints in Python (pyqtgraph) and so holds the GIL the training thread needs between
its torch calls: every millisecond the GUI thread computes is, near enough, a millisecond of
training lost (measured: the GUI thread's CPU time over a book run matched the window's loss
against headless training). So the cadence watches the GUI thread's own CPU time
(``time.thread_time``) between ticks and stretches the interval while that share is above
``share`` (reports, redraws and paints together), and comes back towards the fastest interval
when it falls. At rest nothing is redrawn and the share is near zero.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

FASTEST_MS = 250  # 4 redraws a second at most
SLOWEST_MS = 1000  # and at least one
SHARE = 0.08  # of the GUI thread's time, above which redraws are spaced out
STEP = 1.5  # how much one tick stretches or shrinks the interval


class Cadence(QObject):
    """A timer calling ``tick`` every ``interval_ms``, adapted as the module docstring says."""

    def __init__(
        self,
        tick: Callable[[], None],
        parent: QObject | None = None,
        clock: Callable[[], float] = time.thread_time,
    ) -> None:
        super().__init__(parent)
        self._tick = tick
        self._clock = clock  # the GUI thread's CPU seconds (a test may hand its own)
        self.timer = QTimer(self)
        self.timer.setInterval(FASTEST_MS)
        self.timer.timeout.connect(self._on_timeout)
        self._cpu = clock()
        self._wall = time.perf_counter()
        self.share = 0.0  # the GUI thread's share over the last interval

    def start(self) -> None:
        self.timer.start()

    @property
    def interval_ms(self) -> int:
        return self.timer.interval()

    def _on_timeout(self) -> None:
        cpu, wall = self._clock(), time.perf_counter()
        self.share = (cpu - self._cpu) / max(wall - self._wall, 1e-3)
        self._cpu, self._wall = cpu, wall
        self.timer.setInterval(next_interval(self.timer.interval(), self.share))
        self._tick()


def next_interval(interval_ms: int, share: float) -> int:
    """The interval after one at ``interval_ms`` that saw the GUI thread busy ``share`` of
    the time: longer above ``SHARE``, shorter below half of it, within the bounds."""
    if share > SHARE:
        return min(SLOWEST_MS, round(interval_ms * STEP))
    if share < SHARE / 2:
        return max(FASTEST_MS, round(interval_ms / STEP))
    return interval_ms
