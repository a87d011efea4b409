"""The fast path for single runs: the book's networks stepped without autograd.

A book epoch is three optimiser steps on a 10 x 25 batch: a few microseconds of arithmetic
each, and several times that in autograd's graph building and ``torch.optim``'s bookkeeping.
:class:`BookSteps` runs the same steps as the reference (``core.engine.gan.Gan``) with the
gradients written out (``core.engine.fast.grads``) and Adam's update in one call
(``core.engine.fast.kernels``), on the same batches from the same streams: the reference's
weights bit for bit (tests compare them under several CPU kernel choices and thread counts).

The losses are not computed in the steps: each step's D outputs are kept, and a report
computes every step's loss in one call per term (:class:`OutputTally`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch.nn import functional as F

from core.engine.errors import TrainingError
from core.engine.fast.grads import (
    BCE_LOSSES,
    least_squares_half,
    logit_grad,
    threshold_backward_into,
)
from core.engine.fast.kernels import Adam
from core.engine.losses import GanLoss
from core.engine.plan import LossTally
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error

Gan = Any  # core.engine.gan.Gan: the reference owns the networks, batches and schedule


class OutputTally(LossTally):
    """The loss tally for steps that hand over D's outputs instead of their losses: the same
    definition as ``LossTally`` (each step's loss averaged over its batch, then over the
    interval's steps), computed at a report (folded every ``FOLD`` steps, so memory stays
    small); the sums are added in another order, so the figures equal the reference's within
    float rounding. A NaN output (a diverged run) is named by the epoch it came from."""

    FOLD = 4096

    def __init__(self, device: torch.device, loss: GanLoss, epoch: Callable[[], int]) -> None:
        """``epoch``: the epoch under way (the plan's), for steps run one at a time."""
        super().__init__(device)
        self._epoch = epoch
        self._loss = loss
        self._outputs: dict[str, list[torch.Tensor]] = {"real": [], "fake": [], "g": []}
        self._epochs: dict[str, list[int]] = {"real": [], "fake": [], "g": []}
        self._nan_epoch: int | None = None

    def keep(self, term: str, out: torch.Tensor, epoch: int) -> None:
        kept = self._outputs[term]
        kept.append(out)
        self._epochs[term].append(epoch)
        self._counts[term] += 1
        if len(kept) >= self.FOLD:
            self._fold(term)

    def keep_epoch(
        self, real: torch.Tensor, fake: torch.Tensor, g: torch.Tensor, *, epoch: int
    ) -> None:
        """An epoch's three outputs at once (the training loop's call: one, not three)."""
        outputs, epochs, counts = self._outputs, self._epochs, self._counts
        for term, out in (("real", real), ("fake", fake), ("g", g)):
            outputs[term].append(out)
            epochs[term].append(epoch)
            counts[term] += 1
        if len(outputs["g"]) >= self.FOLD:
            for term in outputs:
                self._fold(term)

    def add_d(self, real: torch.Tensor | None, fake: torch.Tensor | None) -> None:
        if real is not None:
            self.keep("real", real, self._epoch())
        if fake is not None:
            self.keep("fake", fake, self._epoch())

    def add_g(self, loss: torch.Tensor) -> None:
        self.keep("g", loss, self._epoch())

    def _fold(self, term: str) -> None:
        kept = self._outputs[term]
        if not kept:
            return
        p = torch.stack(kept)  # (steps, rows, 1)
        epochs = self._epochs[term][:]
        kept.clear()
        self._epochs[term].clear()
        ones, zeros = torch.ones_like(p[0]), torch.zeros_like(p[0])
        if self._loss.name not in BCE_LOSSES:  # each step's loss as the loss defines it
            one_step = {
                "real": lambda q: self._loss.d_real(q, ones),
                "fake": lambda q: self._loss.d_fake(q, zeros),
                "g": lambda q: self._loss.g(q, ones, zeros),
            }[term]
            self._sums[term] += torch.vmap(one_step)(p).sum()  # a NaN stays: reports name it
            return
        minimax_g = term == "g" and self._loss.name == "minimax"
        label = 0.0 if term == "fake" or minimax_g else 1.0
        try:
            losses = F.binary_cross_entropy(p, torch.full_like(p, label), reduction="none")
        except RuntimeError:  # a NaN output: "all elements of input should be between 0 and 1"
            bad = ~((p >= 0) & (p <= 1)).flatten(1).all(dim=1)
            first = epochs[int(bad.nonzero()[0])]
            self._nan_epoch = first if self._nan_epoch is None else min(self._nan_epoch, first)
            return
        total = losses.mean(dim=(1, 2)).sum()
        self._sums[term] += -total if minimax_g else total

    def take(self) -> tuple[float, float]:
        for term in self._outputs:
            self._fold(term)
        if self._nan_epoch is not None:  # the earliest over the three terms
            epoch, self._nan_epoch = self._nan_epoch, None
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "D's output became NaN at epoch {0}: training diverged; try a lower "
                "learning rate or another preset",
            )
            raise said_error(TrainingError, Said("Errors", said, (epoch,)))
        return super().take()


