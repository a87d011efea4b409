"""A seed sweep's epoch for the book's networks without autograd: every seed at once.

The sweep stacks N seeds' weights and runs each layer as one batched product
(``core.engine.sweep``). For the networks the chapter uses (D = Linear + Sigmoid, G = Linear +
ReLU, BCE, Adam: :func:`covers`) the gradients are short enough to write out, as the single
run's hand steps do; here over the stacked tensors, with
the kernels autograd itself runs for the sweep's layers, so the weights are those of the
sweep's autograd steps bit for bit (checked once per process: :func:`self_check`, called by
``core.engine.fast_paths``; tests compare them too):

- ``baddbmm(b, x, w)``: the bias gets the gradient summed over the batch's rows (the engine's
  ``sum_to`` for a broadcast bias), ``w`` gets ``x.transpose(1, 2).bmm(grad)`` and ``x`` gets
  ``grad.bmm(w.transpose(1, 2))`` (``derivatives.yaml``);
- BCE, sigmoid and ReLU: their backward kernels, as in ``hand_steps``; the loss is each seed's
  mean times N (the sweep sums the seeds' losses), so the engine's seed gradient is N (minus
  N for minimax's ``-BCE``).

One more saving: G's weights change only in its own step, so the fakes of an epoch's D steps
and of its G step come from one batched product over all of the epoch's noise rows (each row
of a product is computed on its own, so this gives the same numbers: the self-check would see
otherwise). Blocks of epochs then run as one TorchScript call (``sweep_epochs``, checked bit
for bit against the Python steps: :func:`scripted_self_check`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import torch

from core.engine import fast_paths, hand_steps, scripted_epoch
from core.engine.grad_mode import grad_mode
from core.engine.hand_steps import (
    _MEAN,
    _bce_backward,
    _sigmoid_backward,
    _threshold_backward,
    least_squares_grad,
    least_squares_seed,
)

if TYPE_CHECKING:
    from core.engine.gan import Gan
    from core.engine.sweep import SweepTrainer


# ``run_epoch`` below, for many epochs in one TorchScript call (as
# ``core.engine.scripted_epoch`` does for a single run: the same kernels, the same order, the
# same views, so the same bits; the self-check compares them). ``t``: G's weight and bias,
# D's weight, bias and weight transposed, ones, zeros, G's label, BCE's seed gradient for D
# (N) and for G, each optimiser's step count and its own 1, least squares' 0.5 / rows and
# whether the loss is least squares (a bool tensor). ``a``: each optimiser's lists as
# ``LeanAdam`` keeps them (passed in: TorchScript drops updates of lists made inside).
# ``h``: lr_d, lr_g, then beta1, beta2 and eps of D's optimiser, then of G's.
SOURCE = (
    scripted_epoch.BY_LOGIT
    + """
def d_grads(x: Tensor, label: Tensor, wd: Tensor, bd: Tensor, n: Tensor, half: Tensor,
            ls: bool):
    p = torch.sigmoid(torch.baddbmm(bd, x, wd))
    grad = by_logit(p, label, n, half, ls)
    return x.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)


def adam(a: List[List[Tensor]], first: int, gw: Tensor, gb: Tensor, step: Tensor, one: Tensor,
         lr: float, beta1: float, beta2: float, eps: float):
    # LeanAdam.update_all for the lists a[first:first + 4]: the step count plus 1, the kernel
    step.add_(one)
    torch._fused_adam_(a[first], [gw, gb], a[first + 1], a[first + 2], [], a[first + 3],
                       lr=lr, beta1=beta1, beta2=beta2, weight_decay=0.0, eps=eps,
                       amsgrad=False, maximize=False)


def sweep_epochs(reals: Tensor, noise: Tensor, start: int, count: int, b: int,
                 book_steps: bool, t: List[Tensor], a: List[List[Tensor]], h: List[float]):
    wg, bg, wd, bd, wd_t = t[0], t[1], t[2], t[3], t[4]
    ones, zeros, g_label, n, g_seed = t[5], t[6], t[7], t[8], t[9]
    d_step, one_d, g_step, one_g = t[10], t[11], t[12], t[13]
    half = t[14]
    ls = bool(t[15])
    for e in range(start, start + count):
        epoch_reals = reals[e]
        epoch_noise = noise[:, e]
        k = epoch_reals.size(0)
        fakes = torch.relu(torch.baddbmm(bg, epoch_noise, wg))
        for j in range(k):
            fake = fakes[:, j * b:(j + 1) * b]
            rw, rb = d_grads(epoch_reals[j], ones, wd, bd, n, half, ls)
            if book_steps:  # D on real, then D on fake: two steps
                adam(a, 0, rw, rb, d_step, one_d, h[0], h[2], h[3], h[4])
                fw, fb = d_grads(fake, zeros, wd, bd, n, half, ls)
                adam(a, 0, fw, fb, d_step, one_d, h[0], h[2], h[3], h[4])
            else:  # one step on both: the gradients summed
                fw, fb = d_grads(fake, zeros, wd, bd, n, half, ls)
                adam(a, 0, rw + fw, rb + fb, d_step, one_d, h[0], h[2], h[3], h[4])
        z = epoch_noise[:, k * b:]
        fake = fakes[:, k * b:]
        p = torch.sigmoid(torch.baddbmm(bd, fake, wd))
        grad = by_logit(p, g_label, g_seed, half, ls)
        # grad.bmm(wd_t) with D's single output: a sum of one product, so the product itself
        # (the same bits: the self-check compares; ~10 us an epoch less for 32 seeds)
        grad = torch.ops.aten.threshold_backward(grad * wd_t, fake, 0)
        adam(a, 4, z.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True), g_step, one_g,
             h[1], h[5], h[6], h[7])
