"""Seed sweeps: N seeds of one set-up trained together in one batched pass ("is it luck?").

The networks here are tiny, so a step is per-operation overhead: one batched matrix product
for N seeds costs about what one costs for one seed. Each seed's weights start exactly as a
single run's would (built by ``core.engine.gan.Gan`` from that seed) and are stacked along a
leading seed dimension; every layer becomes a batched product (``baddbmm``), the losses are
summed over seeds (each seed's gradients stay its own: the weights are separate), and Adam is
elementwise, so one optimiser over the stacked tensors is N independent Adams.

Seed s of a sweep is ``patterngan train --seed s`` of the same set-up, batched: its real
batches, its latent noise and its evaluation noise come from that single run's own streams
(``Gan``'s sampler and noise), taken many epochs at a time and stacked (the read-ahead cuts
its draws the same way whatever the request, so the numbers are the single run's). The
weights then differ from the single run's only by float rounding (a batched product adds in
another order), which a chaotic game amplifies slowly: tests pin them equal within float
tolerance after a few hundred epochs.

The steps here are the reference, autograd over the stacked weights. For the book's networks
the fast path (``core.engine.fast``) runs the same epoch with the gradients written out (the
reference's weights bit for bit) and draws the seeds' next batches on a second core.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.engine import fast
from core.engine.codecs import Decoded
from core.engine.config import TrainConfig
from core.engine.errors import TrainingError
from core.engine.gan import Gan
from core.engine.losses import GanLoss
from core.engine.memory import (
    CHUNK_NUMBERS,
    check_fits,
    sweep_block_epochs,
    sweep_blocks_ahead,
)
from core.engine.metrics import Metrics, evaluate_decoded
from core.engine.optim import make_optimizer, set_lr
from core.engine.schedule import average_into, ema_weight, lr_factor
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error
from core.models import LEAKY_SLOPE, GumbelGenerator, HeadSoftmax, PackedDiscriminator

MAX_SEEDS = 256
SWEEP_REPORTS = 20  # reports of a sweep in the window and on the command line
STEP_WAYS = ("auto", "fast", "autograd")


@dataclass(frozen=True)
class SweepReport:
    """Every seed's metrics at one epoch."""

    epoch: int
    epochs: int
    seeds: tuple[int, ...]
    metrics: tuple[Metrics, ...]  # one per seed, in ``seeds`` order
    elapsed: float
    done: bool

    def column(self, name: str) -> np.ndarray:
        return np.array([getattr(m, name) for m in self.metrics], dtype=np.float64)


def _stack_sequential(seqs: list[nn.Sequential]) -> tuple[list[torch.Tensor], Callable]:
    """Stacked parameters of N identical Sequentials and a batched forward over them."""
    params: list[torch.Tensor] = []
    ops: list[Callable[[torch.Tensor], torch.Tensor]] = []
    for layers in zip(*seqs):
        first = layers[0]
        if isinstance(first, nn.Linear):
            w = torch.stack([layer.weight.detach().t() for layer in layers]).contiguous()
            b = torch.stack([layer.bias.detach() for layer in layers]).unsqueeze(1).contiguous()
            w.requires_grad_(True)
            b.requires_grad_(True)
            params += [w, b]
            ops.append(lambda x, w=w, b=b: torch.baddbmm(b, x, w))
        elif isinstance(first, nn.ReLU):
            ops.append(torch.relu)
        elif isinstance(first, nn.LeakyReLU):
            ops.append(lambda x: F.leaky_relu(x, LEAKY_SLOPE))
        elif isinstance(first, nn.Sigmoid):
            ops.append(torch.sigmoid)
        elif isinstance(first, nn.Tanh):
            ops.append(torch.tanh)
        elif isinstance(first, HeadSoftmax):
            heads = list(first.heads)
            ops.append(
                lambda x, heads=heads: torch.cat(
                    [torch.softmax(p, dim=-1) for p in torch.split(x, heads, dim=-1)], dim=-1
                )
            )
        else:
            raise TrainingError(f"a seed sweep cannot batch a {type(first).__name__} layer")

    def forward(x: torch.Tensor) -> torch.Tensor:
        for op in ops:
            x = op(x)
        return x

    return params, forward


