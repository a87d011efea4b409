"""The optimisers a config names, from ``torch.optim`` (the reference steps use them as the
chapter does; the fast path keeps its own Adam state, ``core.engine.fast.kernels``)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import torch


def make_optimizer(
    name: str, params: Iterable[torch.Tensor], lr: float, beta1: float, momentum: float
) -> torch.optim.Optimizer:
    """Adam (beta1, 0.999), or SGD / RMSprop with momentum.

    Adam runs torch's fused kernel (``fused=True``) where it runs: one kernel for all of a
    model's tensors. Its numbers are the chapter's ``torch.optim.Adam`` up to float rounding
    (the same formula, evaluated in another order), and it is the kernel the fast path calls
    (``core.engine.fast.kernels``)."""
    params = list(params)
    if name == "adam":
        fused = all(p.is_floating_point() for p in params) and fused_adam_runs(params[0].device)
        return torch.optim.Adam(params, lr=lr, betas=(beta1, 0.999), fused=fused)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=momentum)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, momentum=momentum)
    raise ValueError(f"unknown optimizer {name!r}")


def set_lr(optimizer: torch.optim.Optimizer, lr: float) -> None:
    """The learning rate of every parameter group, from the next step on."""
    for group in optimizer.param_groups:
        group["lr"] = lr


@functools.cache
def fused_adam_runs(device: torch.device) -> bool:
    """``torch.optim.Adam(fused=True)`` can step on ``device`` (a build or device without the
    fused kernel raises at the first step): one step of a one-number tensor, once."""
    if device.type not in ("cpu", "cuda"):
        return False
    try:
        param = torch.zeros(1, device=device, requires_grad=True)
        optimizer = torch.optim.Adam([param], lr=0.1, fused=True)
        param.grad = torch.ones(1, device=device)
        optimizer.step()
        return True
    except Exception:  # noqa: BLE001 - no fused kernel here: the single-tensor update
        return False
