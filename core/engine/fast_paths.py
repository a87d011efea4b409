"""The three speed paths that call torch internals, each checked once per process.

Training the book's tiny networks is mostly Python and dispatch overhead, so three paths skip
torch's public wrappers (see ``optim``, ``backprop`` and ``models.direct_forward`` for what each
saves): torch's fused Adam kernel ``torch._fused_adam_``, autograd's engine entry
``torch.autograd.graph._engine_run_backward``, and calling a Sequential's layers as torch
functions. Internals change between torch releases: ``_fused_adam_`` exists on torch 2.1 but
has no CPU kernel there ("Could not run 'aten::_fused_adam_' with arguments from the 'CPU'
backend"), which ``hasattr`` does not see.

So before its first use each path runs once on a tiny problem beside the public call it
replaces and is used only if it ran and gave the same numbers; on any exception or mismatch
the public call is used for the rest of the process (same mathematics, slower). Setting the
environment variable ``PATTERNGAN_NO_FAST_PATHS=1`` turns all three off (CI runs the trainer
tests once that way).
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable
from typing import TypeVar

import torch

T = TypeVar("T")

DISABLE_ENV = "PATTERNGAN_NO_FAST_PATHS"


def disabled() -> bool:
    return os.environ.get(DISABLE_ENV, "").strip() not in ("", "0")


def _leaves_rng_alone(check: Callable[[], T]) -> Callable[[], T]:
    """Run a self-check with grad mode on (a caller may have turned it off) and torch's
    global random state saved and put back: a check seeds
    and builds layers, and the first one runs in the middle of a user's first training, which
    must not depend on whether a check ran before it (the same set-up trained twice in one
    process gives the same weights)."""

    @functools.wraps(check)
    def run() -> T:
        with torch.random.fork_rng(devices=[]), torch.enable_grad():  # autograd is the reference
            return check()

    return run


@functools.cache
@_leaves_rng_alone
def fused_adam() -> bool:
    """``torch._fused_adam_`` runs here (CPU) and matches torch's single-tensor Adam."""
    if disabled() or not hasattr(torch, "_fused_adam_"):
        return False
    try:
        from torch.optim.adam import adam

        torch.manual_seed(0)
        ours = [torch.randn(3, 2), torch.randn(2)]
        ref = [p.clone() for p in ours]
        grads = [torch.randn_like(p) for p in ours]
        state = [[torch.zeros_like(p) for p in ours] for _ in range(2)]
        ref_state = [[torch.zeros_like(p) for p in ours] for _ in range(2)]
        steps = [torch.zeros(()) for _ in ours]
        ref_steps = [torch.zeros(()) for _ in ours]
        kwargs = dict(amsgrad=False, beta1=0.5, beta2=0.999, lr=0.01, weight_decay=0.0)
        for _ in range(3):
            with torch.no_grad():
                for s in steps:
                    s.add_(1)
                torch._fused_adam_(
                    ours, grads, *state, [], steps, eps=1e-8, maximize=False, **kwargs
                )
                adam(
                    ref,
                    grads,
                    *ref_state,
                    [],
                    ref_steps,
                    foreach=False,
                    fused=False,
                    eps=1e-8,
                    maximize=False,
                    **kwargs,
                )
        return all(torch.allclose(a, b, rtol=1e-5, atol=1e-7) for a, b in zip(ours, ref))
    except Exception:  # noqa: BLE001 - any failure means: use the public path
        return False


@functools.cache
@_leaves_rng_alone
def engine_backward():
    """``_engine_run_backward`` if it exists and gives ``loss.backward()``'s gradients."""
    if disabled():
        return None
    try:
        from torch.autograd.graph import _engine_run_backward as run

        torch.manual_seed(0)
        w = torch.randn(4, 3, requires_grad=True)
        x = torch.randn(5, 4)
        for _ in range(2):  # twice: gradients accumulate
            loss = torch.sigmoid(x @ w).mean()
            run(
                (loss,),
                (torch.ones_like(loss),),
                False,
                False,
                (),
                allow_unreachable=True,
                accumulate_grad=True,
            )
        ours, w.grad = w.grad, None
        for _ in range(2):
            torch.sigmoid(x @ w).mean().backward()
        return run if ours is not None and torch.equal(ours, w.grad) else None
    except Exception:  # noqa: BLE001
        return None


@functools.cache
@_leaves_rng_alone
def direct_forward() -> bool:
    """Layers called as torch functions give the module's own outputs and gradients."""
    if disabled():
        return False
    try:
        from torch import nn

        from core.models import direct_forward_unchecked

        torch.manual_seed(0)
        net = nn.Sequential(
            nn.Linear(4, 3), nn.LeakyReLU(0.2), nn.Linear(3, 2), nn.ReLU(), nn.Sigmoid()
        )
        x = torch.randn(5, 4)
        a = direct_forward_unchecked(net)(x)
        b = net(x)
        return torch.equal(a, b)
    except Exception:  # noqa: BLE001
        return False


def _passes(module: str, check: str = "self_check") -> bool:
    """``module.check()`` ran and said yes; any failure means: the slower path."""
    try:
        return bool(getattr(importlib.import_module(module), check)())
    except Exception:  # noqa: BLE001
        return False


@functools.cache
@_leaves_rng_alone
def hand_steps() -> bool:
    """The book's steps without autograd (``core.engine.hand_steps``) give autograd's
    weights bit for bit here."""
    return not disabled() and _passes("core.engine.hand_steps")


@functools.cache
@_leaves_rng_alone
def scripted_epoch() -> bool:
    """The book's epoch as one TorchScript call (``core.engine.scripted_epoch``) compiles
    here and gives the Python hand steps' weights bit for bit."""
    return not disabled() and hand_steps() and _passes("core.engine.scripted_epoch")


@functools.cache
@_leaves_rng_alone
def stacked_hand_steps() -> bool:
    """A sweep's book epochs without autograd (``core.engine.sweep_steps``) give the
    sweep's autograd weights bit for bit here."""
    return not disabled() and _passes("core.engine.sweep_steps")


@functools.cache
@_leaves_rng_alone
def scripted_sweep() -> bool:
    """A sweep's blocks of book epochs as one TorchScript call (``core.engine.sweep_steps``)
    compile here and give the Python hand steps' weights bit for bit."""
    return (
        not disabled()
        and stacked_hand_steps()
        and _passes("core.engine.sweep_steps", "scripted_self_check")
    )


def report() -> dict[str, bool]:
    """Which fast paths this process uses (for ``patterngan info`` and bug reports)."""
    return {
        "fused_adam": fused_adam(),
        "engine_backward": engine_backward() is not None,
        "direct_forward": direct_forward(),
        "hand_steps": hand_steps(),
        "scripted_epoch": scripted_epoch(),
        "stacked_hand_steps": stacked_hand_steps(),
        "scripted_sweep": scripted_sweep(),
    }
