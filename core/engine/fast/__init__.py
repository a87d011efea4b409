"""All the training code that exists only for speed: one entry point, one switch.

The reference is plain autograd written like the chapter (``core.engine.gan`` for a single
run, ``core.engine.sweep`` for seed sweeps). For the book's networks (D = Linear + Sigmoid,
G = Linear + ReLU) with a BCE or least-squares loss and Adam on the CPU, the steps are a few
microseconds of arithmetic wrapped in many times that of autograd and ``torch.optim``
bookkeeping, so this package runs them another way that gives the same bits:

- ``grads``: the gradients written out, with the kernels autograd runs for them;
- ``kernels``: Adam's update as one kernel call (the one private torch call, with its
  public fallback);
- ``book``: a single run's steps and its epoch loop; ``stacked``: a sweep's epoch;
- ``prefetch``: a sweep's next batches drawn on a second core.

Everything else uses the reference. ``PATTERNGAN_NO_FAST_PATHS=1`` turns this package off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import torch

from core.engine.config import TrainConfig
from core.engine.fast.book import BookSteps, OutputTally
from core.engine.fast.kernels import fused_runs
from core.engine.fast.prefetch import DrawnAhead
from core.engine.fast.stacked import StackedBookSteps
from core.engine.memory import FAST_DISABLE_ENV, SWEEP_BLOCKS_AHEAD, fast_path_gap

DISABLE_ENV = FAST_DISABLE_ENV  # "PATTERNGAN_NO_FAST_PATHS"
T = TypeVar("T")

__all__ = [
    "DISABLE_ENV",
    "OutputTally",
    "covers",
    "drawn_ahead",
    "enabled",
    "report",
    "single_run_steps",
    "sweep_steps",
]


def enabled() -> bool:
    """The switch: off when ``PATTERNGAN_NO_FAST_PATHS`` is set (to anything but 0)."""
    return os.environ.get(DISABLE_ENV, "").strip() in ("", "0")


def covers(config: TrainConfig, device: torch.device) -> str | None:
    """Why the fast path cannot train ``config`` on ``device`` (None when it can). The
    set-up's part is ``core.engine.memory.fast_path_gap``: the memory estimate asks the same
    question before any tensor exists."""
    gap = fast_path_gap(config)
    if gap is not None:
        return gap
    if device.type != "cpu":
        return "the CPU only"
    return None


def single_run_steps(gan: Any, epoch: Callable[[], int]) -> BookSteps | None:
    """The fast steps for a single run's ``gan`` (``core.engine.gan.Gan``), or None where
    the reference steps train it. ``epoch``: the epoch under way (the plan's)."""
    if not enabled() or covers(gan.config, gan.device) is not None:
        return None
    return BookSteps(gan, epoch)


def sweep_steps(sweep: Any) -> StackedBookSteps | None:
    """The fast epoch for a seed sweep (``core.engine.sweep.SweepTrainer``), or None."""
    if not enabled() or covers(sweep.config, torch.device("cpu")) is not None:
        return None
    return StackedBookSteps(sweep)


def drawn_ahead(
    draw: Callable[[], T], worker: bool | None = None, depth: int = SWEEP_BLOCKS_AHEAD
) -> DrawnAhead[T]:
    """``draw()``'s results in order, drawn on a second core ahead of use where there is
    one (never with the fast paths off: then each is drawn when asked for), ``depth`` of
    them at most."""
    worker = worker if worker is not None else (None if enabled() else False)
    return DrawnAhead(draw, worker, depth)


def report() -> dict[str, bool]:
    """What this process uses (``patterngan info``, bug reports)."""
    return {"fast_paths": enabled(), "fused_adam_call": fused_runs(torch.device("cpu"))}
