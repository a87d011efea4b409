"""The chapter's epoch as TorchScript: the hand steps' kernels, called from C++.

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

``book_epochs`` runs many epochs in one call and reads a one-byte flag before each
(``RunControl.attention``: a stop, a pause, a task), so the training loop leaves C++ once a
report interval instead of once an epoch (``BookHandSteps._run_scripted``).

One product fewer than the Python steps: G's weights change only in G's own step, so the
fakes of D's fake step and of G's step are one product over the epoch's two noise batches
(the chapter's two ``randn(10, 100)``, consecutive in the stream) instead of two: 4-6 us of a
~60 us epoch. A row of a product does not depend on the rows beside it, so this is the same
numbers where the product's kernel does not change with the rows' count or place;
:func:`one_product_agrees` checks that for a run's own shapes, device and thread count, and
where it does not hold the epoch makes each batch's fakes on its own, as the Python steps do
(the self-check runs both ways). An epoch whose two batches span two of the read-ahead's
draws runs the Python steps (``BookHandSteps._run_scripted``).

Least squares runs here too: the output gradient is BCE's backward or least squares' (the
operations autograd runs for it, ``hand_steps.output_grad``), chosen by a flag.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import torch

# ``t``: D's weight and bias, G's weight and bias, the labels ones and zeros, G's label and
# seed gradient, the BCE seed 1, each optimiser's step count and its own 1 to add to it,
# least squares' 0.5 / rows (rows, 1), whether the loss is least squares, and whether G's
# fakes for the epoch come from one product (bool tensors).
# ``a``: each optimiser's lists as ``LeanAdam`` keeps them (params, first moments, second
# moments, step counts), D's then G's; passed in, not built here, because TorchScript drops a
# ``_fused_adam_`` whose lists were all made inside the function (its alias analysis does not
# see the updates as effects): they silently vanish (the self-check sees that; a test plants it).
# ``h``: lr_d, lr_g, then beta1, beta2 and eps of D's optimiser, then of G's.
# d loss / d D's logit for D's outputs ``p`` (TorchScript, shared with the sweep's source,
# ``core.engine.sweep_steps``): BCE's backward (``seed``: its sign and scale), or least squares'
# (``hand_steps.least_squares_grad``: ``half`` is 0.5 / rows; ``p - 0`` is ``p`` exactly)
BY_LOGIT = """
def by_logit(p: Tensor, label: Tensor, seed: Tensor, half: Tensor, ls: bool) -> Tensor:
    if ls:
        grad = half * (2.0 * (p - label))
    else:
        grad = torch.ops.aten.binary_cross_entropy_backward(seed, p, label, None, 1)
    return torch.ops.aten.sigmoid_backward(grad, p)
"""

SOURCE = (
    BY_LOGIT
    + """
def adam(params: List[Tensor], gw: Tensor, gb: Tensor, m: List[Tensor], v: List[Tensor],
         steps: List[Tensor], step: Tensor, one: Tensor, lr: float, beta1: float,
         beta2: float, eps: float):
    # LeanAdam.update_all: the shared step count plus 1, then torch's fused kernel
    step.add_(one)
    torch._fused_adam_(params, [gw, gb], m, v, [], steps, lr=lr, beta1=beta1, beta2=beta2,
                       weight_decay=0.0, eps=eps, amsgrad=False, maximize=False)


def d_on(x: Tensor, label: Tensor, one: Tensor, half: Tensor, ls: bool, wdt: Tensor,
         bd: Tensor, a: List[List[Tensor]], d_step: Tensor, one_d: Tensor,
         h: List[float]) -> Tensor:
    # hand_steps.d_grads, then D's Adam: one D step on ``x``; D's outputs before it
    p = torch.sigmoid(torch.addmm(bd, x, wdt))
    grad = by_logit(p, label, one, half, ls)
    adam(a[0], grad.t().mm(x), grad.sum(0), a[1], a[2], a[3], d_step, one_d, h[0], h[2],
         h[3], h[4])
    return p


