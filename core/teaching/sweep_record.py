"""A finished (or stopped) seed sweep as the session keeps it: one row of the Runs tab.

A sweep has no single generator or loss curve; what it has is every seed's metrics at each
report. The Runs tab shows its medians beside single runs (so "is it luck?" can be answered
next to the run that raised the question) and the seeds' mean distribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.engine.config import TrainConfig


@dataclass
class SweepRecord:
    """The reports of one sweep (``core.engine.sweep.SweepReport``), in epoch order."""

    number: int  # 1, 2, ... in the order the session ran sweeps
    config: TrainConfig
    reports: list[Any] = field(default_factory=list)

    @property
    def last(self) -> Any | None:
        return self.reports[-1] if self.reports else None

    @property
    def seeds(self) -> tuple[int, ...]:
        last = self.last
        return tuple(last.seeds) if last is not None else ()

    @property
    def name(self) -> str:
        seeds = self.seeds
        span = f"seeds {seeds[0]}-{seeds[-1]}" if seeds else "no seeds"
        return f"Sweep {self.number}: {len(seeds)} x {self.config.preset} ({span})"

    def median_curve(self, metric: str) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, the median over seeds of ``metric`` at each report)."""
        x = np.array([r.epoch for r in self.reports], dtype=np.float64)
        y = np.array([np.median(r.column(metric)) for r in self.reports], dtype=np.float64)
        return x, y

    def final_median(self, metric: str) -> float:
        last = self.last
        return float(np.median(last.column(metric))) if last is not None else float("nan")

    def final_modes(self) -> tuple[float, int]:
        """(median modes covered, support size) at the last report."""
        last = self.last
        if last is None:
            return float("nan"), 0
        return float(np.median(last.column("modes_covered"))), last.metrics[0].support_size

    def mean_histogram(self) -> np.ndarray | None:
        """The seeds' distributions at the last report, averaged (what "a run of this set-up"
        produces on average); None before any report."""
        last = self.last
        if last is None:
            return None
        return np.mean([m.histogram for m in last.metrics], axis=0)

    def describe(self) -> str:
        last = self.last
        if last is None:
            return self.name
        strict = last.column("strict_validity")
        return (
            f"{self.name}, {self.config.pattern} in [{self.config.lo}, {self.config.hi}), "
            f"epoch {last.epoch:,} of {last.epochs:,}: strict validity median "
            f"{np.median(strict):.1%} (range {strict.min():.1%} - {strict.max():.1%})"
        )