"""
)


@functools.cache
def compiled() -> Callable[..., None] | None:
    """The compiled ``sweep_epochs`` (None where TorchScript cannot compile it here)."""
    try:
        return torch.jit.CompilationUnit(SOURCE).sweep_epochs
    except Exception:  # noqa: BLE001 - no TorchScript, or an op it does not know: Python
        return None


def covers(gan: Gan) -> str | None:
    """Why these steps cannot run a sweep of ``gan``'s set-up (None when they can): where
    the single run's hand steps can (``hand_steps.covers``: the book's networks, BCE or
    least squares)."""
    return hand_steps.covers(gan)


class StackedBookSteps:
    """The epoch of a sweep of the book's networks, gradients written out."""

    def __init__(self, sweep: SweepTrainer, scripted: bool | None = None) -> None:
        """``scripted``: run blocks of epochs as one TorchScript call (``run_epochs``); by
        default where it compiled and checked out in this process."""
        self.sweep = sweep
        self.wg, self.bg = sweep.g_params  # (n, latent, width), (n, 1, width)
        self.wd, self.bd = sweep.d_params  # (n, width, 1), (n, 1, 1)
        self.wd_t = self.wd.transpose(1, 2)  # a view: Adam updates the weights in place
        n = torch.tensor(float(sweep.n))
        minimax = sweep.config.loss == "minimax"
        self._n = n
        self._g_label, self._g_seed = (sweep._zeros, -n) if minimax else (sweep._ones, n)
        # least squares: the seed is each seed's 0.5 x N over N x rows, the single run's
        # 0.5 / rows exactly (hand_steps.output_grad; the self-check compares with autograd)
        self._ls = sweep.config.loss == "lsgan"
        self._half = least_squares_seed(sweep.config.batch, torch.device("cpu"))
        for opt in (sweep.opt_d, sweep.opt_g):
            opt.share_step_count()  # both tensors of a layer are always updated together
        self.scripted: Callable[..., None] | None = None
        opt_d, opt_g = sweep.opt_d, sweep.opt_g
        if (
            opt_d.fused
            and opt_g.fused
            and (scripted or (scripted is None and fast_paths.scripted_sweep()))
        ):
            self.scripted = compiled()
            self._script_tensors = [
                self.wg, self.bg, self.wd, self.bd, self.wd_t,
                sweep._ones, sweep._zeros, self._g_label, n, self._g_seed,
                opt_d.steps[0], opt_d._one, opt_g.steps[0], opt_g._one,
                self._half, torch.tensor(self._ls),
            ]  # fmt: skip
            self._script_lists = [
                lst
                for opt in (opt_d, opt_g)
                for lst in (opt.params, opt.exp_avgs, opt.exp_avg_sqs, opt.steps)
            ]

    @grad_mode(False)
    def run_epochs(self, reals: torch.Tensor, noise: torch.Tensor, start: int, count: int) -> None:
        """``count`` epochs from epoch ``start`` of a block (``reals`` (e, k, n, batch,
        width), ``noise`` (n, e, (k + 1) * batch, latent)) in one TorchScript call; a constant
        learning rate and no weight average only (the caller checks)."""
        sweep = self.sweep
        opt_d, opt_g = sweep.opt_d, sweep.opt_g
        floats = [opt_d.lr, opt_g.lr, *opt_d.betas, opt_d.eps, *opt_g.betas, opt_g.eps]
        self.scripted(
            reals, noise, start, count, sweep.config.batch, sweep.config.book_steps,
            self._script_tensors, self._script_lists, floats,
        )  # fmt: skip

    def _d_grads(self, x: torch.Tensor, label: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Every seed's D gradients (weight, bias) for BCE on ``x`` (n, batch, width)."""
        p = torch.sigmoid(torch.baddbmm(self.bd, x, self.wd))  # (n, batch, 1)
        grad = _sigmoid_backward(self._by_output(p, label, self._n), p)
        return x.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)

    def _by_output(self, p: torch.Tensor, label: torch.Tensor, seed: torch.Tensor) -> torch.Tensor:
        """d loss / d D's outputs ``p``: BCE's backward, or least squares'."""
        if self._ls:
            return least_squares_grad(self._half, p, label)
        return _bce_backward(seed, p, label, None, _MEAN)

    @grad_mode(False)
    def run_epoch(self, reals: torch.Tensor, noise: torch.Tensor) -> None:
        """One epoch of every seed: ``reals`` (k, n, batch, width) for the k D steps,
        ``noise`` (n, (k + 1) * batch, latent), the D steps' fake batches, then G's."""
        sweep = self.sweep
        config = sweep.config
        b, k = config.batch, len(reals)
        ones, zeros = sweep._ones, sweep._zeros
        update_d = sweep.opt_d.update_all
        fakes = torch.relu(torch.baddbmm(self.bg, noise, self.wg))  # G's, all k + 1
        for j in range(k):
            fake = fakes[:, j * b : (j + 1) * b]
            if config.book_steps:  # D on real, then D on fake: two steps
                update_d(list(self._d_grads(reals[j], ones)))
                update_d(list(self._d_grads(fake, zeros)))
            else:  # one step on both: the loss is their sum, so are the gradients
                rw, rb = self._d_grads(reals[j], ones)
                fw, fb = self._d_grads(fake, zeros)
                update_d([rw + fw, rb + fb])
        z, fake = noise[:, k * b :], fakes[:, k * b :]  # G's step
        p = torch.sigmoid(torch.baddbmm(self.bd, fake, self.wd))
        grad = _sigmoid_backward(self._by_output(p, self._g_label, self._g_seed), p)
        grad = _threshold_backward(grad.bmm(self.wd_t), fake, 0)  # through G's ReLU
        sweep.opt_g.update_all([z.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)])

    def outputs_by_columns(self, noise: torch.Tensor) -> torch.Tensor:
        """G's outputs on ``noise`` (n, N, latent) laid out one sample per column:
        (n, width, N), as ``Codec.decode_columns`` takes them (the product with operands
        swapped, as ``core.engine.gan`` evaluates a single run)."""
        return torch.relu(
            torch.baddbmm(self.bg.transpose(1, 2), self.wg.transpose(1, 2), noise.transpose(1, 2))
        )


