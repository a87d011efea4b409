"""What changes with the epoch: the learning-rate schedule and the generator's weight average.

Written once for every way a run trains (the reference steps in ``core.engine.gan``, a seed
sweep in ``core.engine.sweep``, the fast paths in ``core.engine.fast``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import torch

from core.engine.config import TrainConfig


def lr_factor(config: TrainConfig, epoch: int) -> float:
    """The factor both learning rates are multiplied by at ``epoch``: 1 for a constant
    schedule; cosine falls from 1 to 0 over the planned epochs."""
    if config.schedule == "cosine":
        return 0.5 * (1.0 + math.cos(math.pi * epoch / config.epochs))
    return 1.0


def ema_weight(config: TrainConfig, epoch: int) -> float:
    """How far the weight average moves towards G after G's step at ``epoch``: before
    ``ema_start`` (a share of the planned epochs) it simply follows G (weight 1)."""
    started = epoch >= config.ema_start * config.epochs
    return 1.0 - config.ema if started else 1.0


@torch.no_grad()
def average_into(
    average: Iterable[torch.Tensor], params: Iterable[torch.Tensor], weight: float
) -> None:
    """EMA: each averaged tensor moved ``weight`` of the way towards its parameter."""
    for avg, p in zip(average, params):
        avg.lerp_(p, weight)
