"""Check a lab before class: train its set-up over N seeds in one batched sweep and say, per
goal, how many seeds meet it and at which median epoch, and how long one run takes here.

One check for ``patterngan lab check`` and the save-lab dialog's button (with a progress bar).
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from core.teaching.challenges import GoalTracker
from core.teaching.lab import Lab

MAX_CHECK_SEEDS = 64


@dataclass(frozen=True)
class GoalReach:
    text: str
    reached: int  # seeds that met it
    seeds: int
    median_epoch: float | None  # of the seeds that met it


@dataclass(frozen=True)
class LabCheck:
    title: str
    preset: str
    epochs: int
    seeds: tuple[int, ...]
    goals: tuple[GoalReach, ...]
    swept_s: float  # the seeds together
    single_s: float  # one run alone
    cancelled: bool = False

    def lines(self) -> list[str]:
        """What ``patterngan lab check`` prints (and the dialog shows)."""
        s = self.seeds
        out = [
            f"{self.title}: {self.preset}, {self.epochs:,} epochs, {len(s)} seeds ({s[0]}-{s[-1]})"
        ]
        if not self.goals:
            out.append("the lab has no goals to check")
        for i, g in enumerate(self.goals, start=1):
            median = f", median epoch {g.median_epoch:,.0f}" if g.median_epoch is not None else ""
            out.append(f"goal {i}: {g.reached}/{g.seeds} seeds{median}  ({g.text})")
        out.append(
            f"a run takes ~{self.single_s:.1f} s on this machine (the {len(s)} seeds together: "
            f"{self.swept_s:.1f} s)"
        )
        return out


def check_lab(
    lab: Lab,
    seeds: int,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
) -> LabCheck:
    """Train ``lab``'s set-up over ``seeds`` seeds (its seed and the next ones) and time one
    run. ``progress(epoch)`` is called as the sweep goes (0 to the lab's epochs); ``cancel``
    stops it at the next report. Raises ValueError for a set-up that cannot be swept (or is
    too big for the machine) and TrainingError for one that diverges."""
    from core.engine.reports import RunControl
    from core.engine.sweep import SweepTrainer
    from core.engine.trainer import Trainer

    if not 1 <= seeds <= MAX_CHECK_SEEDS:
        raise ValueError(f"seeds: between 1 and {MAX_CHECK_SEEDS}")
    cancel = cancel or threading.Event()
    config = lab.config
    chosen = tuple(config.seed + i for i in range(seeds))
    sweep = SweepTrainer(config, list(chosen))
    trackers = [GoalTracker(lab.goals) for _ in chosen]
    started = time.perf_counter()
    for report in sweep.reports(config.report_every, stop=cancel.is_set):
        for tracker, metrics in zip(trackers, report.metrics):
            tracker.update(SimpleNamespace(epoch=report.epoch, metrics=metrics), config)
        if progress is not None:
            progress(report.epoch)
    swept = time.perf_counter() - started
    single = 0.0
    if not cancel.is_set():
        control, one = RunControl(), Trainer(config.replace(device="cpu"))
        started = time.perf_counter()
        for _ in one.reports(control):  # a single run's time here
            if cancel.is_set():
                control.stop()
        single = time.perf_counter() - started
    goals = []
    for i, goal in enumerate(lab.goals):
        epochs = [t.met[i] for t in trackers if i in t.met]
        median = statistics.median(epochs) if epochs else None
        goals.append(GoalReach(goal.text, len(epochs), len(chosen), median))
    return LabCheck(
        lab.title or "the lab",
        config.preset,
        config.epochs,
        chosen,
        tuple(goals),
        swept,
        single,
        cancel.is_set(),
    )
