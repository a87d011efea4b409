"""Reports: what a run says every ``report_every`` epochs, and the pipeline that makes them.

A :class:`Report` holds numpy arrays and Python numbers only, never live tensors, so a GUI
thread can keep it while training goes on. :func:`train_with_reports` is the report pipeline
behind ``Trainer.reports``: every report is made on the training thread, at its epoch.

(Earlier rounds finished a report's metrics on a helper thread from a copy of the weights,
about 6% faster; whole-suite runs deadlocked about one time in four with both threads inside
torch, the cause was never found, and the path was switched off. It is gone now: one thread
trains and reports.)
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from torch import nn

from core.engine.errors import TrainingError
from core.engine.metrics import Metrics
from core.engine.network_view import describe_network
from core.engine.outcomes import numbers_text
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error

if TYPE_CHECKING:
    from core.engine.trainer import Trainer

SAMPLES_SHOWN = 10  # numbers per report, as the chapter prints them


class RunControl:
    """Flags a controller (the run driver, the CLI) sets and the training loop checks between
    epochs, and the tasks it runs there: work handed to the training thread by another one
    (a step, a change of learning rate, a copy of the weights), each called with the trainer
    at a safe point (between epochs, or while the loop waits in a pause)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._wake = threading.Event()  # set by stop, resume and submit: a waiting loop looks
        self._parked = threading.Event()  # the loop is waiting in a pause, between epochs
        self.report_interval = 0.0  # the speed dial: at least this many seconds a report
        self._last_report = 0.0
        self._tasks: list[Callable[[Trainer], object]] = []  # waiting for the training thread
        self._tasks_lock = threading.Lock()

    # -- tasks for the training thread -------------------------------------------------
    def submit(self, task: Callable[[Trainer], object]) -> None:
        """Run ``task(trainer)`` on the training thread at its next safe point (in order)."""
        with self._tasks_lock:
            self._tasks.append(task)
        self._wake.set()

    def request_change(self, **settings: float | int) -> None:
        """Change learning rates or k while the run goes on: the loop applies it before its
        next step (``Trainer.change``; validate first, the loop cannot answer)."""
        self.submit(lambda trainer: trainer.change(**settings))

    @property
    def has_tasks(self) -> bool:
        return bool(self._tasks)

    def needs_attention(self) -> bool:
        """A stop, a pause or a task is waiting: the training loop's question between
        epochs (one call; the loop then sees which)."""
        return bool(self._tasks) or self._stop.is_set() or not self._resume.is_set()

    def run_tasks(self, trainer: Trainer) -> None:
        """Run the waiting tasks (on the thread that owns ``trainer``), oldest first.

        One at a time: a task may run a training loop that runs the tasks submitted after
        it (a step while paused); taken all at once, they would wait behind that loop."""
        while True:
            with self._tasks_lock:
                if not self._tasks:
                    return
                task = self._tasks.pop(0)
            task(trainer)

    def wait_for_tasks(self, timeout_s: float | None = None) -> None:
        """Wait until a task is submitted (or stop, resume, or the timeout): an idle
        training thread's sleep."""
        self._wake.wait(timeout_s)
        self._wake.clear()  # a submit after this sets it again; run_tasks takes both

    # -- stop, pause, resume -----------------------------------------------------------
    def stop(self) -> None:
        with self._tasks_lock:
            self._stop.set()
            self._resume.set()  # a paused run must wake up to see the stop
        self._wake.set()

    def restart(self) -> None:
        """Ready for a new training loop after a stop (call before starting it)."""
        with self._tasks_lock:
            self._stop.clear()
        self.resume()

    def pause(self) -> None:
        with self._tasks_lock:
            self._resume.clear()

    def resume(self) -> None:
        with self._tasks_lock:
            self._resume.set()
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def wait_if_paused(self, trainer: Trainer) -> None:
        """Wait while paused, running the tasks handed over meanwhile (steps by hand)."""
        self._parked.set()
        try:
            while self.paused:
                self.run_tasks(trainer)
                if self.paused:
                    self.wait_for_tasks(0.1)
            self.run_tasks(trainer)
        finally:
            self._parked.clear()

    def set_report_interval(self, seconds: float) -> None:
        """The speed dial, changeable while training: 0 is full speed, 1.0 one report a
        second (for narrating on a projector)."""
        self.report_interval = max(0.0, float(seconds))

    def pace(self) -> float:
        """Wait until the dial allows the next report interval to start (returns at once on
        stop or pause); returns the seconds waited."""
        started = time.perf_counter()
        while not self.stopped and not self.paused:
            left = self._last_report + self.report_interval - time.perf_counter()
            if left <= 0:
                break
            self._stop.wait(min(left, 0.05))  # the dial may change meanwhile
        self._last_report = time.perf_counter()
        return self._last_report - started

    def wait_parked(self, timeout_s: float) -> bool:
        """Wait until a paused loop is actually waiting between epochs; True if it is."""
        return self.paused and self._parked.wait(timeout_s)


