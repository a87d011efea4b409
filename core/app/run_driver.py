"""The one owner of a training run: its trainer and the thread it trains on.

A :class:`RunDriver` builds its :class:`core.engine.trainer.Trainer` on its own thread and
keeps it there. Every command — train or continue, pause, stop, a step of any kind (F10, D
only, G only, a slow-motion sub-step), a change of learning rates or k, a copy of the weights
to save — is a message carried out on that thread, at a safe point between epochs
(``RunControl`` tasks). What comes out is frozen: reports, :class:`Stepped` results, the
:class:`RunStatus`, :class:`RunSnapshot` copies. No other thread ever reads the trainer, so
nothing needs a lock or a "wait until the loop is parked" handshake.

The thread comes from ``spawn``: a Python thread by default (the command line, scripts,
tests); the window passes its QThread adapter (``patterngan_gui.kit.worker.QtThread``). A
window learns of new events through ``notify`` (called on the training thread: the GUI turns
it into a queued signal) and takes them with :meth:`RunDriver.take_events`.
:class:`SweepDriver` does the same for a seed sweep. Qt-free: the CLI and tests drive it too.
"""

from __future__ import annotations

import collections
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from core.engine.config import TrainConfig
from core.engine.errors import TrainingError
from core.teaching.words import Said, said_of

if TYPE_CHECKING:
    from torch import nn

    from core.engine.codecs import Codec
    from core.engine.patterns import Pattern
    from core.engine.reports import Report
    from core.teaching.slow_motion import StepStory

MAX_WAITING = 32  # events waiting for the window before training waits for it
CALL_TIMEOUT_S = 30.0  # a call waits this long for the training thread (a copy: ms)


class ThreadLike(Protocol):
    """What a driver needs of its thread: a ``threading.Thread``, or the window's QThread
    adapter (``patterngan_gui.kit.worker.QtThread``)."""

    name: str

    def start(self) -> None: ...
    def is_alive(self) -> bool: ...
    def join(self, timeout: float | None = None) -> None: ...


# makes the thread a driver trains on: (the body to run, its name) -> a thread not yet started
Spawn = Callable[[Callable[[], None], str], ThreadLike]
_THREADS: weakref.WeakSet = weakref.WeakSet()


def python_thread(target: Callable[[], None], name: str) -> ThreadLike:
    """The default: a daemon ``threading.Thread`` (the command line, scripts, tests)."""
    return threading.Thread(target=target, name=name, daemon=True)


def live_threads() -> list[ThreadLike]:
    """Every driver thread still running (for the test fixture that forbids leaks)."""
    return [t for t in list(_THREADS) if t.is_alive()]


# -- what comes out: frozen ------------------------------------------------------------------
@dataclass(frozen=True)
class RunStatus:
    """Where the run stands, as of the training thread's latest safe point."""

    config: TrainConfig
    epoch: int
    phase: int  # steps of the current epoch already run in slow motion
    codec: Codec  # never changed after the trainer is built
    pattern: Pattern
    latent_size: int
    device: str  # "cpu", "cuda:0"
    device_reason: str  # why that device (a tooltip)
    lr_d: float
    lr_g: float
    d_steps: int

    def live_settings(self) -> dict[str, float | int]:
        """The settings a run takes while it goes on, as they are now."""
        return {"lr_d": self.lr_d, "lr_g": self.lr_g, "d_steps": self.d_steps}

    @property
    def finished(self) -> bool:
        return self.epoch >= self.config.epochs


@dataclass(frozen=True)
class RunSnapshot:
    """A copy of the run's generator (CPU, eval mode) and the metadata to save with it."""

    generator: nn.Module
    metadata: dict[str, Any]
    epoch: int


@dataclass(frozen=True)
class Built:
    """The trainer exists (``status`` says on which device)."""


@dataclass(frozen=True)
class Stepped:
    """A step by hand was taken: its report, and its story in slow motion."""

    kind: str  # what was asked: epoch, d, d_real, d_fake or g
    report: Report
    story: StepStory | None


