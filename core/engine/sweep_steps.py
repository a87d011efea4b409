"""A seed sweep's epoch for the book's networks without autograd: every seed at once.

The sweep stacks N seeds' weights and runs each layer as one batched product
(``core.engine.sweep``). For the networks the chapter uses (D = Linear + Sigmoid, G = Linear +
ReLU, BCE, Adam: what ``core.engine.hand_steps.covers`` accepts) the gradients are short
enough to write out, as the single run's hand steps do; here over the stacked tensors, with
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
otherwise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

from core.engine.hand_steps import _MEAN, _bce_backward, _sigmoid_backward, _threshold_backward

if TYPE_CHECKING:
    from core.engine.sweep import SweepTrainer


class StackedBookSteps:
    """The epoch of a sweep of the book's networks, gradients written out."""

    def __init__(self, sweep: SweepTrainer) -> None:
        self.sweep = sweep
        self.wg, self.bg = sweep.g_params  # (n, latent, width), (n, 1, width)
        self.wd, self.bd = sweep.d_params  # (n, width, 1), (n, 1, 1)
        self.wd_t = self.wd.transpose(1, 2)  # a view: Adam updates the weights in place
        n = torch.tensor(float(sweep.n))
        minimax = sweep.config.loss == "minimax"
        self._n = n
        self._g_label, self._g_seed = (sweep._zeros, -n) if minimax else (sweep._ones, n)
        for opt in (sweep.opt_d, sweep.opt_g):
            opt.share_step_count()  # both tensors of a layer are always updated together

    def _d_grads(self, x: torch.Tensor, label: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Every seed's D gradients (weight, bias) for BCE on ``x`` (n, batch, width)."""
        p = torch.sigmoid(torch.baddbmm(self.bd, x, self.wd))  # (n, batch, 1)
        grad = _sigmoid_backward(_bce_backward(self._n, p, label, None, _MEAN), p)
        return x.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)

    def run_epoch(self, reals: torch.Tensor, noise: torch.Tensor) -> None:
        """One epoch of every seed: ``reals`` (k, n, batch, width) for the k D steps,
        ``noise`` (n, (k + 1) * batch, latent), the D steps' fake batches, then G's."""
        sweep = self.sweep
        config = sweep.config
        b, k = config.batch, len(reals)
        ones, zeros = sweep._ones, sweep._zeros
        update_d = sweep.opt_d.update_all
        grad_was_on = torch.is_grad_enabled()
        torch._C._set_grad_enabled(False)
        try:
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
            grad = _sigmoid_backward(_bce_backward(self._g_seed, p, self._g_label, None, _MEAN), p)
            grad = _threshold_backward(grad.bmm(self.wd_t), fake, 0)  # through G's ReLU
            sweep.opt_g.update_all([z.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)])
        finally:
            torch._C._set_grad_enabled(grad_was_on)

    def outputs_by_columns(self, noise: torch.Tensor) -> torch.Tensor:
        """G's outputs on ``noise`` (n, N, latent) laid out one sample per column:
        (n, width, N), as ``Codec.decode_columns`` takes them (the product with operands
        swapped, as ``core.engine.gan`` evaluates a single run)."""
        return torch.relu(
            torch.baddbmm(self.bg.transpose(1, 2), self.wg.transpose(1, 2), noise.transpose(1, 2))
        )


def self_check() -> bool:
    """A sweep stepped by hand ends with the weights of the same sweep stepped by autograd,
    bit for bit, on this torch build: a few epochs of two seeds, non-saturating and
    minimax, D steps apart and together, k = 2."""
    from core.engine.presets import make_config
    from core.engine.sweep import SweepTrainer

    for overrides in ({}, {"loss": "minimax", "book_steps": False, "d_steps": 2}):
        config = make_config("book", epochs=8, eval_samples=20, **overrides)
        ours = SweepTrainer(config, [0, 1], steps="hand")
        ref = SweepTrainer(config, [0, 1], steps="autograd")
        for _ in range(8):
            ours.step_epoch()
            ref.step_epoch()
        mine, theirs = (*ours.g_params, *ours.d_params), (*ref.g_params, *ref.d_params)
        if not all(torch.equal(a, b) for a, b in zip(mine, theirs)):
            return False
    return True
