"""The step plan: which steps an epoch is made of (``core.engine.step_names``), the one
dispatcher that runs a step by name, and the one loss accounting every report uses.

D loss, one definition everywhere: *D's loss on real plus its loss on fake*, each averaged over
the D steps of the interval that had that term. A term the interval lacks (a report right after
slow motion's "D on real") is carried from the last interval that had it, so the curve never
halves between steps. A chapter epoch (``d_real`` then ``d_fake``), a ``d`` step, slow motion's
two D steps and Run > D on real then D on fake all give the same number for the same data;
before any fake step at all, the real term stands alone. G loss is the mean over the
interval's G steps.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

import torch

from core.engine.step_names import CHAPTER_EPOCH, STEP_KINDS, epoch_phases


class Steps(Protocol):
    """What the plan drives: the GAN's single steps (``core.engine.gan.Gan``)."""

    def d_step(self, real: bool, fake: bool) -> tuple[torch.Tensor | None, torch.Tensor | None]: ...

    def g_step(self, epoch: int) -> torch.Tensor: ...

    def apply_schedule(self, epoch: int) -> None: ...


class LossTally:
    """Loss sums of the current report interval, kept as tensors (no sync per step)."""

    def __init__(self, device: torch.device) -> None:
        self._sums = {k: torch.zeros((), device=device) for k in ("real", "fake", "g")}
        self._counts = {"real": 0, "fake": 0, "g": 0}
        self._carried: dict[str, float] = {}  # each D term's latest mean

    def add_d(self, real: torch.Tensor | None, fake: torch.Tensor | None) -> None:
        if real is not None:
            self._sums["real"] += real
            self._counts["real"] += 1
        if fake is not None:
            self._sums["fake"] += fake
            self._counts["fake"] += 1

    def add_g(self, loss: torch.Tensor) -> None:
        self._sums["g"] += loss
        self._counts["g"] += 1

    @property
    def has_d(self) -> bool:
        return bool(self._counts["real"] or self._counts["fake"])

    @property
    def has_g(self) -> bool:
        return bool(self._counts["g"])

    def take(self) -> tuple[float, float]:
        """(D loss, G loss) of the interval as the module docstring defines them (NaN for a
        side with no step in this interval), and start a new interval."""
        means = {
            k: (self._sums[k] / self._counts[k]).item() if self._counts[k] else None
            for k in self._sums
        }
        for k in ("real", "fake"):
            if means[k] is not None:
                self._carried[k] = means[k]
        terms = [self._carried[k] for k in ("real", "fake") if k in self._carried]
        d_loss = sum(terms) if terms else math.nan
        g_loss = means["g"] if means["g"] is not None else math.nan
        for k in self._sums:
            self._sums[k].zero_()
            self._counts[k] = 0
        return d_loss, g_loss


class StepPlan:
    """Runs steps by name in the epoch's order and counts epochs, with one dispatcher.

    ``epoch`` counts completed epochs; ``phase`` is how many steps of the current epoch have
    run one at a time (slow motion). Only an epoch's last step advances ``epoch``; a single step
    run outside the epoch's order (Run > Step D only, ...) never does, but its loss counts.
    """

    def __init__(self, steps: Steps, tally: LossTally, book_steps: bool, d_steps: int = 1) -> None:
        self.steps = steps
        self.tally = tally
        self.book_steps = book_steps
        self.d_steps = d_steps
        self.phases = epoch_phases(book_steps, d_steps)
        self._next_d_steps: int | None = None  # a change of k waiting for the epoch's end
        self.epoch = 0
        self.phase = 0
        self._dispatch: dict[str, Callable[[], None]] = {
            "d_real": lambda: tally.add_d(*steps.d_step(True, False)),
            "d_fake": lambda: tally.add_d(*steps.d_step(False, True)),
            "d": lambda: tally.add_d(*steps.d_step(True, True)),
            "g": lambda: tally.add_g(steps.g_step(self.epoch)),
        }
        self._run_epochs = getattr(steps, "run_epochs", None)

    @property
    def next_phase(self) -> str:
        return self.phases[self.phase]

    def set_d_steps(self, k: int) -> None:
        """D updates per G update from the next epoch on (an epoch half run by slow motion
        finishes as it began)."""
        self._next_d_steps = k
        if self.phase == 0:
            self._start_epoch()

    def _start_epoch(self) -> None:
        if self._next_d_steps is not None:
            self.d_steps, self._next_d_steps = self._next_d_steps, None
            self.phases = epoch_phases(self.book_steps, self.d_steps)

    def run(self, kind: str) -> None:
        """The dispatcher: one step by name (``epoch`` runs what is left of the epoch)."""
        if kind == "epoch":
            self.run_epoch()
        elif kind in self._dispatch:
            self._dispatch[kind]()
        else:
            raise ValueError(f"step kind must be one of {STEP_KINDS}, got {kind!r}")

    def run_epoch(self) -> None:
        """One whole epoch; if slow motion ran part of it, only the remaining steps."""
        if self.phase == 0:
            self.steps.apply_schedule(self.epoch)
        for kind in self.phases[self.phase :]:
            self._dispatch[kind]()
        self.phase = 0
        self.epoch += 1
        self._start_epoch()

    def run_epochs(self, until: int, busy: Callable[[], bool]) -> None:
        """Whole epochs up to epoch ``until``, or until ``busy()`` (asked between epochs) is
        true: the training loop's hot path. Steps with a loop of their own (the fast path,
        ``core.engine.fast``) take over from an epoch's start when the epoch is the
        chapter's."""
        if self.phase:  # the rest of an epoch slow motion began, first
            if self.epoch >= until or busy():
                return  # (asked once: a pause may end before a second question)
            self.run_epoch()
        if self._run_epochs is not None and self.phases == CHAPTER_EPOCH:
            self._run_epochs(self, until, busy)  # k changes only between calls
            return
        while self.epoch < until and not busy():
            self.run_epoch()

    def run_phase(self) -> str:
        """Slow motion: only the next step of the current epoch; returns its kind."""
        kind = self.phases[self.phase]
        if self.phase == 0:
            self.steps.apply_schedule(self.epoch)
        self._dispatch[kind]()
        self.phase += 1
        if self.phase == len(self.phases):
            self.phase = 0
            self.epoch += 1
            self._start_epoch()
        return kind