@dataclass(frozen=True)
class Report:
    """What the trainer says every ``report_every`` epochs. Plain data, safe to keep."""

    epoch: int  # epochs completed
    epochs: int  # epochs planned
    d_loss: float  # D's loss on real + on fake (core.engine.plan); NaN before any D step
    g_loss: float  # mean G loss per G step over the interval, NaN if no G step
    samples: np.ndarray  # int64 (10,): the latest generated numbers (argmax decoding)
    samples_decisive: np.ndarray  # bool (10,): whether each of them was decisive
    sample_outputs: np.ndarray  # float32 (10, width): G's raw outputs for them
    metrics: Metrics  # on config.eval_samples fresh samples
    d_view: np.ndarray  # float64 (R,): D's "real" probability for every integer
    elapsed: float  # seconds of training so far (pauses excluded)
    epochs_per_second: float  # over the interval
    done: bool  # the last report of the run (finished or stopped)
    stopped: bool  # the run was stopped before its planned epochs
    changes: tuple[dict[str, float | int], ...] = ()  # settings changed in the interval
    g_layers: tuple[Any, ...] = ()  # G's layers and shrunk weights (core.engine.network_view)
    d_layers: tuple[Any, ...] = ()  # D's

    def samples_text(self) -> str:
        """The latest numbers as the chapter prints them; an undecided one gets a '?'."""
        return "[" + ", ".join(numbers_text(self.samples, self.samples_decisive)) + "]"


def begin_report(
    trainer: Trainer, interval_seconds: float, interval_epochs: int, stopped: bool
) -> Callable[[nn.Module, nn.Module], Report]:
    """Take what a report needs from the training state now (losses, latest samples,
    counters); return the rest of the work, which reads only the two modules it is given (the
    live ones, or a copy of their weights taken at the same moment).

    Raises TrainingError when a loss in the interval was NaN or infinite.
    """
    tally = trainer.tally
    has_d, has_g = tally.has_d, tally.has_g
    d_loss, g_loss = tally.take()
    for name, value, counted in (("D", d_loss, has_d), ("G", g_loss, has_g)):
        if counted and not np.isfinite(value):
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "the {0} loss became {1} by epoch {2}: training diverged; try a lower learning "
                "rate or another preset",
            )
            raise said_error(TrainingError, Said("Errors", said, (name, value, trainer.epoch)))
    gan, codec, epochs = trainer.gan, trainer.codec, trainer.config.epochs
    shown = gan.last_fake[:SAMPLES_SHOWN].float().cpu().numpy().copy()
    epoch, elapsed = trainer.epoch, trainer.elapsed
    rate = interval_epochs / interval_seconds if interval_seconds else 0.0
    changes = tuple(trainer.changes[trainer.changes_reported :])
    trainer.changes_reported = len(trainer.changes)

    def finish(generator: nn.Module, discriminator: nn.Module) -> Report:
        decoded = codec.decode(shown) if len(shown) else None
        return Report(
            epoch=epoch,
            epochs=epochs,
            d_loss=d_loss,
            g_loss=g_loss,
            samples=decoded.numbers if decoded else np.zeros(0, dtype=np.int64),
            samples_decisive=decoded.decisive if decoded else np.zeros(0, dtype=bool),
            sample_outputs=shown,
            metrics=trainer.metrics_of(generator),
            d_view=gan.d_view_of(discriminator),
            elapsed=elapsed,
            epochs_per_second=rate,
            done=stopped or epoch >= epochs,
            stopped=stopped,
            changes=changes,
            g_layers=describe_network(generator, generator=True),
            d_layers=describe_network(discriminator, generator=False),
        )

    return finish


def _made(make: Callable[[], Report]) -> Report:
    """``make()``, with any failure but a TrainingError said as one."""
    try:
        return make()
    except TrainingError:
        raise
    except MemoryError:
        said = QT_TRANSLATE_NOOP(
            "Errors",
            "out of memory while evaluating a report; use fewer evaluation samples or a "
            "smaller latent size",
        )
        raise said_error(TrainingError, Said("Errors", said)) from None
    except Exception as exc:  # noqa: BLE001 - any failure ends the run with a message
        said = Said(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "making a report failed: {0}: {1}"),
            (type(exc).__name__, exc),
        )
        raise said_error(TrainingError, said) from exc


def train_with_reports(trainer: Trainer, control: RunControl) -> Iterator[Report]:
    """Train ``trainer`` up to its planned epochs, yielding a report every ``report_every``
    epochs, and at once when training stops, ends or fails (the last good report first).
    While paused it waits between epochs, running the tasks handed to it (steps by hand).
    Time spent in the caller while it handles a report is not counted as training time.
    """
    config = trainer.config
    every = config.report_every
    while trainer.epoch < config.epochs:
        if control.report_interval > 0:
            control.pace()  # the speed dial holds the next interval
        started, start_epoch = time.perf_counter(), trainer.epoch
        trained = 0.0  # the interval's training seconds before a pause
        target = min(config.epochs, (trainer.epoch // every + 1) * every)
        stopped = False
        step_epochs, busy = trainer.step_epochs, control.needs_attention
        with trainer.training_errors():  # one block for the interval
            while trainer.epoch < target:
                if control.paused:
                    part = time.perf_counter() - started
                    trainer.elapsed += part
                    trained += part
                    before = trainer.epoch
                    control.wait_if_paused(trainer)  # steps by hand run meanwhile
                    # epochs stepped by hand meanwhile are not this loop's: the interval's
                    # rate counts only what it trained, in its own time
                    start_epoch += trainer.epoch - before
                    started = time.perf_counter()
                    continue  # the target may have been passed by those steps
                if control.stopped:
                    stopped = True
                    break
                if control.has_tasks:  # a change of rate or k, a copy of the weights
                    before = trainer.epoch
                    control.run_tasks(trainer)
                    start_epoch += trainer.epoch - before
                step_epochs(target, busy)  # until the target, or until the control calls
        if trainer.device.type == "cuda":
            torch.cuda.synchronize(trainer.device)
        seconds = time.perf_counter() - started
        trainer.elapsed += seconds
        finish = begin_report(trainer, trained + seconds, trainer.epoch - start_epoch, stopped)
        yield _made(functools.partial(finish, trainer.generator, trainer.D))
        if stopped or trainer.epoch >= config.epochs:
            return
