"""The fast path for seed sweeps: every seed's book epoch at once, without autograd.

A sweep (``core.engine.sweep``) stacks N seeds' weights and runs each layer as one batched
product (``baddbmm``); its reference steps use autograd. For the book's networks
:class:`StackedBookSteps` writes the gradients out over the stacked tensors with the kernels
autograd runs for them (``core.engine.fast.grads``): ``baddbmm(b, x, w)`` gives the bias the
gradient summed over the rows, ``w`` the product ``x.transpose(1, 2).bmm(grad)`` and ``x``
``grad.bmm(w.transpose(1, 2))``. A sweep's loss is each seed's mean times N (the seeds' losses
summed), so BCE's backward starts from N (minus N through minimax's ``-BCE``). Each step uses
the same batch slices as the reference, so the weights are the reference's bit for bit.
"""

from __future__ import annotations

from typing import Any

import torch

from core.engine.fast.grads import least_squares_half, logit_grad, threshold_backward
from core.engine.fast.kernels import Adam

Sweep = Any  # core.engine.sweep.SweepTrainer: it owns the stacked weights and the batches


class StackedBookSteps:
    """A sweep's epoch for the book's networks, gradients written out."""

    def __init__(self, sweep: Sweep) -> None:
        self.sweep = sweep
        config = sweep.config
        self.wg, self.bg = sweep.g_params  # (n, latent, width), (n, 1, width)
        self.wd, self.bd = sweep.d_params  # (n, width, 1), (n, 1, 1)
        self.wd_t = self.wd.transpose(1, 2)  # a view: Adam updates the weights in place
        betas = (config.beta1, 0.999)
        self.adam_d = Adam(sweep.d_params, config.lr_d, betas)
        self.adam_g = Adam(sweep.g_params, config.lr_g, betas)
        n = torch.tensor(float(sweep.n))
        minimax = config.loss == "minimax"
        self.ones, self.zeros = sweep.ones, sweep.zeros
        self.n = n
        self.g_label, self.g_seed = (self.zeros, -n) if minimax else (self.ones, n)
        self.ls = config.loss == "lsgan"
        self.half = least_squares_half(config.batch, torch.device("cpu"))
        # as the single run's steps (core.engine.fast.book): biases expanded to the batch once
        # (views that see Adam's updates), D's output gradients written into tensors made once
        rows, width = config.batch, self.wd.shape[1]
        self.bd_rows = self.bd.expand(sweep.n, rows, 1)
        self.bg_rows = self.bg.expand(sweep.n, rows, width)
        column = torch.empty((sweep.n, rows, 1), dtype=self.wd.dtype)
        count = torch.tensor(float(column.numel()), dtype=column.dtype)
        self._into = (torch.empty_like(column), torch.empty_like(column), count)

    def _d_grads(self, x: torch.Tensor, label: torch.Tensor) -> list[torch.Tensor]:
        """Every seed's D gradients (weight, bias) on ``x`` (n, rows, width)."""
        p = torch.sigmoid(torch.baddbmm(self.bd_rows, x, self.wd))  # (n, rows, 1)
        grad = logit_grad(p, label, self.n, self.half, self.ls, self._into)
        return [x.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)]

    def _fake(self, z: torch.Tensor) -> torch.Tensor:
        return torch.baddbmm(self.bg_rows, z, self.wg).relu_()

    @torch.no_grad()
    def run_epoch(self, reals: torch.Tensor, noise: torch.Tensor, lr_d: float, lr_g: float) -> None:
        """One epoch of every seed: ``reals`` (k, n, rows, width) for the k D steps, ``noise``
        (n, (k + 1) * rows, latent): the D steps' fake batches, then G's."""
        sweep = self.sweep
        b, k = sweep.config.batch, len(reals)
        self.adam_d.lr, self.adam_g.lr = lr_d, lr_g
        for j in range(k):
            fake = self._fake(noise[:, j * b : (j + 1) * b])
            if sweep.config.book_steps:  # D on real, then D on fake: two steps
                self.adam_d.update(self._d_grads(reals[j], self.ones))
                self.adam_d.update(self._d_grads(fake, self.zeros))
            else:  # one step on both: the loss is their sum, so are the gradients
                rw, rb = self._d_grads(reals[j], self.ones)
                fw, fb = self._d_grads(fake, self.zeros)
                self.adam_d.update([rw + fw, rb + fb])
        z = noise[:, k * b : (k + 1) * b]  # G's step
        fake = self._fake(z)
        p = torch.sigmoid(torch.baddbmm(self.bd_rows, fake, self.wd))
        grad = logit_grad(p, self.g_label, self.g_seed, self.half, self.ls, self._into)
        grad = threshold_backward(grad.bmm(self.wd_t), fake, 0)  # through G's ReLU
        self.adam_g.update([z.transpose(1, 2).bmm(grad), grad.sum(1, keepdim=True)])

    def outputs_by_columns(self, noise: torch.Tensor) -> torch.Tensor:
        """G's outputs on ``noise`` (n, N, latent) one sample per column, (n, width, N), as
        ``Codec.decode_columns`` takes them (argmax over contiguous rows vectorises)."""
        return torch.relu(
            torch.baddbmm(self.bg.transpose(1, 2), self.wg.transpose(1, 2), noise.transpose(1, 2))
        )