@dataclass(frozen=True)
class Failed:
    """Building, training or a step failed; ``message`` says so in plain words."""

    message: str
    building: bool = False  # the trainer could not be built (the run never started)
    words: Said | None = None  # the message as core said it (the window translates it)


@dataclass(frozen=True)
class Paused:
    """The loop holds still between epochs (``status`` says at which)."""


@dataclass(frozen=True)
class Ended:
    """A training loop ended (finished, stopped or failed); the run may go on by hand."""


Event = Any  # Report | Stepped | Failed | Paused | Ended | Built (a sweep: SweepReport)


def said(exc: Exception, what: str = "training failed") -> str:
    """A failure in plain words (a TrainingError is already)."""
    if isinstance(exc, TrainingError | ValueError):
        return str(exc)
    return f"{what}: {type(exc).__name__}: {exc}"


class _Driver:
    """A thread that owns one trainer, the tasks handed to it, and the events it gives out."""

    name = "patterngan-training"

    def __init__(
        self, notify: Callable[[], None] | None = None, spawn: Spawn | None = None
    ) -> None:
        from core.engine.reports import RunControl

        self.control = RunControl()
        self._notify = notify or (lambda: None)
        self._events: collections.deque[Event] = collections.deque()  # thread-safe ends
        self._room = threading.Event()  # set whenever the window took events
        self._trainer: Any = None  # touched only on the training thread
        self._training = False
        self._idle = threading.Event()  # no training loop runs (nor is one asked for)
        self._idle.set()
        self._closing = False
        self._thread = (spawn or python_thread)(self._serve, self.name)
        self._started = False
        _THREADS.add(self._thread)

    # -- the training thread --------------------------------------------------------------
    def _build(self) -> Any:
        raise NotImplementedError

    def _serve(self) -> None:
        try:
            self._trainer = self._build()
        except Exception as exc:  # noqa: BLE001 - any failure is said, never raised here
            self._emit(
                Failed(said(exc, "could not start training"), building=True, words=said_of(exc))
            )
            self._emit(Ended())
            self._idle.set()
            return
        self._built()
        self._emit(Built())
        while not self._closing:
            self.control.run_tasks(self._trainer)
            if not self._closing:
                self.control.wait_for_tasks()
        self.control.run_tasks(self._trainer)  # a call made while closing still gets its answer
        self._idle.set()

    def _built(self) -> None:
        """Hook: the trainer was just built (the run driver records its status)."""

    def _emit(self, event: Event) -> None:
        self._events.append(event)
        if len(self._events) == 1:  # the window takes all waiting events at once
            self._notify()

    def _wait_for_room(self) -> None:
        """Backpressure: while ``MAX_WAITING`` events wait for the window, training waits too
        (a run that reports faster than the window draws would grow the queue without end).
        Tasks still run meanwhile: a window asking for a copy is never kept waiting."""
        while len(self._events) >= MAX_WAITING and not self.control.stopped:
            self._room.clear()
            if len(self._events) >= MAX_WAITING:
                self._room.wait(0.1)
            self.control.run_tasks(self._trainer)

    # -- any thread -------------------------------------------------------------------------
    def start(self) -> None:
        self._started = True
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive() and not self._closing

    def take_events(self, limit: int | None = None) -> list[Event]:
        """The events waiting, oldest first (at most ``limit``); training may go on."""
        out = []
        while self._events and (limit is None or len(out) < limit):
            out.append(self._events.popleft())
        self._room.set()
        return out

    @property
    def has_events(self) -> bool:
        return bool(self._events)

    def submit(self, task: Callable[[Any], object]) -> None:
        """``task(trainer)`` on the training thread, at its next safe point."""
        self.control.submit(task)

    def call(self, task: Callable[[Any], Any], timeout_s: float = CALL_TIMEOUT_S) -> Any:
        """``task(trainer)`` on the training thread; waits for and returns its result
        (raises what it raised). For short work: a copy of the weights, a status."""
        if self._closing or not self._thread.is_alive():
            raise RuntimeError("the run's training thread has ended")
        future: Future = Future()

        def run(trainer: Any) -> None:
            try:
                future.set_result(task(trainer))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                future.set_exception(exc)

        self.submit(run)
        return future.result(timeout_s)

    def train(self) -> None:
        """Train (or go on training) to the planned epochs; events say how it goes."""
        self.control.restart()  # here, not on the thread: a stop pressed next must count
        self._idle.clear()
        self.submit(lambda _trainer: self._train())

    def train_to_end(self, timeout_s: float = 600.0) -> list[Event]:
        """Train to the end (or a stop) and return every event meanwhile, waiting here (for
        scripts and tests; a window takes events as they come instead)."""
        import time

        self.train()
        events: list[Event] = []
        deadline = time.monotonic() + timeout_s
        while not self.wait_until_idle(0.05):  # taking events as they come: no backpressure
            events += self.take_events()
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"training did not end within {timeout_s:g} s")
        return events + self.take_events()

    def wait_until_idle(self, timeout_s: float) -> bool:
        """Wait until no training loop runs (after ``stop()``: milliseconds); True if so.
        Its last events (the stopped report, ``Ended``) are then waiting to be taken."""
        return self._idle.wait(timeout_s) or not self._thread.is_alive()

    def _train(self) -> None:
        raise NotImplementedError

    def set_report_interval(self, seconds: float) -> None:
        """The speed dial (seconds a report at least), also while training."""
        self.control.set_report_interval(seconds)

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def stop(self) -> None:
        """Stop a training loop between epochs (its last report says ``stopped``)."""
        self.control.stop()

    def close(self, timeout_s: float = 10.0) -> bool:
        """Stop, let the thread end, and wait for it; True when it has ended."""
        self._closing = True
        self.control.stop()  # wakes an idle or paused thread too
        if not self._started:
            return True
        self._thread.join(timeout_s)
        return not self._thread.is_alive()