# the set-ups the self-checks run: the chapter's; minimax with D's steps together, k = 2;
# least squares both ways
CHECKED = (
    {},
    {"loss": "minimax", "book_steps": False, "d_steps": 2},
    {"loss": "lsgan"},
    {"loss": "lsgan", "book_steps": False},
)


def self_check() -> bool:
    """A sweep stepped by hand ends with the weights of the same sweep stepped by autograd,
    bit for bit, on this torch build: a few epochs of two seeds in each of ``CHECKED``."""
    from core.engine.presets import make_config
    from core.engine.sweep import SweepTrainer

    for overrides in CHECKED:
        config = make_config("book", epochs=8, eval_samples=20, **overrides)
        ours = SweepTrainer(config, [0, 1], steps="hand", draw_worker=False)
        ref = SweepTrainer(config, [0, 1], steps="autograd", draw_worker=False)
        for _ in range(8):
            ours.step_epoch()
            ref.step_epoch()
        mine, theirs = (*ours.g_params, *ours.d_params), (*ref.g_params, *ref.d_params)
        if not all(torch.equal(a, b) for a, b in zip(mine, theirs)):
            return False
    return True


def scripted_self_check() -> bool:
    """Blocks of epochs in one TorchScript call give the Python hand steps' weights and
    Adam state bit for bit: ten epochs in blocks of 1, 3 and 6 (past TorchScript's profiling
    runs), each of ``CHECKED``."""
    if compiled() is None:
        return False
    from core.engine.presets import make_config
    from core.engine.sweep import SweepTrainer

    for overrides in CHECKED:
        config = make_config("book", epochs=10, eval_samples=20, **overrides)
        runs = []
        for steps in ("hand", "scripted"):
            sweep = SweepTrainer(config, [0, 1], steps=steps, draw_worker=False)
            sweep._block_epochs = 4
            for until in (1, 4, 10):
                sweep.train_epochs(until)
            opts = (sweep.opt_d, sweep.opt_g)
            runs.append(
                [*sweep.g_params, *sweep.d_params]
                + [s for o in opts for s in (*o.exp_avgs, *o.exp_avg_sqs, o.steps[0])]
            )
        if not all(torch.equal(a, b) for a, b in zip(*runs)):
            return False
    return True
