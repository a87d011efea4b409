"""A training run: the GAN, its step plan and its reports put together.

``Trainer(config).reports(control)`` trains and yields a :class:`Report` every
``report_every`` epochs and at the end (see :mod:`core.engine.reports`). Stop and pause are
checked between steps through a :class:`RunControl` (plain ``threading.Event`` flags: the core
knows nothing of Qt). Single steps are public too, for stepping by hand, all through the plan's
one dispatcher (:mod:`core.engine.plan`).

One "epoch" is one batch, as in the chapter. With ``book_steps`` an epoch is the chapter's
three optimiser steps (D on real, a separate D on fake, G); otherwise one D step on real and
fake together, then one G step (pytorch/examples dcgan).

The units: :mod:`core.engine.gan` (the mathematics), :mod:`core.engine.plan` (which step runs
when, loss accounting), :mod:`core.engine.reports` (reports and their pipeline),
:mod:`core.engine.device` (device choice).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

import numpy as np
import torch
from torch import nn

from core.engine import device as devices
from core.engine import fast
from core.engine.codecs import Codec
from core.engine.config import TrainConfig
from core.engine.device import PROBE_SECONDS, DeviceChoice
from core.engine.errors import TrainingError
from core.engine.gan import Gan
from core.engine.memory import check_fits
from core.engine.metrics import Metrics
from core.engine.patterns import Pattern
from core.engine.plan import LossTally, StepPlan
from core.engine.reports import SAMPLES_SHOWN, Report, RunControl, begin_report, train_with_reports
from core.engine.step_names import STEP_KINDS
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error

CHANGEABLE = ("lr_d", "lr_g", "d_steps")  # settings a run takes while it goes on

__all__ = [
    "SAMPLES_SHOWN",
    "STEP_KINDS",
    "DeviceChoice",
    "Report",
    "RunControl",
    "Trainer",
    "TrainingError",
    "epochs_per_second",
    "resolve_device",
    "train",
]


class Trainer:
    """One GAN training run for a validated config.

    ``device_choice`` skips resolving the device (the GUI resolves "auto", which may time
    probe runs, on its worker thread; single steps by hand never probe).
    """

    def __init__(self, config: TrainConfig, device_choice: DeviceChoice | None = None) -> None:
        self.pattern: Pattern
        self.codec: Codec
        self.pattern, self.codec = config.validate()
        check_fits(config, self.pattern, self.codec)  # before any tensor exists
        self.config = config
        self.device_choice = device_choice or resolve_device(config)
        self.device = self.device_choice.device
        self.gan = Gan(config, self.pattern, self.codec, self.device)
        self.latent_size = self.gan.latent_size
        # the book's networks take the fast path (the same bits), everything else autograd
        self.fast = fast.single_run_steps(self.gan, lambda: self.plan.epoch)
        steps, self.tally = (
            (self.fast, self.fast.tally)
            if self.fast is not None
            else (self.gan, LossTally(self.device))
        )
        self.plan = StepPlan(steps, self.tally, config.book_steps, config.d_steps)
        self.elapsed = 0.0
        self.changes: list[dict[str, float | int]] = []  # settings changed during the run
        self.changes_reported = 0  # how many of them reports have carried

    # -- state, for the GUI, the CLI and teaching ---------------------------------------
    @property
    def steps_described(self) -> str:
        """How the steps run, in a line (``patterngan train`` prints it)."""
        if self.fast is None:
            return "autograd (torch's backward)"
        way = "the fast path: gradients written out, bit for bit autograd's"
        return way + ("" if self.fast.adam_private else "; Adam through torch.optim")

    @property
    def epoch(self) -> int:
        return self.plan.epoch

    @property
    def phase(self) -> int:
        """Steps of the current epoch already run one by one (slow motion)."""
        return self.plan.phase

    @property
    def epoch_phases(self) -> tuple[str, ...]:
        return self.plan.phases

    @property
    def next_phase(self) -> str:
        return self.plan.next_phase

    @property
    def G(self) -> nn.Module:  # noqa: N802 - the GAN literature's name
        return self.gan.G

    @property
    def D(self) -> nn.Module:  # noqa: N802
        return self.gan.D

    @property
    def generator(self) -> nn.Module:
        """The generator to sample and save: the weight average when EMA is on."""
        return self.gan.generator

    @contextlib.contextmanager
    def training_errors(self) -> Iterator[None]:
        """Turn torch's runtime failures inside steps into a TrainingError in plain words,
        naming the epoch that failed (read when it fails, so one block can cover many)."""
        try:
            yield
        except torch.cuda.OutOfMemoryError:
            said = QT_TRANSLATE_NOOP(
                "Errors", "the GPU ran out of memory at epoch {0}; use a smaller batch or the CPU"
            )
            raise said_error(TrainingError, Said("Errors", said, (self.epoch,))) from None
        except MemoryError:
            said = QT_TRANSLATE_NOOP(
                "Errors", "out of memory at epoch {0}; use a smaller batch or latent size"
            )
            raise said_error(TrainingError, Said("Errors", said, (self.epoch,))) from None
        except TrainingError:
            raise
        except RuntimeError as exc:
            if "between 0 and 1" in str(exc):  # BCELoss refuses NaN probabilities
                said = QT_TRANSLATE_NOOP(
                    "Errors",
                    "D's output became NaN at epoch {0}: training diverged; try a lower "
                    "learning rate or another preset",
                )
                raise said_error(TrainingError, Said("Errors", said, (self.epoch,))) from None
            said = QT_TRANSLATE_NOOP("Errors", "training failed at epoch {0}: {1}")
            raise said_error(TrainingError, Said("Errors", said, (self.epoch, exc))) from exc

    # -- steps ---------------------------------------------------------------------------
    def step_epoch(self) -> None:
        """One epoch (what is left of it if slow motion ran part of it). No timing, no error
        translation: the report loop wraps many epochs in one block."""
        self.plan.run_epoch()

    def step_epochs(self, until: int, busy: Callable[[], bool]) -> None:
        """Epochs up to epoch ``until``, returning early when ``busy()`` (asked between
        epochs) is true; no timing, no error translation, as ``step_epoch``. The training
        loop's hot path (``core.engine.plan.StepPlan.run_epochs``)."""
        self.plan.run_epochs(until, busy)

    def step(self, kind: str) -> None:
        """A single step by name (``core.engine.plan.STEP_KINDS``), for stepping by hand.

        Only "epoch" advances the epoch count; the partial steps still count in the losses.
        """
        if kind not in STEP_KINDS:
            raise ValueError(f"step kind must be one of {STEP_KINDS}, got {kind!r}")
        started = time.perf_counter()
        with self.training_errors():
            self.plan.run(kind)
        self.elapsed += time.perf_counter() - started

    def step_phase(self) -> str:
        """Slow motion: run only the next step of the current epoch; returns its kind.

        The epoch count advances when its last step (G) has run. Same mathematics as
        ``step_epoch``: the same steps in the same order, the same schedule.
        """
        started = time.perf_counter()
        with self.training_errors():
            kind = self.plan.run_phase()
        self.elapsed += time.perf_counter() - started
        return kind

    # -- changes while the run goes on -----------------------------------------------------
    def live_settings(self) -> dict[str, float | int]:
        """The settings a run takes while it goes on (``CHANGEABLE``), as they are now (plain
        numbers, safe to hand to another thread)."""
        return {"lr_d": self.gan.lr_d, "lr_g": self.gan.lr_g, "d_steps": self.plan.d_steps}

    def change(self, **settings: float | int) -> dict[str, float | int]:
        """Change ``lr_d``, ``lr_g`` or ``d_steps`` from the next step on (k from the next
        epoch); returns the change as recorded (``{"epoch": e, "lr_d": x, ...}``) in
        ``changes``, which reports and saved files carry. Raises ValueError for anything
        else or a value the config would refuse. Call it from the training thread or while
        the loop is parked (``RunControl`` queues changes for the loop)."""
        unknown = sorted(set(settings) - set(CHANGEABLE))
        if unknown:
            raise ValueError(f"cannot change {', '.join(unknown)} during a run")
        self.config.replace(**{**self.live_settings(), **settings}).validate()  # same limits
        self.gan.set_rates(settings.get("lr_d"), settings.get("lr_g"))
        if "d_steps" in settings:
            self.plan.set_d_steps(int(settings["d_steps"]))
        record: dict[str, float | int] = {"epoch": self.epoch, **settings}
        self.changes.append(record)
        return record

    def optimiser_state(self, network: str = "d") -> dict[str, float | int | str] | None:
        """The optimiser's state for the last parameter of D (``network`` "d") or G ("g"), its
        first number: Adam's moments, step count and settings, or SGD's momentum buffer
        (None before its first step); None for RMSprop. For teaching (``patterngan explain``)."""
        fast_adam = None if self.fast is None else getattr(self.fast, f"adam_{network}")
        if fast_adam is not None:
            return {
                "kind": "adam",
                "m": float(fast_adam.exp_avgs[-1].reshape(-1)[0]),
                "v": float(fast_adam.exp_avg_sqs[-1].reshape(-1)[0]),
                "t": int(fast_adam.count),
                "b1": fast_adam.beta1,
                "b2": fast_adam.beta2,
                "eps": fast_adam.eps,
                "lr": fast_adam.lr,
            }
        optimiser = self.gan.opt_d if network == "d" else self.gan.opt_g
        group = optimiser.param_groups[0]
        state = optimiser.state.get(group["params"][-1], {})
        if isinstance(optimiser, torch.optim.Adam):
            first = lambda key: float(state[key].reshape(-1)[0]) if key in state else 0.0
            return {
                "kind": "adam",
                "m": first("exp_avg"),
                "v": first("exp_avg_sq"),
                "t": int(float(state["step"])) if "step" in state else 0,
                "b1": group["betas"][0],
                "b2": group["betas"][1],
                "eps": group["eps"],
                "lr": group["lr"],
            }
        if isinstance(optimiser, torch.optim.SGD):
            buffer = state.get("momentum_buffer")
            return {
                "kind": "sgd",
                "buf": None if buffer is None else float(buffer.reshape(-1)[0]),
                "momentum": group["momentum"],
                "lr": group["lr"],
            }
        return None

    # -- reports ---------------------------------------------------------------------------
    def d_view(self) -> np.ndarray:
        """D's "real" probability for the encoding of every integer in [0, R)."""
        return self.gan.d_view_of(self.D)

    def evaluate(self) -> Metrics:
        """Metrics of the current generator on the fixed evaluation noise."""
        return self.metrics_of(self.generator)

    def metrics_of(self, generator: nn.Module) -> Metrics:
        """Metrics of ``generator`` (this run's, or its weight average) on the run's fixed
        evaluation noise."""
        return self.gan.metrics_of(generator)

    def report(
        self, *, interval_seconds: float = 0.0, interval_epochs: int = 0, stopped: bool = False
    ) -> Report:
        """A report of the current state; resets the interval's loss sums.

        Raises TrainingError when a loss in the interval was NaN or infinite.
        """
        finish = begin_report(self, interval_seconds, interval_epochs, stopped)
        return finish(self.generator, self.D)

    def reports(self, control: RunControl | None = None) -> Iterator[Report]:
        """Train up to ``config.epochs``, yielding a report every ``report_every`` epochs.

        Stops early (with a final report marked ``stopped``) when ``control.stop()`` is called;
        waits between epochs while it is paused, running the control's tasks there (steps by
        hand, changes: ``core.app.run_driver``). Can be called again after a stop to
        resume. See :func:`core.engine.reports.train_with_reports`.
        """
        return train_with_reports(self, control or RunControl())


def train(config: TrainConfig, control: RunControl | None = None) -> tuple[Trainer, Report]:
    """Train to the end and return the trainer and its last report (for scripts and tests)."""
    trainer = Trainer(config)
    reports = list(trainer.reports(control))  # epochs >= 1 always yields at least one
    return trainer, reports[-1]


def resolve_device(config: TrainConfig, *, probe: bool = True) -> DeviceChoice:
    """The device ``config`` trains on (``core.engine.device``), "auto" timed with
    :func:`epochs_per_second` where there is a choice."""
    return devices.resolve_device(config, lambda c: epochs_per_second(c), probe=probe)


def epochs_per_second(config: TrainConfig, seconds: float = PROBE_SECONDS) -> float:
    """Training epochs per second of ``config`` on its (explicit) device, timed for about
    ``seconds`` after a warm-up; no reports (what auto compares)."""
    trainer = Trainer(config)
    cuda = trainer.device.type == "cuda"
    with trainer.training_errors():
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