class RunDriver(_Driver):
    """One run: ``Trainer(config)`` on its own thread, driven by messages.

    ``probe_devices=False`` skips timing probe runs when "auto" chooses a device (a run
    started by F10 should answer at once).
    """

    def __init__(
        self,
        config: TrainConfig,
        notify: Callable[[], None] | None = None,
        *,
        probe_devices: bool = True,
        spawn: Spawn | None = None,
    ) -> None:
        from core.engine.memory import check_fits

        # a bad or too big set-up (with the history the window keeps): refused right here
        check_fits(config, *config.validate(), window=True)
        super().__init__(notify, spawn)
        self.config = config
        self.probe_devices = probe_devices
        self.status: RunStatus | None = None  # replaced whole, never changed in place

    def _build(self) -> Any:
        from core.engine.trainer import Trainer, resolve_device

        return Trainer(self.config, resolve_device(self.config, probe=self.probe_devices))

    def _built(self) -> None:
        self._update_status()

    def pause(self) -> None:
        """Hold the loop between epochs; ``Paused`` says where it holds."""
        self.control.pause()

        def parked(_trainer: Any) -> None:
            self._update_status()
            self._emit(Paused())

        self.submit(parked)  # runs where the loop parks (its first safe point)

    def _update_status(self) -> None:
        t = self._trainer
        live = t.live_settings()
        self.status = RunStatus(
            config=t.config,
            epoch=t.epoch,
            phase=t.phase,
            codec=t.codec,
            pattern=t.pattern,
            latent_size=t.latent_size,
            device=str(t.device),
            device_reason=t.device_choice.reason,
            lr_d=float(live["lr_d"]),
            lr_g=float(live["lr_g"]),
            d_steps=int(live["d_steps"]),
        )

    # -- commands ---------------------------------------------------------------------------
    def _train(self) -> None:
        if self._training:  # one loop at a time; a second train() only resumes it
            return
        self._training = True
        try:
            for report in self._trainer.reports(self.control):
                self._update_status()
                self._emit(report)
                self._wait_for_room()
        except Exception as exc:  # noqa: BLE001 - any failure ends the loop with a message
            self._emit(Failed(said(exc), words=said_of(exc)))
        finally:
            self._training = False
            self._update_status()
            self._emit(Ended())
            self._idle.set()

    def step(self, kind: str, slow: bool = False) -> None:
        """One step by hand (``kind``: epoch, d, d_real, d_fake or g), with a report; in
        slow motion ("epoch" then means the epoch's next step) with its story too. Runs
        between epochs of a paused loop, or at once on an idle run."""
        from core.engine.step_names import STEP_KINDS

        if kind not in STEP_KINDS:
            raise ValueError(f"step kind must be one of {STEP_KINDS}, got {kind!r}")
        self.submit(lambda trainer: self._step(trainer, kind, slow))

    def _step(self, trainer: Any, kind: str, slow: bool) -> None:
        from core.teaching.slow_motion import explain

        try:
            story = explain(trainer, "phase" if kind == "epoch" else kind) if slow else None
            if not slow:
                trainer.step(kind)
            report = trainer.report()
        except Exception as exc:  # noqa: BLE001 - said to the window, the run stays
            self._update_status()
            self._emit(Failed(said(exc), words=said_of(exc)))
            return
        self._update_status()
        self._emit(Stepped(kind, report, story))

    def change(self, **settings: float | int) -> None:
        """Change learning rates or k from the run's next step. Raises ValueError now, in
        the caller's thread, for a value the run would refuse (checked against the status)."""
        from core.engine.trainer import CHANGEABLE

        unknown = sorted(set(settings) - set(CHANGEABLE))
        if unknown:
            raise ValueError(f"cannot change {', '.join(unknown)} during a run")
        status = self.status
        if status is None:
            raise ValueError("the run has not started yet")
        status.config.replace(**{**status.live_settings(), **settings}).validate()

        def apply(trainer: Any) -> None:
            try:
                trainer.change(**settings)
            except ValueError as exc:  # changed meanwhile by an earlier change
                self._emit(Failed(str(exc), words=said_of(exc)))
            self._update_status()

        self.submit(apply)

    def snapshot(
        self, report: Report | None = None, timeout_s: float = CALL_TIMEOUT_S
    ) -> RunSnapshot:
        """A copy of the generator and its metadata (with ``report``'s metrics), taken on the
        training thread between epochs."""

        def take(trainer: Any) -> RunSnapshot:
            from core.files.genfile import cpu_copy, metadata_for

            return RunSnapshot(
                cpu_copy(trainer.generator), metadata_for(trainer, report), trainer.epoch
            )

        return self.call(take, timeout_s)