class SweepTrainer:
    """N seeds of one config, trained together."""

    def __init__(
        self,
        config: TrainConfig,
        seeds: list[int],
        steps: str = "auto",
        draw_worker: bool | None = None,
    ) -> None:
        """``steps``: "fast" (``core.engine.fast``, the book's networks only), "autograd"
        (the reference), or "auto" (the fast path where it covers the set-up and is on).
        ``draw_worker``: draw the next block of batches on a worker thread (default: where
        there is a second core and the fast paths are on; ``core.engine.fast.prefetch``)."""
        if steps not in STEP_WAYS:
            raise ValueError(f"steps must be one of {STEP_WAYS}, got {steps!r}")
        if not 1 <= len(seeds) <= MAX_SEEDS or len(set(seeds)) != len(seeds):
            raise ValueError(f"seeds: between 1 and {MAX_SEEDS} different seeds")
        self.pattern, self.codec = config.validate()
        check_fits(config, self.pattern, self.codec, seeds=len(seeds))  # before any tensor
        if config.loss == "wgan-gp":
            raise ValueError(
                "loss: a sweep does not batch wgan-gp's gradient penalty across seeds; "
                "sweep another loss, or train its seeds one by one"
            )
        self.config = config.replace(device="cpu")
        self.seeds = tuple(seeds)
        device = torch.device("cpu")
        gans = [Gan(self.config.replace(seed=s), self.pattern, self.codec, device) for s in seeds]
        self.n = len(seeds)
        # each seed's own streams: its single run's real batches and latent noise
        self._reals = [g.real for g in gans]
        self._noises = [g.noise for g in gans]
        self.latent = gans[0].latent_size
        self.probability = gans[0].d_outputs_probability
        # every loss is a mean over the seeds' samples: times n, each seed's own loss summed
        self.loss = GanLoss(config.loss, self.probability)
        g0, d0 = gans[0].G, gans[0].D
        if isinstance(g0, GumbelGenerator):
            self.code, self.heads, self.tau = g0.code, list(g0.heads), g0.tau
            g_params, self._g_net = _stack_sequential([g.G.net for g in gans])
            self.g_bias = torch.stack([g.G.bias.detach() for g in gans]).unsqueeze(1).contiguous()
            self.g_bias.requires_grad_(True)
            g_params.append(self.g_bias)
            self._g = self._gumbel_forward
        else:
            g_params, self._g = _stack_sequential([g.G for g in gans])
        if isinstance(d0, PackedDiscriminator):
            self.pack = d0.pack
            d_params, d_net = _stack_sequential([g.D.net for g in gans])
            self._d = lambda x: d_net(x.reshape(self.n, x.shape[1] // self.pack, -1))
        else:
            self.pack = 1
            d_params, self._d = _stack_sequential([g.D for g in gans])
        self.g_params, self.d_params = g_params, d_params
        self.ema = [p.detach().clone() for p in g_params] if config.ema > 0 else None
        rows = config.batch // self.pack
        self.ones = torch.ones(self.n, rows, 1)
        self.zeros = torch.zeros(self.n, rows, 1)
        # an epoch takes k real batches and k + 1 noise batches per seed (k D steps, one G)
        self._k = config.d_steps
        per_epoch = (
            self.n * config.batch * (self._k * self.codec.width + (self._k + 1) * self.latent)
        )
        self._block_epochs = sweep_block_epochs(per_epoch)
        self._real_block = self._noise_block = torch.zeros(0)
        self._block_at = 0  # next epoch of the blocks to hand out
        self._taken = {"real": 0, "noise": 0}  # batches taken in the current epoch
        block_bytes = self._block_epochs * per_epoch * 4  # float32
        self._blocks = fast.drawn_ahead(
            self._draw_block, draw_worker, sweep_blocks_ahead(block_bytes)
        )
        # each seed's single-run evaluation noise, stacked: (n, eval_samples, latent)
        self.eval_noise = torch.stack([g.eval_noise for g in gans])
        del gans  # their networks are copied into the stacks above
        why_not = fast.covers(self.config, device)
        if steps == "fast" and why_not is not None:
            raise ValueError(f"steps: the fast path does not cover {why_not}")
        # the fast path keeps its own optimiser state; the reference's is built otherwise
        self._fast = fast.sweep_steps(self) if steps != "autograd" else None
        if steps == "fast" and self._fast is None:
            raise ValueError(f"steps: the fast path is off ({fast.DISABLE_ENV})")
        if self._fast is None:
            # Adam, SGD and RMSprop are elementwise: one over the stacked weights is N of them
            self.opt_d = make_optimizer(
                config.optimizer, d_params, config.lr_d, config.beta1, config.momentum
            )
            self.opt_g = make_optimizer(
                config.optimizer, g_params, config.lr_g, config.beta1, config.momentum
            )
        self.epoch = 0
        self.elapsed = 0.0

    # -- the networks ----------------------------------------------------------------------
    def _gumbel_forward(self, z: torch.Tensor) -> torch.Tensor:
        logits = self.g_bias
        if self.code > 0:
            logits = logits + self._g_net(z[..., : self.code])
        u = 0.5 * (1.0 + torch.erf(z[..., self.code :] / math.sqrt(2.0)))
        y = (logits - torch.log(-torch.log(u.clamp(1e-7, 1.0 - 1e-7)))) / self.tau
        train = torch.is_grad_enabled()
        outs = []
        for part in torch.split(y, self.heads, dim=-1):
            hard = torch.zeros_like(part).scatter_(-1, part.argmax(dim=-1, keepdim=True), 1.0)
            if train:
                soft = torch.softmax(part, dim=-1)
                hard = hard - soft.detach() + soft
            outs.append(hard)
        return torch.cat(outs, dim=-1)

    def _draw_block(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The next ``_block_epochs`` epochs of every seed's batches, stacked so that one
        step's real batches for all seeds are one contiguous (n, batch, width) slice, and an
        epoch's noise for all seeds one (n, (k + 1) * batch, latent) slice (seed after seed:
        each seed's noise is drawn straight into its place, ``LatentNoise.fill``, instead of
        drawn and copied, which took a third of the drawing core's time)."""
        e, k, b = self._block_epochs, self._k, self.config.batch
        real = torch.stack(
            [r.batch(e * k * b).view(e, k, b, -1) for r in self._reals], dim=2
        )  # (e, k, n, batch, width)
        rows = (k + 1) * b
        noise = torch.empty(self.n, e, rows, self.latent)  # (n, e, (k + 1) * batch, latent)
        for z, place in zip(self._noises, noise):
            z.fill(place.view(e * rows, self.latent))
        return real, noise

    def _epoch_batches(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The epoch under way's real batches (k, n, batch, width) and noise."""
        if self._block_at >= len(self._real_block):  # both blocks end together
            self._real_block, self._noise_block = self._blocks.next()
            self._block_at = 0
        return self._real_block[self._block_at], self._noise_block[:, self._block_at]

    def _next(self, which: str) -> torch.Tensor:
        """Every seed's next ``which`` batch ("real" or "noise") of the epoch under way, as
        one (n, batch, width) slice of the current block."""
        reals, noise = self._epoch_batches()
        t = self._taken[which]
        self._taken[which] += 1
        if which == "real":
            return reals[t]
        b = self.config.batch
        return noise[:, t * b : (t + 1) * b]

    def close(self) -> None:
        """Stop drawing ahead (the worker thread ends); training can still go on."""
        self._blocks.close()

    # -- steps -------------------------------------------------------------------------------
    def _d_step(self, real: bool, fake: bool) -> None:
        loss = None
        if real:
            batch = self._next("real")
            loss = self.loss.d_real(self._d(batch), self.ones) * self.n
        if fake:
            with torch.no_grad():
                generated = self._g(self._next("noise"))
            term = self.loss.d_fake(self._d(generated), self.zeros) * self.n
            loss = term if loss is None else loss + term
        self.opt_d.zero_grad()
        loss.backward()
        self.opt_d.step()

    def _g_step(self) -> None:
        generated = self._g(self._next("noise"))
        for p in self.d_params:
            p.requires_grad_(False)
        try:
            loss = self.loss.g(self._d(generated), self.ones, self.zeros) * self.n
        finally:
            for p in self.d_params:
                p.requires_grad_(True)
        self.opt_g.zero_grad()
        loss.backward()
        self.opt_g.step()

    @torch.enable_grad()  # autograd's steps need it, whatever the caller left on
    def _autograd_epoch(self, lr_d: float, lr_g: float) -> None:
        c = self.config
        set_lr(self.opt_d, lr_d)
        set_lr(self.opt_g, lr_g)
        for _ in range(c.d_steps):
            if c.book_steps:
                self._d_step(True, False)
                self._d_step(False, True)
            else:
                self._d_step(True, True)
        self._g_step()

    def step_epoch(self) -> None:
        c = self.config
        factor = lr_factor(c, self.epoch)
        if self._fast is not None:
            self._fast.run_epoch(*self._epoch_batches(), c.lr_d * factor, c.lr_g * factor)
        else:
            self._autograd_epoch(c.lr_d * factor, c.lr_g * factor)
        if self.ema is not None:
            average_into(self.ema, self.g_params, ema_weight(c, self.epoch))
        self.epoch += 1
        self._block_at += 1
        self._taken = {"real": 0, "noise": 0}

    def train_epochs(self, until: int, stop: Callable[[], bool] | None = None) -> None:
        """Epochs up to ``until``, or until ``stop()``, asked before each epoch, says so."""
        while self.epoch < until:
            if stop is not None and stop():
                return
            self.step_epoch()

    # -- reports -------------------------------------------------------------------------------
    @torch.no_grad()
    def evaluate(self, samples: int | None = None) -> tuple[Metrics, ...]:
        """Each seed's metrics on its evaluation noise (the weight average when EMA is on),
        over slices of samples as a single run's (``CHUNK_NUMBERS`` outputs a seed at once)."""
        noise = self.eval_noise if samples is None else self.eval_noise[:, :samples]
        rows = max(1, CHUNK_NUMBERS // self.codec.width)
        if self.ema is not None:
            live = [p.detach().clone() for p in self.g_params]
            for p, avg in zip(self.g_params, self.ema):
                p.copy_(avg)
        try:
            parts = [self._decode(part) for part in noise.split(rows, dim=1)]
        finally:
            if self.ema is not None:
                for p, saved in zip(self.g_params, live):
                    p.copy_(saved)
        return tuple(
            evaluate_decoded(
                np.concatenate([part[i].numbers for part in parts]),
                np.concatenate([part[i].decisive for part in parts]),
                self.pattern,
                self.codec.R,
            )
            for i in range(self.n)
        )

    def _decode(self, noise: torch.Tensor) -> list[Decoded]:
        """Each seed's decoded outputs on ``noise`` (n, rows, latent)."""
        if self._fast is not None:  # the book's G: by columns, as a single run evaluates it
            both = self.codec.decode_columns(self._fast.outputs_by_columns(noise))
            return [Decoded(both.numbers[i], both.decisive[i]) for i in range(self.n)]
        outputs = self._g(noise)
        return [self.codec.decode(outputs[i]) for i in range(self.n)]

    def reports(self, every: int, stop: Callable[[], bool] | None = None) -> Iterator[SweepReport]:
        """Train to the planned epochs, every seed at once; a report every ``every`` epochs
        (on a fifth of the evaluation samples, the last on all of them)."""
        epochs = self.config.epochs
        quick = max(1, self.config.eval_samples // 5)
        try:
            while self.epoch < epochs:
                started = time.perf_counter()
                target = min(epochs, (self.epoch // every + 1) * every)
                try:
                    self.train_epochs(target, stop)
                except RuntimeError as exc:
                    said = QT_TRANSLATE_NOOP("Errors", "the sweep failed at epoch {0}: {1}")
                    said = Said("Errors", said, (self.epoch, exc))
                    raise said_error(TrainingError, said) from exc
                self.elapsed += time.perf_counter() - started
                done = self.epoch >= epochs or (stop is not None and stop())
                metrics = self.evaluate(None if done else quick)
                yield SweepReport(self.epoch, epochs, self.seeds, metrics, self.elapsed, done)
                if done:
                    return
        finally:
            self.close()  # the worker drawing ahead ends with the reports


def report_interval(config: TrainConfig, reports: int = SWEEP_REPORTS) -> int:
    """Epochs between a sweep's reports: ``reports`` over the run (a lab's check reports
    every ``report_every`` instead, to find the epoch a goal is met at)."""
    return max(1, config.epochs // reports)


def sweep(config: TrainConfig, seeds: list[int], every: int | None = None) -> list[SweepReport]:
    """Train a sweep to the end; its reports (for scripts, tests and the CLI)."""
    trainer = SweepTrainer(config, seeds)
    return list(trainer.reports(every or report_interval(config)))