class BookSteps:
    """The plan's steps (``core.engine.plan.Steps``) for the book's networks; each returns
    D's outputs for an :class:`OutputTally` instead of a loss."""

    def __init__(self, gan: Gan, epoch: Callable[[], int]) -> None:
        """``epoch``: the epoch under way (the plan's)."""
        self.gan = gan
        config = gan.config
        d_linear, g_linear = gan.D[0], gan.G[0]
        # transposed views, made once: Adam updates the weights in place, the views see it
        self.wd, self.bd, self.wdt = d_linear.weight, d_linear.bias, d_linear.weight.t()
        self.wg, self.bg, self.wgt = g_linear.weight, g_linear.bias, g_linear.weight.t()
        betas = (config.beta1, 0.999)
        self.adam_d = Adam([self.wd, self.bd], gan.rate_d, betas)
        self.adam_g = Adam([self.wg, self.bg], gan.rate_g, betas)
        self.ones, self.zeros = gan.ones, gan.zeros
        self.one = torch.ones((), device=gan.device)
        minimax = config.loss == "minimax"  # G's loss is -BCE(D(G(z)), 0)
        self.g_label, self.g_seed = (self.zeros, -self.one) if minimax else (self.ones, self.one)
        self.ls = config.loss not in BCE_LOSSES
        self.half = least_squares_half(config.batch, gan.device)
        self.tally = OutputTally(gan.device, gan.loss, epoch)
        self.apply_schedule = gan.apply_schedule
        # what the steps write into, made once: a book epoch is a few dozen calls on ten-row
        # tensors, and making each call's result (or a view of it) costs about as much as its
        # arithmetic. D's outputs and G's samples stay new tensors (the tally keeps them).
        rows, width = config.batch, self.wg.shape[0]
        # the biases expanded to the batch (views: Adam's in-place updates show through);
        # addmm would expand them at every call
        self.bd_rows, self.bg_rows = self.bd.expand(rows, 1), self.bg.expand(rows, width)
        column = torch.empty((rows, 1), dtype=self.wd.dtype, device=gan.device)
        self._logit, self._logit_grad = column, torch.empty_like(column)
        count = torch.tensor(float(rows), dtype=column.dtype, device=gan.device)
        self._into = (torch.empty_like(column), self._logit_grad, count)
        self._logit_grad_t = self._logit_grad.t()  # the weight's gradient is grad.t() @ x
        self._hidden = column.new_empty((rows, width))  # d loss / d G's output, before ReLU
        self._hidden_grad = torch.empty_like(self._hidden)  # and after
        self._hidden_grad_t = self._hidden_grad.t()
        self._fake_d = torch.empty_like(self._hidden)  # D's fake batch (not kept)
        self._d_grads_out = [torch.empty_like(self.wd), torch.empty_like(self.bd)]
        self._g_grads_out = [torch.empty_like(self.wg), torch.empty_like(self.bg)]

    @property
    def adam_private(self) -> bool:
        """Adam's kernel called directly (``core.engine.fast.kernels``)."""
        return self.adam_d.private and self.adam_g.private

    def _d_grads(self, x: torch.Tensor, label: torch.Tensor) -> tuple[torch.Tensor, list]:
        """D's outputs on ``x`` and the gradients [weight, bias] of its loss against
        ``label`` (written into the same two tensors at every call)."""
        p = torch.sigmoid(torch.addmm(self.bd_rows, x, self.wdt, out=self._logit))
        logit_grad(p, label, self.one, self.half, self.ls, self._into)  # into _logit_grad
        weight, bias = self._d_grads_out
        torch.mm(self._logit_grad_t, x, out=weight)
        torch.sum(self._logit_grad, 0, out=bias)
        return p, self._d_grads_out

    def _fake_for_d(self, z: torch.Tensor) -> torch.Tensor:
        """G's samples from noise ``z`` for D's step, written into one tensor at every call."""
        return torch.addmm(self.bg_rows, z, self.wgt, out=self._fake_d).relu_()

    def _g_update(self, z: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """G's step on noise ``z``: (G's output, D's output on it)."""
        fake = torch.addmm(self.bg_rows, z, self.wgt).relu_()  # (rows, width), kept
        p = torch.sigmoid(torch.addmm(self.bd_rows, fake, self.wdt, out=self._logit))  # D judges
        grad = logit_grad(p, self.g_label, self.g_seed, self.half, self.ls, self._into)
        torch.mm(grad, self.wd, out=self._hidden)
        threshold_backward_into(self._hidden, fake, 0, grad_input=self._hidden_grad)  # ReLU
        weight, bias = self._g_grads_out
        torch.mm(self._hidden_grad_t, z, out=weight)
        torch.sum(self._hidden_grad, 0, out=bias)
        self.adam_g.update(self._g_grads_out)
        return fake, p

    @torch.no_grad()
    def d_step(self, real: bool, fake: bool) -> tuple[torch.Tensor | None, torch.Tensor | None]:
        """One D step on a real batch, a generated one, or both (their gradients summed)."""
        gan, rows = self.gan, self.gan.config.batch
        self.adam_d.lr = gan.rate_d
        p_real = p_fake = None
        if real:
            gan.last_real = gan.real.batch(rows)
            p_real, grads = self._d_grads(gan.last_real, self.ones)
            if fake:  # kept apart: the fake batch's gradients are written where these are
                grads = [g.clone() for g in grads]
        if fake:
            z = gan.noise.take(rows)
            gan.last_fake = torch.addmm(self.bg_rows, z, self.wgt).relu_()  # kept: not a buffer
            p_fake, fake_grads = self._d_grads(gan.last_fake, self.zeros)
            grads = [a + b for a, b in zip(grads, fake_grads)] if real else fake_grads
        self.adam_d.update(grads)
        return p_real, p_fake

    @torch.no_grad()
    def g_step(self, epoch: int) -> torch.Tensor:
        gan = self.gan
        self.adam_g.lr = gan.rate_g
        gan.last_fake, p = self._g_update(gan.noise.take(gan.config.batch))
        gan.average_generator(epoch)
        return p

    def run_epochs(self, plan: Any, until: int, busy: Callable[[], bool]) -> None:
        """The chapter's epochs (D on real, D on fake, G) from ``plan.epoch`` up to ``until``,
        or until ``busy()``, asked before each epoch, says the caller wants the loop.

        Run in inference mode where Adam's state was made beforehand (the kernel's): the same
        kernels on the same tensors, without autograd's bookkeeping on each of an epoch's
        few dozen calls. The latest batches outlive the loop and may meet autograd later
        (slow motion's maths), so they leave it as ordinary tensors; the read-ahead blocks are
        drawn as ordinary tensors too (``core.engine.read_ahead``)."""
        if not self.adam_private:  # torch.optim makes its state at its first step
            with torch.no_grad():
                self._run_epochs(plan, until, busy)
            return
        with torch.inference_mode():
            self._run_epochs(plan, until, busy)
        gan = self.gan
        if gan.last_fake.is_inference():  # G's samples (the real batch is a read-ahead view)
            gan.last_fake = gan.last_fake.clone()
        if gan.last_real.is_inference():
            gan.last_real = gan.last_real.clone()

    def _run_epochs(self, plan: Any, until: int, busy: Callable[[], bool]) -> None:
        """The training loop's hot path, everything it touches bound to local names once."""
        gan, tally = self.gan, self.tally
        rows = gan.config.batch
        real_batch, noise, schedule = gan.real.batch, gan.noise.take, gan.apply_schedule
        average = gan.average_generator if gan.G_ema is not None else None
        adam_d, adam_g, d_grads, g_update = self.adam_d, self.adam_g, self._d_grads, self._g_update
        fake_for_d, ones, zeros = self._fake_for_d, self.ones, self.zeros
        keep = tally.keep_epoch
        # the rates change between calls (a live change is a task the loop runs between them)
        # or, under a schedule, every epoch
        scheduled = gan.config.schedule != "constant"
        adam_d.lr, adam_g.lr = gan.rate_d, gan.rate_g
        epoch = plan.epoch
        while epoch < until and not busy():
            if scheduled:
                schedule(epoch)
                adam_d.lr, adam_g.lr = gan.rate_d, gan.rate_g
            x = real_batch(rows)  # D on real
            p_real, grads = d_grads(x, ones)
            adam_d.update(grads)
            p_fake, grads = d_grads(fake_for_d(noise(rows)), zeros)  # D on fake
            adam_d.update(grads)
            fake, p_g = g_update(noise(rows))  # G
            if average is not None:
                average(epoch)
            keep(p_real, p_fake, p_g, epoch=epoch)
            gan.last_real, gan.last_fake = x, fake
            epoch += 1
            plan.epoch = epoch
