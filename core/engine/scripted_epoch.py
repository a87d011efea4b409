"""The chapter's epoch as one TorchScript function: the hand steps' kernels, called from C++.

``core.engine.hand_steps`` runs a book epoch as ~35 torch calls from Python (three forward
products, the backward kernels autograd would run, three fused Adam updates). With autograd
gone, most of what is left of a 64 us epoch is Python calling each kernel (about 1.8 us a
call, against ~1.3 us from TorchScript's interpreter). So the same calls, in the same order
with the same arguments, are written once more below as TorchScript source and compiled from
that string (``torch.jit.CompilationUnit``: no ``.py`` file is needed, so a frozen kit compiles
it too; it takes a few milliseconds). The epoch is the same kernels on the same tensors, so
the same bits: checked once per process against the Python hand steps
(:func:`self_check`, called by ``core.engine.fast_paths``); where it does not agree or does
not compile, the Python hand steps run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import torch

# ``t``: D's weight and bias, G's weight and bias, the labels ones and zeros, G's label and
# seed gradient, the BCE seed 1, each optimiser's step count and its own 1 to add to it.
# ``a``: each optimiser's lists as ``LeanAdam`` keeps them (params, first moments, second
# moments, step counts), D's then G's; passed in, not built here, because TorchScript drops a
# call that only changes tensors of a list made inside the function (its alias analysis
# does not follow them): the updates would silently vanish (the self-check sees that).
# ``h``: lr_d, lr_g, then beta1, beta2 and eps of D's optimiser, then of G's.
SOURCE = """
def book_epoch(x: Tensor, z_fake: Tensor, z_g: Tensor, t: List[Tensor], a: List[List[Tensor]],
               h: List[float]):
    wd, bd, wg, bg = t[0], t[1], t[2], t[3]
    ones, zeros, g_label, g_seed, one = t[4], t[5], t[6], t[7], t[8]
    d_step, one_d, g_step, one_g = t[9], t[10], t[11], t[12]
    d_params, d_m, d_v, d_steps = a[0], a[1], a[2], a[3]
    g_params, g_m, g_v, g_steps = a[4], a[5], a[6], a[7]
    wdt = wd.t()
    wgt = wg.t()
    # D on real
    p_real = torch.sigmoid(torch.addmm(bd, x, wdt))
    grad = torch.ops.aten.sigmoid_backward(
        torch.ops.aten.binary_cross_entropy_backward(one, p_real, ones, None, 1), p_real)
    gw, gb = grad.t().mm(x), grad.sum(0)
    d_step.add_(one_d)
    torch._fused_adam_(d_params, [gw, gb], d_m, d_v, [], d_steps, lr=h[0], beta1=h[2],
                       beta2=h[3], weight_decay=0.0, eps=h[4], amsgrad=False, maximize=False)
    # D on fake
    fake = torch.relu(torch.addmm(bg, z_fake, wgt))
    p_fake = torch.sigmoid(torch.addmm(bd, fake, wdt))
    grad = torch.ops.aten.sigmoid_backward(
        torch.ops.aten.binary_cross_entropy_backward(one, p_fake, zeros, None, 1), p_fake)
    gw, gb = grad.t().mm(fake), grad.sum(0)
    d_step.add_(one_d)
    torch._fused_adam_(d_params, [gw, gb], d_m, d_v, [], d_steps, lr=h[0], beta1=h[2],
                       beta2=h[3], weight_decay=0.0, eps=h[4], amsgrad=False, maximize=False)
    # G, judged by D (not updated)
    fake = torch.relu(torch.addmm(bg, z_g, wgt))
    p_g = torch.sigmoid(torch.addmm(bd, fake, wdt))
    grad = torch.ops.aten.sigmoid_backward(
        torch.ops.aten.binary_cross_entropy_backward(g_seed, p_g, g_label, None, 1), p_g)
    grad = torch.ops.aten.threshold_backward(grad.mm(wd), fake, 0)
    gw, gb = grad.t().mm(z_g), grad.sum(0)
    g_step.add_(one_g)
    torch._fused_adam_(g_params, [gw, gb], g_m, g_v, [], g_steps, lr=h[1], beta1=h[5],
                       beta2=h[6], weight_decay=0.0, eps=h[7], amsgrad=False, maximize=False)
    return p_real, p_fake, p_g, fake
"""

Epoch = Callable[
    [
        torch.Tensor,
        torch.Tensor,
        torch.Tensor,
        list[torch.Tensor],
        list[list[torch.Tensor]],
        list[float],
    ],
    tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor],
]


@functools.cache
def compiled() -> Epoch | None:
    """The compiled epoch (None where TorchScript cannot compile it here)."""
    try:
        return torch.jit.CompilationUnit(SOURCE).book_epoch
    except Exception:  # noqa: BLE001 - no TorchScript, or an op it does not know: Python
        return None


def self_check() -> bool:
    """The compiled epoch gives the Python hand steps' weights bit for bit on this build:
    eight epochs (past TorchScript's profiling runs) of the book's networks, non-saturating
    and minimax, a learning rate changed midway, Adam's moments and step counts included."""
    if compiled() is None:
        return False
    from core.engine.gan import Gan
    from core.engine.hand_steps import BookHandSteps
    from core.engine.plan import StepPlan
    from core.engine.presets import make_config

    for loss in ("nonsaturating", "minimax"):
        config = make_config("book", epochs=8, eval_samples=20, loss=loss, schedule="cosine")
        pattern, codec = config.validate()
        runs = []
        for scripted in (True, False):
            gan = Gan(config, pattern, codec, torch.device("cpu"))
            steps = BookHandSteps(gan, scripted=scripted)
            if scripted and steps.scripted is None:
                return False
            plan = StepPlan(steps, steps.tally(lambda: 0), config.book_steps)
            plan.run_epochs(8, lambda: False)
            opts = (gan.opt_d, gan.opt_g)
            runs.append(
                [*gan.D.parameters(), *gan.G.parameters()]
                + [s for o in opts for s in (*o.exp_avgs, *o.exp_avg_sqs, o.steps[0])]
                + [torch.cat([p.flatten() for p in steps_out]) for steps_out in _outputs(plan)]
            )
        if not all(torch.equal(a, b) for a, b in zip(*runs)):
            return False
    return True


def _outputs(plan: object) -> list[list[torch.Tensor]]:
    """D's outputs each step kept for the losses (real, fake, G)."""
    kept = plan.tally._outputs  # type: ignore[attr-defined]
    return [kept["real"], kept["fake"], kept["g"]]
