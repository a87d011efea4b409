"""The training loop, as a plain iterator of frozen reports.

``Trainer(config).reports(control)`` trains and yields a :class:`Report` every
``report_every`` epochs and at the end (each handed over a few epochs after the epoch it
describes: its metrics are finished on a helper thread while training goes on). Reports hold
numpy arrays and Python numbers only, never live tensors, so a GUI thread can keep them while
the worker goes on. Stop and pause are
checked between steps through a :class:`RunControl` (plain ``threading.Event`` flags: the core
knows nothing of Qt). Single steps (D on real, D on fake, G, a whole epoch) are public too, for
stepping by hand.

One "epoch" is one batch, as in the chapter. With ``book_steps`` an epoch is the chapter's
three optimiser steps (D on real, a separate D on fake, G); otherwise one D step on real and
fake together, then one G step (pytorch/examples dcgan).
"""

from __future__ import annotations

import contextlib
import copy
import math
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.engine.backprop import backward
from core.engine.codecs import Codec
from core.engine.config import TrainConfig
from core.engine.data import RealSampler
from core.engine.metrics import Metrics, evaluate
from core.models import build_discriminator, build_generator, direct_forward
from core.engine.noise import LatentNoise
from core.engine.optim import LeanAdam
from core.engine.patterns import Pattern

SAMPLES_SHOWN = 10  # numbers per report, as the chapter prints them
STEP_KINDS = ("d_real", "d_fake", "d", "g", "epoch")


class TrainingError(RuntimeError):
    """Training cannot go on (a NaN loss, a device failure); the message says why."""


