"""Adam's update for the fast paths: the one private torch call in the training code.

The reference steps use ``torch.optim.Adam(fused=True)``, whose update is one kernel,
``torch._fused_adam_``, for all of a model's tensors. Its ``step()`` spends many times the
kernel's few microseconds around it on the book's tiny networks (hooks, state lookups,
grouping tensors by device), and building the first ``torch.optim`` optimiser of a process
imports ``torch._dynamo`` (seconds). :class:`Adam` keeps Adam's state itself and calls the
kernel directly, with the arguments ``torch.optim.Adam(fused=True)`` passes it: the same
kernel on the same tensors, so the reference's bits on any CPU.

- Private: ``torch._fused_adam_``. Why: one call where the public optimiser's ``step()`` costs
  more than the rest of a book epoch. Checked once per process that it runs
  (:func:`fused_runs`; a torch without it, or without a kernel for the device, raises).
- Public fallback: ``torch.optim.Adam`` itself, built as the reference builds it (fused where
  that kernel runs), handed the gradients as ``.grad``. Tests check both give the reference's
  numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import torch

from core.engine.optim import fused_adam_runs


class Adam:
    """Adam (no weight decay, no amsgrad) over one list of parameters; ``lr`` may change
    between updates (schedules, live changes)."""

    def __init__(
        self,
        params: Iterable[torch.Tensor],
        lr: float,
        betas: tuple[float, float],
        eps: float = 1e-8,
        private: bool | None = None,
    ) -> None:
        """``private``: call ``torch._fused_adam_`` (by default where :func:`fused_runs`),
        else ``torch.optim.Adam`` as the reference builds it (``core.engine.optim``)."""
        self.params = list(params)
        self.lr = lr
        self.beta1, self.beta2 = betas
        self.eps = eps
        device = self.params[0].device
        self.private = fused_runs(device) if private is None else private
        if self.private:
            self._exp_avgs = [torch.zeros_like(p) for p in self.params]
            self._exp_avg_sqs = [torch.zeros_like(p) for p in self.params]
            # Adam's step count t, one for every tensor (they are always updated together):
            # float32 tensors as torch.optim keeps it, the next ones made ahead in a block
            self._counts = [torch.zeros((), device=device)] * len(self.params)
            self._ahead: list[list[torch.Tensor]] = []  # the next updates' counts, last first
        else:
            fused = fused_adam_runs(device)  # as the reference: fused where the kernel runs
            self._public = torch.optim.Adam(self.params, lr=lr, betas=betas, eps=eps, fused=fused)

    @property
    def count(self) -> int:
        """Updates made so far (Adam's step count t)."""
        if self.private:
            return int(self._counts[0])
        state = self._public.state.get(self.params[0], {})
        return int(float(state["step"])) if "step" in state else 0

    @property
    def exp_avgs(self) -> list[torch.Tensor]:
        """Adam's first moments, one per parameter."""
        return self._exp_avgs if self.private else self._public_state("exp_avg")

    @property
    def exp_avg_sqs(self) -> list[torch.Tensor]:
        """Adam's second moments, one per parameter."""
        return self._exp_avg_sqs if self.private else self._public_state("exp_avg_sq")

    def _public_state(self, key: str) -> list[torch.Tensor]:
        return [
            self._public.state[p][key] if p in self._public.state else torch.zeros_like(p)
            for p in self.params
        ]

    def update(self, grads: Sequence[torch.Tensor]) -> None:
        """One update from ``grads``, one per parameter in ``params`` order. Call it with
        grad mode off (the fast steps run under ``torch.no_grad()``)."""
        if not self.private:
            for param, grad in zip(self.params, grads):
                param.grad = grad
            self._public.param_groups[0]["lr"] = self.lr
            self._public.step()
            return
        # as torch.optim.Adam: the count first, then the kernel
        self._counts = self._ahead.pop() if self._ahead else self._count_ahead()
        torch._fused_adam_(
            self.params,
            grads if isinstance(grads, list) else list(grads),
            self._exp_avgs,
            self._exp_avg_sqs,
            [],
            self._counts,
            amsgrad=False,
            lr=self.lr,
            beta1=self.beta1,
            beta2=self.beta2,
            weight_decay=0.0,
            eps=self.eps,
            maximize=False,
        )

    def _count_ahead(self) -> list[torch.Tensor]:
        """The next update's step counts, and the following ``COUNTS_AHEAD - 1`` made at once:
        torch.optim adds 1 to a float32 count before each update, and one ``arange`` gives
        the same numbers for a block of updates at the cost of one ``add_``. Past 2**24,
        where adding 1 in float32 stops changing the count, each is made by adding 1 as
        torch.optim does."""
        last = self._counts[0]
        t, n = int(last), len(self.params)
        if t + COUNTS_AHEAD >= 2**24:
            return [last + 1] * n
        block = torch.arange(t + COUNTS_AHEAD, t, -1, dtype=last.dtype, device=last.device)
        self._ahead = [[count] * n for count in block.unbind()]
        return self._ahead.pop()


COUNTS_AHEAD = 1024  # Adam step counts made at once


@functools.cache
def fused_runs(device: torch.device) -> bool:
    """``torch._fused_adam_`` exists, runs on ``device`` and takes its arguments as this module
    passes them: Adam's first update from a gradient of 1 moves each weight by the learning
    rate (a kernel that counted the step itself, or read another argument order, would not).
    Well under a millisecond; False on any failure, and the public optimiser is used."""
    try:
        param = torch.zeros(3, device=device)
        with torch.no_grad():
            Adam([param], 0.1, (0.9, 0.999), private=True).update([torch.ones(3, device=device)])
        return torch.allclose(param.cpu(), torch.full((3,), -0.1), rtol=0.0, atol=1e-6)
    except Exception:  # noqa: BLE001 - a torch without it, or no kernel for the device
        return False