def book_epoch(x: Tensor, z: Tensor, t: List[Tensor], a: List[List[Tensor]], h: List[float]):
    # ``z``: the epoch's two noise batches, D's fake step's rows then G's step's
    wd, bd, wg, bg = t[0], t[1], t[2], t[3]
    ones, zeros, g_label, g_seed, one = t[4], t[5], t[6], t[7], t[8]
    d_step, one_d, g_step, one_g = t[9], t[10], t[11], t[12]
    half = t[13]
    ls = bool(t[14])
    wdt = wd.t()
    wgt = wg.t()
    b = x.size(0)
    z_g = z[b:]
    # G's fakes for D's fake step and for G's step (G is not updated between them)
    if bool(t[15]):  # one product (one_product_agrees)
        fakes = torch.relu(torch.addmm(bg, z, wgt))
        fake_d = fakes[:b]
        # a copy: D's product on a view starting mid-row-block (8-byte aligned, 1000 bytes
        # in) rounds otherwise than on a tensor of its own, which the Python steps hand it
        fake = fakes[b:].clone()
    else:  # each batch its own, as the Python steps
        fake_d = torch.relu(torch.addmm(bg, z[:b], wgt))
        fake = torch.relu(torch.addmm(bg, z_g, wgt))
    p_real = d_on(x, ones, one, half, ls, wdt, bd, a, d_step, one_d, h)  # D on real
    p_fake = d_on(fake_d, zeros, one, half, ls, wdt, bd, a, d_step, one_d, h)  # D on fake
    # G, judged by D (not updated): hand_steps.g_grads
    p_g = torch.sigmoid(torch.addmm(bd, fake, wdt))
    grad = by_logit(p_g, g_label, g_seed, half, ls)
    grad = torch.ops.aten.threshold_backward(grad.mm(wd), fake, 0)
    adam(a[4], grad.t().mm(z_g), grad.sum(0), a[5], a[6], a[7], g_step, one_g, h[1], h[5],
         h[6], h[7])
    return p_real, p_fake, p_g, fake


def book_epochs(xs: List[Tensor], zs: List[Tensor], t: List[Tensor], a: List[List[Tensor]],
                h: List[float], attention: Tensor):
    # len(xs) epochs, epoch i on real batch xs[i] and its two noise batches zs[i],
    # asking ``attention`` (a RunControl's flag) before each: (epochs run, D's outputs on
    # real, on fake, on G's fake, G's last fake)
    p_reals: List[Tensor] = []
    p_fakes: List[Tensor] = []
    p_gs: List[Tensor] = []
    fake = xs[0]
    done = 0
    for i in range(len(xs)):
        if bool(attention):
            break
        p_real, p_fake, p_g, fake = book_epoch(xs[i], zs[i], t, a, h)
        p_reals.append(p_real)
        p_fakes.append(p_fake)
        p_gs.append(p_g)
        done += 1
    return done, p_reals, p_fakes, p_gs, fake