class SweepDriver(_Driver):
    """A seed sweep (``core.engine.sweep.SweepTrainer``) on its own thread: ``train()``
    starts it, ``stop()`` ends it at the next report, events are its reports."""

    name = "patterngan-sweep"

    def __init__(
        self,
        config: TrainConfig,
        seeds: list[int],
        notify: Callable[[], None] | None = None,
        reports: int | None = None,
        spawn: Spawn | None = None,
    ) -> None:
        from core.engine.memory import check_fits
        from core.engine.sweep import SWEEP_REPORTS, report_interval

        check_fits(config, *config.validate(), seeds=len(seeds))
        super().__init__(notify, spawn)
        self.config, self.seeds = config, list(seeds)
        self.every = report_interval(config, reports or SWEEP_REPORTS)

    def _build(self) -> Any:
        from core.engine.sweep import SweepTrainer

        return SweepTrainer(self.config, self.seeds)

    def _train(self) -> None:
        if self._training:
            return
        self._training = True
        try:
            for report in self._trainer.reports(self.every, stop=lambda: self.control.stopped):
                self._emit(report)
                self._wait_for_room()
        except Exception as exc:  # noqa: BLE001 - any failure ends the sweep with a message
            self._emit(Failed(said(exc, "the sweep failed"), words=said_of(exc)))
        finally:
            self._training = False
            self._emit(Ended())
            self._idle.set()
