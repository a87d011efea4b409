"""The run's own clock for the status bar: elapsed, epochs per second and time remaining as the
run actually goes, at every speed of the dial.

A report's ``elapsed`` and ``epochs_per_second`` count training time only: at "1 report/s" a
run trains its 100 epochs in a fraction of the second and then waits out the rest, so those
numbers promised far less time remaining than the run really had. :class:`RunClock` times the run as the
window sees it: the wall time between reports while the run is running (pauses left out), from
the first report's own training time on. Steps by hand in slow motion train while the run is
paused: they add their own training time (the wall clock stood still, and the status bar said
"elapsed 0.0 s" at epoch 2,001). The clock never says less than the run's training time.
Qt-free; ``now`` is injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable

SMOOTHING = 0.5  # weight of the newest interval in the rate (reports at full speed jitter)


class RunClock:
    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._run: object | None = None
        self.elapsed = 0.0  # seconds the run has been running (its first interval included)
        self.rate = 0.0  # epochs per second, over the latest intervals
        self._last_t: float | None = None
        self._last_epoch: int | None = None
        self._timed = 0  # intervals timed by the wall clock so far
        self._trained = 0.0  # the last report's own training time

    def see(self, run: object, report, running: bool) -> None:
        """The status bar looks: ``report`` is ``run``'s latest (or None); ``running``: the run
        is training now (not paused, stopped or finished)."""
        now = self._now()
        if run is not self._run:
            self.__init__(self._now)
            self._run = run
        if report is None:
            return
        trained, self._trained = self._trained, float(report.elapsed)
        if self._last_epoch is None:  # the first report seen: its own training time
            self.elapsed = float(report.elapsed)
            self.rate = float(report.epochs_per_second)
            self._last_epoch = report.epoch
            self._last_t = now if running else None
            return
        if not running:
            self._last_t = None  # a pause: the wall clock stops counting
            # a step by hand (an epoch or a part of one): its own training time
            self.elapsed += max(float(report.elapsed) - trained, 0.0)
            self._last_epoch = report.epoch
            return
        if self._last_t is None:  # (re)started: count from now
            self._last_t, self._last_epoch = now, report.epoch
            return
        if report.epoch != self._last_epoch:
            dt = now - self._last_t
            self.elapsed += dt
            if dt > 0:
                rate = (report.epoch - self._last_epoch) / dt
                # the first report's rate is its training time's only: replaced, not averaged
                old = self.rate if self._timed else rate
                self.rate = (1 - SMOOTHING) * old + SMOOTHING * rate
                self._timed += 1
            self._last_t, self._last_epoch = now, report.epoch
        # reports handed over faster than they were trained (a burst after a busy moment)
        # never make the run younger than its training
        self.elapsed = max(self.elapsed, float(report.elapsed))

    def remaining(self, epochs_left: int) -> float | None:
        return epochs_left / self.rate if self.rate > 0 else None
