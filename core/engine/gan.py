"""The GAN's mathematics, the reference way: the two networks, their optimisers and loss, and
one D or G step with autograd, written like the chapter's loop.

Nothing here knows about epochs, reports or threads: :class:`core.engine.plan.StepPlan` decides
which step runs when, :mod:`core.engine.reports` turns the state into reports, and
:class:`core.engine.trainer.Trainer` puts them together. The book preset computes exactly what
the chapter's loop computes (tested bit for bit against it). The fast path for the book's
networks (``core.engine.fast``) runs the same steps on this object's networks and batches.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable

import numpy as np
import torch
from torch import nn

from core.engine.codecs import Codec, Decoded
from core.engine.config import TrainConfig
from core.engine.data import RealSampler
from core.engine.losses import GanLoss
from core.engine.memory import CHUNK_NUMBERS  # the estimate counts the same slices
from core.engine.metrics import Metrics, evaluate, evaluate_decoded
from core.engine.noise import LatentNoise, draw_noise
from core.engine.optim import make_optimizer, set_lr
from core.engine.patterns import Pattern
from core.engine.schedule import average_into, ema_weight, lr_factor
from core.models import PackedDiscriminator, build_discriminator, build_generator


class Gan:
    """G, D, their optimisers and data for one validated config, on one device."""

    def __init__(
        self, config: TrainConfig, pattern: Pattern, codec: Codec, device: torch.device
    ) -> None:
        self.config, self.pattern, self.codec, self.device = config, pattern, codec, device
        self.latent_size = config.latent_size(codec)
        width = codec.width
        # Weights from the config's seed alone, whatever the global RNG state is.
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(config.seed)
            self.G = build_generator(
                config.generator,
                config.latent,
                list(codec.heads),
                config.g_hidden,
                config.tau,
                config.activation,
            ).to(device)
            self.D = build_discriminator(
                config.generator == "book", width, config.pack, config.d_hidden, config.activation
            ).to(device)
        self.G_ema = copy.deepcopy(self.G).requires_grad_(False) if config.ema > 0 else None
        self.d_outputs_probability = config.generator == "book"  # book D ends in Sigmoid
        self.loss = GanLoss(config.loss, self.d_outputs_probability)
        # the learning rates a user set (``set_rates`` changes them while the run goes on) and
        # the rates the steps use now: those times the schedule's factor
        self.lr_d, self.lr_g = config.lr_d, config.lr_g
        self.rate_d, self.rate_g = config.lr_d, config.lr_g
        self.noise = LatentNoise(self.latent_size, config.seed, device, config.noise)
        self.real = RealSampler(
            pattern, codec, config.sampling, np.random.default_rng(config.seed), device
        )
        rows = config.batch // config.pack
        self.ones = torch.ones(rows, 1, device=device)
        self.zeros = torch.zeros(rows, 1, device=device)
        # Fixed evaluation noise, from its own stream so evaluating never changes training.
        eval_gen = torch.Generator(device=device)
        eval_gen.manual_seed(config.seed + 1)
        self.eval_noise = draw_noise(
            config.noise, (config.eval_samples, self.latent_size), eval_gen, device
        )
        # WGAN-GP's points between real and fake, from the run's own stream
        self.mix = torch.Generator(device=device)
        self.mix.manual_seed(config.seed + 2)
        self._table = codec.encode_table().to(device)
        self.last_real = torch.zeros(0, width, device=device)  # the latest batches (slow motion)
        self.last_fake = torch.zeros(0, width, device=device)

    # built when a step first needs them: the fast path keeps its own optimiser state
    @functools.cached_property
    def opt_d(self) -> torch.optim.Optimizer:
        c = self.config
        return make_optimizer(c.optimizer, self.D.parameters(), self.rate_d, c.beta1, c.momentum)

    @functools.cached_property
    def opt_g(self) -> torch.optim.Optimizer:
        c = self.config
        return make_optimizer(c.optimizer, self.G.parameters(), self.rate_g, c.beta1, c.momentum)

    @property
    def generator(self) -> nn.Module:
        """The generator to sample and save: the weight average when EMA is on."""
        return self.G_ema if self.G_ema is not None else self.G

    # -- steps (grad mode switched on for themselves: a script that turned it off still
    # trains) -------------------------------------------------------------------------------
    @torch.enable_grad()
    def d_step(self, real: bool, fake: bool) -> tuple[torch.Tensor | None, torch.Tensor | None]:
        """One D step on a real batch (label 1), a generated one (label 0) or both together;
        returns the (real, fake) loss terms, detached (None for a term not in the step)."""
        batch = self.config.batch
        real_loss = fake_loss = None
        if real:
            self.last_real = self.real.batch(batch)
            real_loss = self.loss.d_real(self.D(self.last_real), self.ones)
        if fake:
            with torch.no_grad():
                generated = self.G(self.noise.take(batch))
            fake_loss = self.loss.d_fake(self.D(generated), self.zeros)
            self.last_fake = generated
            if real:  # WGAN-GP's penalty, counted in the fake term (None for other losses)
                penalty = self.loss.penalty(
                    self.D, self.last_real, generated, self.config.pack, self.mix
                )
                if penalty is not None:
                    fake_loss = fake_loss + penalty
        if real_loss is not None and fake_loss is not None:
            loss = real_loss + fake_loss
        else:
            loss = real_loss if real_loss is not None else fake_loss
        self.opt_d.zero_grad()
        loss.backward()
        self.opt_d.step()
        return (
            None if real_loss is None else real_loss.detach(),
            None if fake_loss is None else fake_loss.detach(),
        )

    @torch.enable_grad()
    def g_step(self, epoch: int) -> torch.Tensor:
        """One G step: a generated batch that G wants D to label 1; returns the loss."""
        generated = self.G(self.noise.take(self.config.batch))
        # D's gradients are not needed here (the chapter computes them, then zeroes them
        # before D's next step): skipping them changes no weight
        self.D.requires_grad_(False)
        try:
            loss = self.loss.g(self.D(generated), self.ones, self.zeros)
        finally:
            self.D.requires_grad_(True)
        self.opt_g.zero_grad()
        loss.backward()
        self.opt_g.step()
        self.last_fake = generated.detach()
        self.average_generator(epoch)
        return loss.detach()

    def average_generator(self, epoch: int) -> None:
        """EMA: move the weight average towards G after a G step (nothing when EMA is off)."""
        if self.G_ema is not None:
            average_into(
                self.G_ema.parameters(), self.G.parameters(), ema_weight(self.config, epoch)
            )

    def apply_schedule(self, epoch: int) -> None:
        """Set both learning rates for ``epoch`` (``core.engine.schedule``)."""
        if self.config.schedule != "constant":
            factor = lr_factor(self.config, epoch)
            self._use_rates(self.lr_d * factor, self.lr_g * factor)

    def set_rates(self, lr_d: float | None = None, lr_g: float | None = None) -> None:
        """New learning rates from the next step on (the schedule scales them from then)."""
        if lr_d is not None:
            self.lr_d = lr_d
        if lr_g is not None:
            self.lr_g = lr_g
        self._use_rates(
            self.rate_d if lr_d is None else lr_d, self.rate_g if lr_g is None else lr_g
        )

    def _use_rates(self, rate_d: float, rate_g: float) -> None:
        self.rate_d, self.rate_g = rate_d, rate_g
        for name, rate in (("opt_d", rate_d), ("opt_g", rate_g)):
            if name in self.__dict__:  # built already (cached_property)
                set_lr(self.__dict__[name], rate)

    # -- what reports read -------------------------------------------------------------
    @torch.no_grad()
    def d_view_of(self, discriminator: nn.Module) -> np.ndarray:
        """D's "real" probability for the encoding of every integer in [0, R).

        A PacGAN D judges ``pack`` samples at once, so each integer is shown to it as a pack
        of copies of itself.
        """
        pack, table = self.config.pack, self._table
        folded = _folded_pack(discriminator, pack)
        if folded is not None:  # the pack's copies summed into the first layer: pack x less
            rows = max(1, CHUNK_NUMBERS // self.codec.width)
            return self._d_view_out(
                [folded(part) for part in (table.split(rows) if len(table) > rows else (table,))]
            )
        # wide encodings in slices: R integers x pack copies x width at once grows as R^2
        rows = max(1, CHUNK_NUMBERS // (pack * self.codec.width))
        return self._d_view_out(
            [
                discriminator(part.repeat_interleave(pack, dim=0)).reshape(-1)
                for part in (table.split(rows) if len(table) > rows else (table,))
            ]
        )

    def _d_view_out(self, outs: list[torch.Tensor]) -> np.ndarray:
        out = outs[0] if len(outs) == 1 else torch.cat(outs)
        prob = out if self.d_outputs_probability else torch.sigmoid(out)
        return prob.double().cpu().numpy()

    @torch.no_grad()
    def metrics_of(self, generator: nn.Module) -> Metrics:
        """Metrics of ``generator`` on the fixed evaluation noise (wide outputs decoded in
        slices, so memory does not grow with samples x width)."""
        noise, codec = self.eval_noise, self.codec
        rows = max(1, CHUNK_NUMBERS // codec.width)
        decode = _column_decoder(generator, codec)
        if decode is None and len(noise) <= rows:
            return evaluate(generator(noise), codec, self.pattern)
        parts = [(decode or _row_decoder(generator, codec))(part) for part in noise.split(rows)]
        numbers = np.concatenate([p.numbers for p in parts])
        decisive = np.concatenate([p.decisive for p in parts])
        return evaluate_decoded(numbers, decisive, self.pattern, codec.R)

    @torch.no_grad()
    def score(self, outputs: torch.Tensor) -> torch.Tensor:
        """D's "real" probability for each of G's outputs (a probe; packs as D needs)."""
        out = self.D(outputs).reshape(-1)
        return out if self.d_outputs_probability else torch.sigmoid(out)


def _folded_pack(
    discriminator: nn.Module, pack: int
) -> Callable[[torch.Tensor], torch.Tensor] | None:
    """D's output on packs of ``pack`` copies of each row, for a PacGAN D whose first layer
    is Linear: that layer on a pack of copies is the sum of its ``pack`` column blocks applied
    to one copy, so the blocks are summed once and the rows never repeated (D's view of a
    wide range was most of a report's time). The same function up to float rounding (the sums are taken in another
    order; tested within 1e-5). None for any other D."""
    if pack <= 1 or not isinstance(discriminator, PackedDiscriminator):
        return None
    net = discriminator.net
    first = net[0]
    if not isinstance(first, nn.Linear):
        return None
    weight = first.weight.reshape(first.out_features, pack, -1).sum(dim=1)
    rest = net[1:]

    def folded(rows: torch.Tensor) -> torch.Tensor:
        return rest(torch.nn.functional.linear(rows, weight, first.bias)).reshape(-1)

    return folded


def _row_decoder(generator: nn.Module, codec: Codec) -> Callable[[torch.Tensor], Decoded]:
    return lambda noise: codec.decode(generator(noise))


def _column_decoder(generator: nn.Module, codec: Codec) -> Callable[[torch.Tensor], Decoded] | None:
    """For a generator ending in Linear + ReLU (the book's, and every ``book``-kind G): its
    last layer computed transposed, ``relu(b + W @ h.T)``, one sample per column, and decoded
    by columns (``Codec.decode_columns``). A report's evaluation is most of its cost, and the
    same product with the operands swapped is faster for few outputs, and argmax over
    contiguous rows vectorises.
    None for any other generator."""
    if not (
        isinstance(generator, nn.Sequential)
        and len(generator) >= 2
        and isinstance(generator[-2], nn.Linear)
        and generator[-2].bias is not None
        and isinstance(generator[-1], nn.ReLU)
    ):
        return None
    body, last = generator[:-2], generator[-2]
    bias = last.bias.unsqueeze(1)

    def decode(noise: torch.Tensor) -> Decoded:
        hidden = body(noise) if len(body) else noise
        return codec.decode_columns(torch.relu(torch.addmm(bias, last.weight, hidden.t())))

    return decode