class RunControl:
    """Flags a controller (GUI worker, CLI) sets and the trainer checks between steps."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()

    def stop(self) -> None:
        self._stop.set()
        self._resume.set()  # a paused run must wake up to see the stop

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def wait_if_paused(self) -> None:
        while not self._resume.wait(0.1):
            pass


@dataclass(frozen=True)
class Report:
    """What the trainer says every ``report_every`` epochs. Plain data, safe to keep."""

    epoch: int  # epochs completed
    epochs: int  # epochs planned
    d_loss: float  # mean D loss per epoch over the interval (real + fake), NaN if no D step
    g_loss: float  # mean G loss per epoch over the interval, NaN if no G step
    samples: np.ndarray  # int64 (10,): the latest generated numbers (argmax decoding)
    samples_decisive: np.ndarray  # bool (10,): whether each of them was decisive
    sample_outputs: np.ndarray  # float32 (10, width): G's raw outputs for them
    metrics: Metrics  # on config.eval_samples fresh samples
    d_view: np.ndarray  # float64 (R,): D's "real" probability for every integer
    elapsed: float  # seconds of training so far (pauses excluded)
    epochs_per_second: float  # over the interval
    done: bool  # the last report of the run (finished or stopped)
    stopped: bool  # the run was stopped before its planned epochs

    def samples_text(self) -> str:
        """The latest numbers as the chapter prints them; an undecided one gets a '?'."""
        return format_samples(self.samples, self.samples_decisive)


def format_samples(numbers: np.ndarray, decisive: np.ndarray) -> str:
    items = [f"{int(n)}" + ("" if ok else "?") for n, ok in zip(numbers, decisive)]
    return "[" + ", ".join(items) + "]"


@dataclass(frozen=True)
class DeviceChoice:
    """The device a run trains on, and why (the GUI's status-bar tooltip, the CLI's header)."""

    device: torch.device
    reason: str


PROBE_SECONDS = 0.25  # auto: timed epochs per device (after a warm-up), once per set-up
_auto_choices: dict[TrainConfig, DeviceChoice] = {}


def resolve_device(config: TrainConfig) -> DeviceChoice:
    """The device for ``config.device``; a clear error when CUDA is asked for but absent.

    "auto" measures rather than guesses: these models are tiny, so a step is mostly
    per-operation overhead (Python and dispatch on the CPU; the same plus kernel launches on a
    GPU), and which side wins depends on the batch, the widths and the step mix. With a CUDA
    device present, auto times a short burst of this set-up's own epochs on each
    (``PROBE_SECONDS``) and trains on the faster; the result is kept for the session.
    """
    if config.device == "cpu":
        return DeviceChoice(torch.device("cpu"), "CPU, as chosen")
    if config.device == "cuda":
        if not torch.cuda.is_available():
            raise TrainingError(
                "device cuda: CUDA is not available on this machine "
                f"(torch {torch.__version__}); choose cpu or auto"
            )
        return DeviceChoice(torch.device("cuda"), f"CUDA ({_gpu_name()}), as chosen")
    if config.device != "auto":
        raise ValueError(f"device: must be auto, cpu or cuda, got {config.device!r}")
    if not torch.cuda.is_available():
        return DeviceChoice(
            torch.device("cpu"), f"auto: CPU, the only device this torch {torch.__version__} sees"
        )
    # the seed, length and reporting do not change an epoch's cost
    key = config.replace(seed=0, epochs=1, report_every=1, device="auto")
    if key not in _auto_choices:
        cpu = epochs_per_second(config.replace(device="cpu"))
        gpu = epochs_per_second(config.replace(device="cuda"))
        winner = "CUDA" if gpu > cpu else "CPU"
        _auto_choices[key] = DeviceChoice(
            torch.device(winner.lower()),
            f"auto: {winner}, measured for this set-up: {gpu:,.0f} epochs/s on CUDA "
            f"({_gpu_name()}) vs {cpu:,.0f} on the CPU",
        )
    return _auto_choices[key]


def _gpu_name() -> str:
    return torch.cuda.get_device_name(torch.cuda.current_device())


def epochs_per_second(config: TrainConfig, seconds: float = PROBE_SECONDS) -> float:
    """Training epochs per second of ``config`` on its (explicit) device, timed for about
    ``seconds`` after a warm-up; no reports (what auto compares)."""
    trainer = Trainer(config)
    cuda = trainer.device.type == "cuda"
    with trainer._training_errors():
        for _ in range(20):  # warm-up: first-call allocations, kernel selection
            trainer.step_epoch()
        if cuda:
            torch.cuda.synchronize()
        started, epochs, elapsed = time.perf_counter(), 0, 0.0
        while elapsed < seconds:
            for _ in range(10):
                trainer.step_epoch()
            epochs += 10
            if cuda:  # steps are asynchronous: only a synchronised clock counts them
                torch.cuda.synchronize()
            elapsed = time.perf_counter() - started
    return epochs / elapsed


class Trainer:
    """One GAN training run for a validated config."""

    def __init__(self, config: TrainConfig) -> None:
        self.pattern: Pattern
        self.codec: Codec
        self.pattern, self.codec = config.validate()
        self.config = config
        self.device_choice = resolve_device(config)
        self.device = self.device_choice.device
        self.latent_size = config.latent_size(self.codec)
        heads = list(self.codec.heads)
        width = self.codec.width

        # Weights from the config's seed alone, whatever the global RNG state is.
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(config.seed)
            self.G = build_generator(
                config.generator, config.latent, heads, config.g_hidden, config.tau
            ).to(self.device)
            self.D = build_discriminator(
                config.generator == "book", width, config.pack, config.d_hidden
            ).to(self.device)
        self.G_ema = copy.deepcopy(self.G).requires_grad_(False) if config.ema > 0 else None
        self._d_outputs_probability = config.generator == "book"  # book D ends in Sigmoid
        self.loss_fn = (
            F.binary_cross_entropy
            if self._d_outputs_probability
            else F.binary_cross_entropy_with_logits
        )
        # the training steps call the layers directly (see models.direct_forward)
        self._d_forward = direct_forward(self.D)
        self._g_forward = direct_forward(self.G)
        betas = (config.beta1, 0.999)
        self.opt_d = LeanAdam(self.D.parameters(), config.lr_d, betas)
        self.opt_g = LeanAdam(self.G.parameters(), config.lr_g, betas)

        self.noise = LatentNoise(self.latent_size, config.seed, self.device)
        self.real = RealSampler(
            self.pattern,
            self.codec,
            config.sampling,
            np.random.default_rng(config.seed),
            self.device,
        )
        rows = config.batch // config.pack
        self._ones = torch.ones(rows, 1, device=self.device)
        self._zeros = torch.zeros(rows, 1, device=self.device)
        # Fixed evaluation noise, from its own stream so evaluating never changes training.
        eval_gen = torch.Generator(device=self.device)
        eval_gen.manual_seed(config.seed + 1)
        self._eval_noise = torch.randn(
            config.eval_samples, self.latent_size, generator=eval_gen, device=self.device
        )
        self._table = self.codec.encode_table().to(self.device)

        self.epoch = 0
        self.phase = 0  # steps of the current epoch already run one by one (slow motion)
        self.elapsed = 0.0
        self._last_fake = torch.zeros(0, width, device=self.device)
        self._last_real = torch.zeros(0, width, device=self.device)
        self._d_sum = torch.zeros((), device=self.device)
        self._g_sum = torch.zeros((), device=self.device)
        self._d_count = 0
        self._g_count = 0
        self._copies: tuple[nn.Module, nn.Module] | None = None  # see _weights_copy

    @contextlib.contextmanager
    def _training_errors(self) -> Iterator[None]:
        """Turn torch's runtime failures inside steps into a TrainingError in plain words,
        naming the epoch that failed (read when it fails, so one block can cover many)."""
        try:
            yield
        except torch.cuda.OutOfMemoryError:
            raise TrainingError(
                f"the GPU ran out of memory at epoch {self.epoch}; use a smaller batch or the CPU"
            ) from None
        except RuntimeError as exc:
            if "between 0 and 1" in str(exc):  # BCELoss refuses NaN probabilities
                raise TrainingError(
                    f"D's output became NaN at epoch {self.epoch}: training diverged; "
                    "try a lower learning rate or another preset"
                ) from None
            raise TrainingError(f"training failed at epoch {self.epoch}: {exc}") from exc

    # -- the generator people use ------------------------------------------------------
    @property
    def generator(self) -> nn.Module:
        """The generator to sample and save: the weight average when EMA is on."""
        return self.G_ema if self.G_ema is not None else self.G

    def _z(self, n: int) -> torch.Tensor:
        return self.noise.take(n)

    # -- single steps ------------------------------------------------------------------
    def _d_step(self, real: bool, fake: bool) -> torch.Tensor:
        batch = self.config.batch
        losses = []
        if real:
            self._last_real = self.real.batch(batch)
            losses.append(self.loss_fn(self._d_forward(self._last_real), self._ones))
        if fake:
            with torch.no_grad():
                generated = self._g_forward(self._z(batch))
            losses.append(self.loss_fn(self._d_forward(generated), self._zeros))
            self._last_fake = generated
        loss = losses[0] if len(losses) == 1 else losses[0] + losses[1]
        self.opt_d.zero_grad()
        backward(loss)
        self.opt_d.step()
        return loss.detach()

    def step_d_real(self) -> torch.Tensor:
        """One D step on a real batch labelled 1."""
        return self._d_step(real=True, fake=False)

    def step_d_fake(self) -> torch.Tensor:
        """One D step on a generated batch labelled 0."""
        return self._d_step(real=False, fake=True)

    def step_d(self) -> torch.Tensor:
        """One D step on a real and a generated batch together."""
        return self._d_step(real=True, fake=True)

    def step_g(self) -> torch.Tensor:
        """One G step: a generated batch that G wants D to label 1."""
        generated = self._g_forward(self._z(self.config.batch))
        # D's gradients are not needed here (the chapter computes them, then zeroes them
        # before D's next step): skipping them changes no weight and saves a third of the
        # backward pass.
        for p in self.opt_d.params:  # the list, not D.parameters(): walking modules is slow
            p.requires_grad_(False)
        try:
            loss = self.loss_fn(self._d_forward(generated), self._ones)
        finally:
            for p in self.opt_d.params:
                p.requires_grad_(True)
        self.opt_g.zero_grad()
        backward(loss)
        self.opt_g.step()
        self._last_fake = generated.detach()
        if self.G_ema is not None:
            # before ema_start the average simply follows G; afterwards it averages
            started = self.epoch >= self.config.ema_start * self.config.epochs
            weight = 1.0 - self.config.ema if started else 1.0
            with torch.no_grad():
                for avg, p in zip(self.G_ema.parameters(), self.G.parameters()):
                    avg.lerp_(p, weight)
        return loss.detach()

    @property
    def epoch_phases(self) -> tuple[str, ...]:
        """The steps one epoch is made of, in order."""
        return ("d_real", "d_fake", "g") if self.config.book_steps else ("d", "g")

    def _apply_schedule(self) -> None:
        if self.config.schedule == "cosine":
            factor = 0.5 * (1.0 + math.cos(math.pi * self.epoch / self.config.epochs))
            self.opt_d.lr = self.config.lr_d * factor
            self.opt_g.lr = self.config.lr_g * factor

    def step_epoch(self) -> None:
        """One epoch: the chapter's three steps, or one D step and one G step.

        If slow motion has run part of the epoch, only the remaining steps run.
        """
        if self.phase:
            while self.phase:
                self._run_phase()
            return
        self._apply_schedule()
        if self.config.book_steps:
            d = self.step_d_real() + self.step_d_fake()  # the chapter's dloss sums both
        else:
            d = self.step_d()
        g = self.step_g()
        self._d_sum += d
        self._g_sum += g
        self._d_count += 1
        self._g_count += 1
        self.epoch += 1

    def _run_phase(self) -> str:
        phases = self.epoch_phases
        kind = phases[self.phase]
        if self.phase == 0:
            self._apply_schedule()
        loss = {
            "d_real": self.step_d_real,
            "d_fake": self.step_d_fake,
            "d": self.step_d,
            "g": self.step_g,
        }[kind]()
        if kind == "g":
            self._g_sum += loss
            self._g_count += 1
        else:
            self._d_sum += loss
            # the epoch's D loss is real + fake, counted once (as step_epoch does)
            self._d_count += kind != "d_real"
        self.phase += 1
        if self.phase == len(phases):
            self.phase = 0
            self.epoch += 1
        return kind

    @property
    def next_phase(self) -> str:
        return self.epoch_phases[self.phase]

    def step_phase(self) -> str:
        """Slow motion: run only the next step of the current epoch; returns its kind.

        The epoch count advances when its last step (G) has run. Same mathematics as
        ``step_epoch``: the same steps in the same order, the same schedule.
        """
        started = time.perf_counter()
        with self._training_errors():
            kind = self._run_phase()
        self.elapsed += time.perf_counter() - started
        return kind

    def step(self, kind: str) -> None:
        """A single step by name, for stepping by hand: d_real, d_fake, d, g or epoch.

        Only "epoch" advances the epoch count; the partial steps still count in the losses.
        """
        started = time.perf_counter()
        if kind not in STEP_KINDS:
            raise ValueError(f"step kind must be one of {STEP_KINDS}, got {kind!r}")
        with self._training_errors():
            self._step(kind)
        self.elapsed += time.perf_counter() - started

    def _step(self, kind: str) -> None:
        if kind == "epoch":
            self.step_epoch()
        elif kind in ("d_real", "d_fake", "d"):
            fn = {"d_real": self.step_d_real, "d_fake": self.step_d_fake, "d": self.step_d}[kind]
            self._d_sum += fn()
            self._d_count += 1
        else:
            self._g_sum += self.step_g()
            self._g_count += 1

    # -- reports -----------------------------------------------------------------------
    def d_view(self) -> np.ndarray:
        """D's "real" probability for the encoding of every integer in [0, R).

        A PacGAN D judges ``pack`` samples at once, so each integer is shown to it as a pack
        of copies of itself.
        """
        return self._d_view_of(self.D)

    def evaluate(self) -> Metrics:
        """Metrics of the current generator on the fixed evaluation noise."""
        return self._metrics_of(self.generator)

    @torch.no_grad()  # grad mode is per thread: this may run on the report thread
    def _d_view_of(self, discriminator: nn.Module) -> np.ndarray:
        x = self._table.repeat_interleave(self.config.pack, dim=0)
        out = discriminator(x).reshape(-1)
        prob = out if self._d_outputs_probability else torch.sigmoid(out)
        return prob.double().cpu().numpy()

    @torch.no_grad()
    def _metrics_of(self, generator: nn.Module) -> Metrics:
        return evaluate(generator(self._eval_noise), self.codec, self.pattern)

    def report(
        self, *, interval_seconds: float = 0.0, interval_epochs: int = 0, stopped: bool = False
    ) -> Report:
        """A report of the current state; resets the interval's loss sums.

        Raises TrainingError when a loss in the interval was NaN or infinite.
        """
        finish = self._begin_report(interval_seconds, interval_epochs, stopped)
        return finish(self.generator, self.D)

    def _begin_report(
        self, interval_seconds: float, interval_epochs: int, stopped: bool
    ) -> Callable[[nn.Module, nn.Module], Report]:
        """Take what a report needs from the training state now (losses, latest samples,
        counters); return the rest of the work, which reads only the two modules it is
        given (the live ones, or a copy of their weights taken at the same moment)."""
        if self._d_count:
            d_loss = (self._d_sum / self._d_count).item()
        else:  # slow motion may report after D on real alone: that step's loss, not NaN
            d_loss = self._d_sum.item() if self.phase else math.nan
        g_loss = (self._g_sum / self._g_count).item() if self._g_count else math.nan
        for name, value, count in (("D", d_loss, self._d_count), ("G", g_loss, self._g_count)):
            if count and not math.isfinite(value):
                raise TrainingError(
                    f"the {name} loss became {value} by epoch {self.epoch}: training diverged; "
                    "try a lower learning rate or another preset"
                )
        self._d_sum.zero_()
        self._g_sum.zero_()
        self._d_count = self._g_count = 0
        shown = self._last_fake[:SAMPLES_SHOWN].float().cpu().numpy().copy()
        epoch, elapsed = self.epoch, self.elapsed
        rate = interval_epochs / interval_seconds if interval_seconds else 0.0

        def finish(generator: nn.Module, discriminator: nn.Module) -> Report:
            decoded = self.codec.decode(shown) if len(shown) else None
            return Report(
                epoch=epoch,
                epochs=self.config.epochs,
                d_loss=d_loss,
                g_loss=g_loss,
                samples=decoded.numbers if decoded else np.zeros(0, dtype=np.int64),
                samples_decisive=decoded.decisive if decoded else np.zeros(0, dtype=bool),
                sample_outputs=shown,
                metrics=self._metrics_of(generator),
                d_view=self._d_view_of(discriminator),
                elapsed=elapsed,
                epochs_per_second=rate,
                done=stopped or epoch >= self.config.epochs,
                stopped=stopped,
            )

        return finish

    def _weights_copy(self) -> tuple[nn.Module, nn.Module]:
        """The generator and D as they are now, in modules training does not touch."""
        if self._copies is None:
            self._copies = (
                copy.deepcopy(self.generator).requires_grad_(False),
                copy.deepcopy(self.D).requires_grad_(False),
            )
        else:
            with torch.no_grad():
                for copied, live in zip(self._copies, (self.generator, self.D)):
                    for a, b in zip(copied.parameters(), live.parameters()):
                        a.copy_(b)
                    for a, b in zip(copied.buffers(), live.buffers()):
                        a.copy_(b)
        return self._copies

    def reports(self, control: RunControl | None = None) -> Iterator[Report]:
        """Train up to ``config.epochs``, yielding a report every ``report_every`` epochs.

        Stops early (with a final report marked ``stopped``) when ``control.stop()`` is called;
        waits between epochs while it is paused. Can be called again after a stop to resume.

        A report's metrics (10,000 generated samples, decoded) cost about as much as ten
        book epochs, so they are computed on a helper thread, from a copy of the weights taken
        at the report's epoch, while training goes on. A report is yielded as soon as it is
        ready (a few epochs later), at the latest when the next one is due, and at once when
        training pauses, stops or ends; it holds exactly the numbers a report taken at its
        epoch holds (tested). Time spent in the caller while it handles a report is not
        counted as training time.
        """
        control = control or RunControl()
        every = self.config.report_every
        pending: Future[Report] | None = None  # the last report, being finished

        def handed_over() -> Iterator[Report]:
            nonlocal pending
            if pending is not None:
                future, pending = pending, None  # handed over once, even if it failed
                yield future.result()

        with ThreadPoolExecutor(1, thread_name_prefix="patterngan-report") as pool:
            while self.epoch < self.config.epochs:
                started, start_epoch = time.perf_counter(), self.epoch
                target = min(self.config.epochs, (self.epoch // every + 1) * every)
                stopped = False
                step_epoch = self.step_epoch
                try:
                    with self._training_errors():  # one block for the interval: ~2 us an epoch
                        while self.epoch < target:
                            if pending is not None and pending.done():
                                away = time.perf_counter()
                                yield from handed_over()
                                started += time.perf_counter() - away
                            if control.paused:
                                self.elapsed += time.perf_counter() - started
                                yield from handed_over()  # show everything up to the pause
                                control.wait_if_paused()
                                started = time.perf_counter()
                            if control.stopped:
                                stopped = True
                                break
                            step_epoch()
                except TrainingError:
                    yield from handed_over()  # the last good report, then the failure
                    raise
                if self.device.type == "cuda":
                    torch.cuda.synchronize(self.device)
                seconds = time.perf_counter() - started
                self.elapsed += seconds
                if pending is not None:
                    pending.result()  # the weight copies are free again (yielded below)
                try:
                    finish = self._begin_report(seconds, self.epoch - start_epoch, stopped)
                except TrainingError:
                    yield from handed_over()
                    raise
                last, pending = pending, pool.submit(finish, *self._weights_copy())
                if last is not None:
                    yield last.result()
                if stopped or self.epoch >= self.config.epochs:
                    yield from handed_over()
                    return


def train(config: TrainConfig, control: RunControl | None = None) -> tuple[Trainer, Report]:
    """Train to the end and return the trainer and its last report (for scripts and tests)."""
    trainer = Trainer(config)
    reports = list(trainer.reports(control))  # epochs >= 1 always yields at least one
    return trainer, reports[-1]
