"""Adam for very small models: torch's own fused Adam kernel, without ``torch.optim.Adam``.

The book's networks have 26 and 2,525 weights, so one Adam update is about 2 us of arithmetic
(``torch._fused_adam_``, one call for all of a model's tensors), while ``torch.optim.Adam.step()``
spends about 80 us around it on every call (profiler ``record_function``, step hooks,
re-collecting state and grads in ``_init_group``), and even its functional form
``torch.optim.adam.adam`` another 30 us (grouping tensors by device, and ``_foreach_add_`` of a
Python 1 to the step counts, which converts the scalar once per tensor on the CPU); ``zero_grad``
adds 16 us (torch profiler, book preset, 1 CPU thread). With three steps an epoch that was over
a third of the book's training time. Constructing a ``torch.optim`` optimizer also imports
``torch._dynamo`` the first time (about 1 s, paid on the first Train click in the app).

:class:`LeanAdam` keeps Adam's state itself, created as ``torch.optim.Adam`` creates it, and
does what ``torch.optim.adam._fused_adam`` does for one device: add 1 to every step count, then
call ``torch._fused_adam_`` with the same arguments. The underscore op is torch's, the one
``Adam(fused=True)`` runs; its signature is pinned with torch (constraints.txt), and a test
checks the weights stay bit-for-bit those of ``torch.optim.Adam(..., fused=True)``, so a torch
upgrade that changed it would fail loudly rather than train differently. Parameters of other
devices or dtypes go through torch's functional ``adam`` (single-tensor form) instead.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch.optim.adam import adam as adam_update

from core.engine import fast_paths
from core.engine.grad_mode import grad_mode

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
        devices = {p.device for p in self.params}
        # torch's fused kernel (one call per step instead of one per tensor) where it exists
        self.fused = (
            len(devices) == 1
            and fast_paths.fused_adam()  # exists, and runs and agrees here (checked once)
            and all(
                p.device.type in ("cpu", "cuda") and p.dtype in _FUSED_DTYPES for p in self.params
            )
        )
        self.exp_avgs = [torch.zeros_like(p) for p in self.params]
        self.exp_avg_sqs = [torch.zeros_like(p) for p in self.params]
        # as torch.optim.Adam: the step count lives beside the weights for the fused kernel
        step_device = devices.pop() if self.fused else torch.device("cpu")
        self.steps = [torch.zeros((), dtype=torch.float32, device=step_device) for _ in self.params]
        # adding a tensor 1 rather than a Python 1 skips a scalar conversion per tensor
        self._one = torch.ones((), dtype=torch.float32, device=step_device)
        self._counters = self.steps  # the distinct step counts an update adds 1 to

    def share_step_count(self) -> None:
        """One step count for every parameter, for an owner that always updates them all
        together (``core.engine.hand_steps``): one add per update instead of one per tensor.
        Adam's numbers are the same, since the counts could never differ. Only the fused
        kernel reads the counts as given (torch's single-tensor Adam adds 1 to each itself)."""
        if not self.fused:
            return
        self.steps = [self.steps[0]] * len(self.params)
        self._counters = self.steps[:1]

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    def step(self) -> None:
        """One Adam update from the parameters' ``.grad``; those without one are skipped
        (their moments and step count stay), as ``torch.optim.Adam.step()`` does."""
        self.update([p.grad for p in self.params])

    def update(self, grads: list[torch.Tensor | None]) -> None:
        """One Adam update from ``grads`` (one per parameter, in ``params`` order; None skips
        that parameter). The steps without autograd (``core.engine.hand_steps``) hand their
        gradients here directly, so both ways share one state and one kernel call."""
        if [g for g in grads if g is None]:  # some params got no gradient: skip them
            if self._counters is not self.steps:
                raise ValueError("every parameter needs a gradient when the step count is shared")
            have = [i for i, g in enumerate(grads) if g is not None]
            if not have:
                return
            self._apply(
                [self.params[i] for i in have],
                [grads[i] for i in have],
                [self.exp_avgs[i] for i in have],
                [self.exp_avg_sqs[i] for i in have],
                [self.steps[i] for i in have],
            )
        else:
            self._apply(
                self.params, grads, self.exp_avgs, self.exp_avg_sqs, self.steps, self._counters
            )

    def update_all(self, grads: list[torch.Tensor]) -> None:
        """``update`` for a caller that hands a gradient for every parameter with grad mode
        already off (``core.engine.hand_steps``): straight to the kernel, no checks."""
        if self.fused:
            self._fused(
                self.params, grads, self.exp_avgs, self.exp_avg_sqs, self.steps, self._counters
            )
        else:
            self.update(grads)

    # grad mode switched by hand: a ``no_grad()`` block costs more than the book's whole Adam
    # kernel (the book's epoch makes three updates)
    @grad_mode(False)
    def _apply(self, params, grads, exp_avgs, exp_avg_sqs, steps, counters=None) -> None:
        if self.fused:
            self._fused(params, grads, exp_avgs, exp_avg_sqs, steps, counters or steps)
        else:
            adam_update(
                params,
                grads,
                exp_avgs,
                exp_avg_sqs,
                [],
                steps,
                foreach=False,
                fused=False,
                amsgrad=False,
                beta1=self.betas[0],
                beta2=self.betas[1],
                lr=self.lr,
                weight_decay=0.0,
                eps=self.eps,
                maximize=False,
            )

    def _fused(self, params, grads, exp_avgs, exp_avg_sqs, steps, counters) -> None:
        """What ``torch.optim.adam._fused_adam`` does for one device (grad mode off)."""
        for step in counters:
            step.add_(self._one)
        torch._fused_adam_(
            params,
            grads,
            exp_avgs,
            exp_avg_sqs,
            [],
            steps,
            amsgrad=False,
            lr=self.lr,
            beta1=self.betas[0],
            beta2=self.betas[1],
            weight_decay=0.0,
            eps=self.eps,
            maximize=False,
        )


class TorchOptimizer:
    """SGD or RMSprop from ``torch.optim``, with the small interface the steps use
    (``params``, ``lr`` settable between steps, ``zero_grad``, ``step``)."""

    def __init__(self, name: str, params: Iterable[torch.Tensor], lr: float, momentum: float):
        self.params = list(params)
        if name == "sgd":
            self._opt = torch.optim.SGD(self.params, lr=lr, momentum=momentum)
        elif name == "rmsprop":
            self._opt = torch.optim.RMSprop(self.params, lr=lr, momentum=momentum)
        else:
            raise ValueError(f"unknown optimizer {name!r}")

    @property
    def lr(self) -> float:
        return float(self._opt.param_groups[0]["lr"])

    @lr.setter
    def lr(self, value: float) -> None:
        for group in self._opt.param_groups:
            group["lr"] = value

    def zero_grad(self) -> None:
        self._opt.zero_grad(set_to_none=True)

    def step(self) -> None:
        self._opt.step()


def make_optimizer(
    name: str, params: Iterable[torch.Tensor], lr: float, beta1: float, momentum: float
) -> LeanAdam | TorchOptimizer:
    """The optimiser a config names: Adam (beta1, 0.999) or SGD / RMSprop with momentum."""
    if name == "adam":
        return LeanAdam(params, lr, (beta1, 0.999))
    return TorchOptimizer(name, params, lr, momentum)