"""
)

Epoch = Callable[
    [
        torch.Tensor,
        torch.Tensor,
        list[torch.Tensor],
        list[list[torch.Tensor]],
        list[float],
    ],
    tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor],
]


Epochs = Callable[
    [
        list[torch.Tensor],
        list[torch.Tensor],
        list[torch.Tensor],
        list[list[torch.Tensor]],
        list[float],
        torch.Tensor,
    ],
    tuple[int, list[torch.Tensor], list[torch.Tensor], list[torch.Tensor], torch.Tensor],
]


@functools.cache
def _unit() -> torch.jit.CompilationUnit | None:
    try:
        return torch.jit.CompilationUnit(SOURCE)
    except Exception:  # noqa: BLE001 - no TorchScript, or an op it does not know: Python
        return None


def compiled() -> Epoch | None:
    """The compiled epoch (None where TorchScript cannot compile it here)."""
    unit = _unit()
    return None if unit is None else unit.book_epoch


def compiled_epochs() -> Epochs | None:
    """The compiled loop of epochs that asks a flag between them (None where it does not
    compile)."""
    unit = _unit()
    return None if unit is None else unit.book_epochs


def one_product_agrees(rows: int, latent: int, width: int, device: torch.device) -> bool:
    """G's outputs for an epoch's ``2 * rows`` noise vectors from one product are those of
    two products of ``rows`` each, bit for bit, for these shapes on ``device`` with the
    intra-op threads set now (``book_epoch`` makes both batches' fakes at once; a product
    whose kernel or split among threads changes with the row count would round them
    otherwise: with two threads 20 rows are not 2 x 10 here). The noise lies as the
    read-ahead lays it out (``core.engine.noise``): epoch after epoch in one block, so the
    first sixteen epochs meet every alignment a product's rows can start at. Random weights
    and noise: another summing order shows on them."""
    return _one_product_agrees(rows, latent, width, device, torch.get_num_threads())


@functools.cache
def _one_product_agrees(
    rows: int, latent: int, width: int, device: torch.device, threads: int
) -> bool:
    g = torch.Generator().manual_seed(0)
    block = torch.randn(16 * 2 * rows, latent, generator=g).to(device)
    w = torch.randn(width, latent, generator=g).to(device)
    b = torch.randn(width, generator=g).to(device)
    wt = w.t()
    for z in block.split(2 * rows):
        both = torch.relu(torch.addmm(b, z, wt))
        for part in (slice(0, rows), slice(rows, None)):
            if not torch.equal(both[part], torch.relu(torch.addmm(b, z[part], wt))):
                return False
    return True


def self_check() -> bool:
    """The compiled epoch gives the Python hand steps' weights bit for bit on this build:
    ten epochs (past TorchScript's profiling runs) of the book's networks, one call an epoch
    and many a call (``book_epochs``, stopped once by its flag, then on), non-saturating,
    minimax and least squares, a learning rate changed each epoch (cosine), Adam's moments and step counts
    and D's outputs included."""
    if compiled() is None or compiled_epochs() is None:
        return False
    from core.engine.gan import Gan
    from core.engine.hand_steps import BookHandSteps
    from core.engine.plan import StepPlan
    from core.engine.presets import make_config

    for loss, schedule in (
        ("nonsaturating", "constant"),
        ("minimax", "cosine"),
        ("lsgan", "constant"),
    ):
        config = make_config(
            "book", epochs=10, eval_samples=20, loss=loss, schedule=schedule, seed=3
        )
        pattern, codec = config.validate()
        runs = []
        ways = (
            (False, None, None),
            (True, None, None),
            (True, torch.zeros((), dtype=bool), None),
            (True, None, False),  # each noise batch's fakes from its own product
        )
        for scripted, flag, one_product in ways:
            gan = Gan(config, pattern, codec, torch.device("cpu"))
            steps = BookHandSteps(gan, scripted=scripted)
            if one_product is not None:
                steps.one_product.fill_(one_product)
            plan = StepPlan(steps, steps.tally(lambda: 0), config.book_steps)
            plan.run_epochs(4, lambda: False, flag)
            if flag is not None and schedule == "constant":  # many epochs a call: a stop
                flag.fill_(True)  # just after the loop asked: nothing runs, the batches go back
                answers = iter([False])
                plan.run_epochs(10, lambda answers=answers: next(answers, True), flag)
                if plan.epoch != 4:
                    return False
                flag.fill_(False)
            plan.run_epochs(10, lambda: False, flag)
            opts = (gan.opt_d, gan.opt_g)
            runs.append(
                [*gan.D.parameters(), *gan.G.parameters()]
                + [s for o in opts for s in (*o.exp_avgs, *o.exp_avg_sqs, o.steps[0])]
                + [torch.cat([p.flatten() for p in steps_out]) for steps_out in _outputs(plan)]
                + [gan.last_real, gan.last_fake]
            )
        if not all(torch.equal(a, b) for run in runs[1:] for a, b in zip(runs[0], run)):
            return False
    return True


def _outputs(plan: object) -> list[list[torch.Tensor]]:
    """D's outputs each step kept for the losses (real, fake, G)."""
    kept = plan.tally._outputs  # type: ignore[attr-defined]
    return [kept["real"], kept["fake"], kept["g"]]
