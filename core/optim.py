"""Adam for very small models: torch's own update function, without ``torch.optim.Adam``.

The book's networks have 26 and 2,525 weights, so one Adam update is a few microseconds of
arithmetic, while ``torch.optim.Adam.step()`` spends about 80 us around it on every call
(profiler ``record_function``, step hooks, re-collecting state and grads in ``_init_group``)
and ``zero_grad`` another 16 us (torch profiler, book preset, 1 CPU thread). With three steps
an epoch that was a third of the book's training time. Constructing a ``torch.optim``
optimizer also imports ``torch._dynamo`` the first time (about 1 s, paid on the first Train
click in the app).

:class:`LeanAdam` keeps Adam's state itself, created as ``torch.optim.Adam`` creates it, and
calls the functional update ``torch.optim.adam.adam`` that ``Adam.step`` calls, with the same
arguments (fused kernel), so the weights are bit-for-bit those of ``torch.optim.Adam(...,
fused=True)`` (tested).
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch.optim.adam import adam as adam_update

_FUSED_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)


class LeanAdam:
    """Adam (no weight decay, no amsgrad) over one list of parameters."""

    def __init__(
        self,
        params: Iterable[torch.Tensor],
        lr: float,
        betas: tuple[float, float],
        eps: float = 1e-8,
    ) -> None:
        self.params = list(params)
        self.lr = lr  # the trainer's schedule sets it between steps
        self.betas = betas
        self.eps = eps
        # torch's fused kernel (one call per step instead of one per tensor) where it exists
        self.fused = all(
            p.device.type in ("cpu", "cuda") and p.dtype in _FUSED_DTYPES for p in self.params
        )
        self.exp_avgs = [torch.zeros_like(p) for p in self.params]
        self.exp_avg_sqs = [torch.zeros_like(p) for p in self.params]
        # as torch.optim.Adam: the step count lives beside the weights for the fused kernel
        self.steps = [
            torch.zeros((), dtype=torch.float32, device=p.device if self.fused else "cpu")
            for p in self.params
        ]

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    def step(self) -> None:
        """One Adam update from the parameters' ``.grad``; those without one are skipped
        (their moments and step count stay), as ``torch.optim.Adam.step()`` does."""
        have = [i for i, p in enumerate(self.params) if p.grad is not None]
        if not have:
            return

        def pick(items: list[torch.Tensor]) -> list[torch.Tensor]:
            return items if len(have) == len(items) else [items[i] for i in have]

        with torch.no_grad():
            adam_update(
                pick(self.params),
                [self.params[i].grad for i in have],
                pick(self.exp_avgs),
                pick(self.exp_avg_sqs),
                [],
                pick(self.steps),
                foreach=False,
                fused=self.fused,
                amsgrad=False,
                beta1=self.betas[0],
                beta2=self.betas[1],
                lr=self.lr,
                weight_decay=0.0,
                eps=self.eps,
                maximize=False,
            )
