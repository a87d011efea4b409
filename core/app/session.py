"""The session model: what the window shows and what it allows, without Qt.

One :class:`Session` per window holds the app's state: the current generator (a trained run
or an opened file: :data:`Current`, never both), every run of the session, the open lab and
its locks, the collapse alert, the timeline's position and the run state (:class:`RunState`).
Every rule the window enforces is a property of :class:`core.app.rules.SessionRules`
(``can_train``, ``can_step``, ``can_save``, ...), so the window asks instead of deciding, and
the rules are tested without a display. A run's trainer is not here: its driver
(:mod:`core.app.run_driver`) owns it, on its own thread.

Only the session's own methods change its state, and each announces what it changed
(``changed``, :mod:`core.app.events`); the window follows the announcements in one place.
Nothing here imports torch at module level: the window imports this module before torch is
loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.app.answers import SessionAnswers
from core.app.events import (
    CURRENT,
    DRAFT,
    LAB,
    REPORT,
    RUNS,
    SETTINGS,
    STATE,
    TIMELINE,
    Announcer,
    announces,
)
from core.app.rules import SessionRules
from core.app.run_state import RunState
from core.engine.config import TrainConfig
from core.engine.fields import CONTROL_FIELDS
from core.engine.fields import CONTROLS as LAB_ORDER
from core.engine.presets import get_preset, make_config
from core.teaching.challenges import GoalTracker
from core.teaching.collapse import CollapseWatch
from core.teaching.history import RunHistory, RunResult
from core.teaching.lab import Lab, locked_fields
from core.teaching.lab_answers import (
    drafted_predictions,
    goals_count,
)
from core.teaching.sweep_record import SweepRecord

if TYPE_CHECKING:
    from core.app.run_driver import RunDriver, RunStatus


@dataclass
class TrainedRun:
    """A run of this session as the current generator. Its trainer lives in ``driver`` (on
    the driver's thread); ``driver`` is None once the run has been let go (it is then shown
    from its history and saved from its sealed result)."""

    history: RunHistory
    driver: RunDriver | None = None
    last_report: Any | None = None  # core.engine.reports.Report
    save_path: str | None = None

    @property
    def config(self) -> TrainConfig:
        return self.history.config

    @property
    def status(self) -> RunStatus | None:
        """Where the live run stands (None before its trainer is built, or once let go)."""
        return self.driver.status if self.driver is not None else None

    @property
    def epoch(self) -> int:
        status = self.status
        if status is not None:
            return status.epoch
        return self.last_report.epoch if self.last_report is not None else 0


@dataclass
class OpenedFile:
    """A generator opened from disk as the current generator."""

    file: Any  # core.files.genfile.GeneratorFile
    path: str
    save_path: str | None = None


Current = TrainedRun | OpenedFile | None


@dataclass(frozen=True)
class SetupChange:
    """What a path that changes the set-up may show: the config, with an open lab's locked
    and hidden values kept, and which lab controls that kept (their value differed)."""

    config: TrainConfig
    kept: tuple[str, ...]  # lab controls whose values the lab kept, in CONTROLS order


@dataclass
class Session(SessionRules, SessionAnswers):
    """The state and rules of one window."""

    ready: bool = False  # the heavy half of start-up is done (torch and plots loaded)
    draft: TrainConfig | None = None  # the set-up as a valid config, None while invalid
    draft_error: str | None = None
    current: Current = None
    runs: list[RunHistory] = field(default_factory=list)
    lab: Lab | None = None
    state: RunState = RunState.IDLE
    slow_motion: bool = False
    report_interval: float = 0.0  # the speed dial: seconds a report at least (0 = full speed)
    goals: GoalTracker | None = None  # the current run's progress on the lab's goals
    goals_met_now: list[int] = field(default_factory=list)  # met by the latest report
    # the student's answers to the lab as typed; a prediction's is the draft the next run
    # seals (a run's own predictions are its history's: RunHistory.sealed and .late)
    answers: list[str] = field(default_factory=list)
    student: str = ""  # who hands in this lab session's results (asked once per lab opened)
    sweeping: bool = False  # a seed sweep holds the training thread (state RUNNING)
    sweep_reports: list[Any] = field(default_factory=list)  # the running sweep's reports
    sweeps: list[SweepRecord] = field(default_factory=list)  # each sweep (a Runs tab row)
    collapse: CollapseWatch = field(default_factory=CollapseWatch)
    cuda_available: bool = False  # this machine can train on CUDA (set_cuda)
    shown_index: int | None = None  # the timeline: a kept report of the current run, or live
    cuda_reason: str = ""  # why not
    # where the user chose to save, in a Save dialog of this window's lifetime: the only
    # paths Ctrl+S writes to without asking (a path read from a file never is one)
    chosen_paths: set[str] = field(default_factory=set)
    # who listens: the window and its panels (core.app.events); not part of the state
    changed: Announcer = field(default_factory=Announcer, repr=False, compare=False)

    # -- what is current ---------------------------------------------------------------
    @property
    def run(self) -> TrainedRun | None:
        return self.current if isinstance(self.current, TrainedRun) else None

    @property
    def opened(self) -> OpenedFile | None:
        return self.current if isinstance(self.current, OpenedFile) else None

    @property
    def driver(self) -> RunDriver | None:
        """The current run's driver (the one owner of its trainer), if it still has one."""
        run = self.run
        return run.driver if run is not None else None

    @property
    def run_status(self) -> RunStatus | None:
        run = self.run
        return run.status if run is not None else None

    @property
    def history(self) -> RunHistory | None:
        run = self.run
        return run.history if run is not None else None

    @property
    def has_generator(self) -> bool:
        run = self.run
        if run is not None:
            return run.status is not None or run.history.result is not None
        return self.opened is not None

    @property
    def has_reports(self) -> bool:
        h = self.history
        return bool(h is not None and h.epochs)

    # -- set-up --------------------------------------------------------------------------
    @announces(DRAFT, STATE)
    def set_draft(self, draft: TrainConfig | None, error: str | None) -> None:
        """The set-up as edited; an open lab's locked and hidden values are kept whatever the
        widgets say (a preset chosen, a hidden knob's widget refilled)."""
        self.draft = self.within_lab(draft).config if draft is not None else None
        self.draft_error = error

    def within_lab(self, config: TrainConfig, whole_preset: bool = False) -> SetupChange:
        """The one rule for every path that changes the set-up (opening a generator, a
        session or results, showing an earlier run, choosing a preset, restoring settings,
        editing): an open lab's locked and hidden controls keep the lab's values. With
        ``whole_preset`` (a set-up that comes from elsewhere, e.g. a file) a locked or hidden
        preset also keeps its whole model: a book preset with a softmax G is neither."""
        lab = self.lab
        if lab is None:
            return SetupChange(config, ())
        controls = lab.locked | lab.hidden
        fields = locked_fields(controls)
        if whole_preset and "preset" in controls:
            fields |= set(get_preset(lab.config.preset).settings)
        kept_values = {f: getattr(lab.config, f) for f in fields}
        differed = {f for f, v in kept_values.items() if getattr(config, f) != v}
        kept = tuple(c for c in LAB_ORDER if c in controls and differed & set(CONTROL_FIELDS[c]))
        if whole_preset and "preset" in controls and differed - locked_fields(controls):
            kept = tuple(sorted(set(kept) | {"preset"}, key=LAB_ORDER.index))
        return SetupChange(config.replace(**kept_values) if differed else config, kept)

    @property
    def locked_controls(self) -> frozenset[str]:
        return self.lab.locked if self.lab is not None else frozenset()

    # -- runs ------------------------------------------------------------------------------
    @announces(CURRENT, RUNS, STATE)
    def begin_run(
        self,
        config: TrainConfig,
        notify: Callable[[], None] | None = None,
        probe_devices: bool = True,
        spawn: Any = None,
    ) -> TrainedRun:
        """A new run for ``config`` becomes current, its driver started (the trainer is
        built on the driver's thread, made by ``spawn``: the window gives a QThread;
        ``notify`` is called there when events wait)."""
        from core.app.run_driver import RunDriver

        driver = RunDriver(config, notify, probe_devices=probe_devices, spawn=spawn)
        self.let_go()
        run = TrainedRun(RunHistory(len(self.runs) + 1, config), driver)
        if self.lab is not None:  # its predictions are sealed with it, before its first epoch
            run.history.seal_predictions(drafted_predictions(self.lab, self.answers))
        driver.start()
        self.runs.append(run.history)
        self.current, self.shown_index = run, None
        self.collapse = CollapseWatch()
        self.goals = GoalTracker(self.lab.goals) if self.lab is not None else None
        self.state = RunState.IDLE
        return run

    @announces(REPORT)
    def add_report(self, report: Any) -> Any:
        """Record a report of the current run; returns the collapse watch's change (or None)."""
        run = self.run
        if run is None:
            return None
        run.last_report = report
        run.history.add(report)
        if self.goals is not None:
            self.goals_met_now = self.goals.update(report, run.config)
            run.history.goals = (self.goals.count, len(self.goals.goals))
        return self.collapse.update(
            run.history.best_modes, report.metrics, report.epoch, report.epochs, run.config.preset
        )

    @announces(STATE)
    def run_started(self) -> None:
        self.state = RunState.RUNNING

    @announces(STATE)
    def set_paused(self, paused: bool) -> None:
        if self.busy:
            self.state = RunState.PAUSED if paused else RunState.RUNNING

    @announces(STATE, RUNS)
    def run_ended(self) -> None:
        """The training thread has ended (finished, stopped or failed)."""
        t = self.run_status
        if t is not None and t.epoch >= t.config.epochs:
            self.state = RunState.FINISHED
        elif t is not None and t.epoch > 0:
            self.state = RunState.STOPPED
        else:
            self.state = RunState.IDLE

    def let_go(self) -> None:
        """The current run's driver is about to go: keep a copy of its generator (sealed),
        then end its thread."""
        run = self.run
        if run is None or run.driver is None:
            return
        driver, run.driver = run.driver, None
        if driver.status is not None and driver.alive:
            snap = driver.snapshot(run.last_report)
            run.history.seal(lambda: RunResult(snap.generator, snap.metadata))
        driver.close()

    def close(self) -> None:
        """The window closes: the current run's thread ends (its generator is kept)."""
        self.let_go()

    @announces(CURRENT, STATE)
    def reset(self) -> None:
        """Start afresh; the run stays in the session's runs."""
        self.let_go()
        self.current, self.shown_index = None, None
        self.collapse = CollapseWatch()
        self.state = RunState.IDLE

    @announces(CURRENT, STATE)
    def show_run(self, index: int) -> TrainedRun:
        """Make an earlier run current again (shown from its history, saved from its result)."""
        history = self.runs[index]
        run = self.run
        if run is not None and run.history is history:
            return run
        self.let_go()
        self.current = TrainedRun(history, None, history.last, history.saved_path)
        self.shown_index = None
        self.state = RunState.IDLE
        self.goals = self.replayed_goals(history)  # the goals follow the run shown
        return self.current

    def generator_and_metadata(self) -> tuple[Any, dict[str, Any]]:
        """The current generator (a module) and the metadata to save with it."""
        run, opened = self.run, self.opened
        if run is not None and run.status is not None:
            snap = run.driver.snapshot(run.last_report)
            return snap.generator, snap.metadata
        if run is not None and run.history.result is not None:
            return run.history.result.module, run.history.result.metadata
        if opened is not None:
            from core.files.genfile import resave_metadata

            return opened.file.module, resave_metadata(opened.file)
        raise ValueError("there is no generator to save")

    def chose_path(self, path: str) -> None:
        """The user chose ``path`` as a save target (a Save dialog, this window)."""
        self.chosen_paths.add(path)

    @announces(RUNS, STATE)
    def saved(self, path: str) -> None:
        """The current generator was saved to ``path``."""
        self.chose_path(path)
        if self.run is not None:
            self.run.save_path = path
            self.run.history.mark_saved(path, self.run.epoch)
        elif self.opened is not None:
            self.opened.save_path = path

    @property
    def save_path(self) -> str | None:
        """Where Ctrl+S saves the current generator without asking: a path the user chose in
        this window's lifetime, never one read from a file (a session's or a result's
        ``saved_path``, the session or result file itself). None: Save asks (Save As)."""
        current = self.current
        path = current.save_path if current is not None else None
        return path if path in self.chosen_paths else None

    @property
    def can_export_result(self) -> bool:
        return self.lab is not None and self.can_export_bundle

    @property
    def can_save_session(self) -> bool:
        return self.ready and not self.busy and bool(self.runs or self.sweeps)

    def generators_by_run(self) -> dict[int, tuple[Any, dict[str, Any]]]:
        """Each run's generator and metadata, by run number (for a session file)."""
        out = {}
        for h in self.runs:
            if self.history is h and self.run_status is not None:
                out[h.number] = self.generator_and_metadata()
            elif h.result is not None:
                out[h.number] = (h.result.module, h.result.metadata)
        return out

    @announces(RUNS, CURRENT, STATE)
    def add_runs(self, histories: list[RunHistory]) -> None:
        """Runs from a session file join this session's, numbered after them; the last one
        becomes current (shown, saved and exported from its history)."""
        for h in histories:
            h.number = len(self.runs) + 1
            self.runs.append(h)
            if h.goals is None:  # the Runs tab's, recomputed from its curves (a result's: judged)
                h.goals = goals_count(self.lab, h)
        if histories:
            self.show_run(len(self.runs) - 1)

    @announces(STATE)
    def sweep_started(self) -> None:
        """A seed sweep holds the training thread until ``sweep_ended``."""
        self.state = RunState.RUNNING
        self.sweeping = True
        self.sweep_reports = []

    @announces(REPORT)
    def sweep_progress(self, report: Any) -> None:
        self.sweep_reports.append(report)

    @announces(STATE, RUNS)
    def sweep_ended(self, config: TrainConfig) -> SweepRecord | None:
        """The sweep ended (finished or stopped): kept as a Runs tab row if it reported."""
        self.sweeping = False
        self.run_ended()
        reports, self.sweep_reports = self.sweep_reports, []
        return self.add_sweep(config, reports)

    @announces(RUNS)
    def add_sweep(self, config: TrainConfig, reports: list[Any]) -> SweepRecord | None:
        """Keep a sweep (a Runs tab row); None when it reported nothing."""
        if not reports:
            return None
        record = SweepRecord(len(self.sweeps) + 1, config, list(reports))
        self.sweeps.append(record)
        return record

    def unsaved_runs(self) -> list[RunHistory]:
        """Runs with trained epochs whose generator was never saved as it is now."""
        return [h for h in self.runs if h.unsaved]

    # -- files and labs --------------------------------------------------------------------
    @announces(CURRENT, STATE)
    def open_file(self, gen: Any, path: str) -> SetupChange:
        """An opened generator becomes current; returns the set-up the window should show."""
        setup = self.setup_for_file(gen)
        self.let_go()
        self.current, self.shown_index = OpenedFile(gen, path), None
        self.collapse = CollapseWatch()
        self.state = RunState.IDLE
        return setup

    def setup_for_file(self, gen: Any) -> SetupChange:
        """The file's own set-up (from its metadata, else what its layers say), with what an
        open lab locks or hides kept as the lab has it."""
        return self.within_lab(config_of_file(gen, self.draft or make_config("book")), True)

    def setup_for_run(self, index: int) -> SetupChange:
        """The set-up of an earlier run (Runs tab > Show in Training tab, a reopened session or
        result), with what an open lab locks or hides kept as the lab has it."""
        return self.within_lab(self.runs[index].config, True)

    @announces(LAB, CURRENT, STATE, SETTINGS)
    def open_lab(self, lab: Lab) -> None:
        self.lab = lab
        self.answers = ["" for _ in lab.questions]
        self.student = ""  # a lab session asks who hands it in (a shared lab PC)
        self.reset()
        self.goals = None
        for h in self.runs:  # earlier runs' goals against this lab (the Runs tab)
            h.goals = goals_count(lab, h)

    @announces(LAB, STATE)
    def close_lab(self) -> None:
        self.lab = None
        self.goals = None

    # -- the session's own settings (changed here only, so listeners hear of them) ----------
    @announces(STATE, CURRENT)
    def set_ready(self) -> None:
        """The heavy half of start-up is done (torch and the plots loaded)."""
        self.ready = True

    @announces(SETTINGS)
    def set_report_interval(self, seconds: float) -> None:
        self.report_interval = max(0.0, float(seconds))

    @announces(SETTINGS)
    def set_slow_motion(self, on: bool) -> None:
        self.slow_motion = bool(on)

    @property
    def sweep_report(self) -> Any | None:
        """The running sweep's latest report (the status bar's)."""
        return self.sweep_reports[-1] if self.sweep_reports else None

    @announces(TIMELINE)
    def show_snapshot(self, index: int | None) -> None:
        """The timeline: show the current run's ``index``-th kept report (None: the latest,
        following the run live)."""
        self.shown_index = index

    def shown_report(self) -> Any | None:
        """The report the plots, the inspector and the model view show: the timeline's, or
        the latest."""
        history = self.history
        if self.shown_index is not None and history is not None and history.snapshots:
            return history.snapshots[min(self.shown_index, len(history.snapshots) - 1)]
        run = self.run
        return run.last_report if run is not None else None

    @announces(SETTINGS, STATE)
    def set_cuda(self, available: bool, reason: str = "") -> None:
        """Whether this machine trains on CUDA (found once torch is loaded), and why not."""
        self.cuda_available, self.cuda_reason = bool(available), reason

    @announces(STATE)
    def run_status_changed(self) -> None:
        """The run's driver says where it stands now (built on a device, held at an epoch)."""

    def take_goals_met(self) -> list[int]:
        """The goals the latest report met (once: a second call gives [])."""
        met, self.goals_met_now = self.goals_met_now, []
        return met


def config_of_file(gen: Any, base: TrainConfig) -> TrainConfig:
    """The set-up a generator file was trained with: its metadata's config when valid; else a
    preset matching its architecture (the chapter's file: ``book``) with its pattern, codec and
    latent size, so F5 trains the kind of generator that was opened."""
    saved = gen.metadata.get("config") if isinstance(gen.metadata, dict) else None
    if saved:
        try:
            config = TrainConfig.from_dict(saved)
            config.validate()
            return config
        except (ValueError, TypeError):
            pass
    kind = (gen.architecture or {}).get("kind")
    preset = {"book": "book", "gumbel": "default", "softmax": "collapse"}.get(kind, base.preset)
    config = make_config(
        preset, seed=base.seed, device=base.device, report_every=base.report_every
    ).replace(
        pattern=gen.pattern.spec,
        lo=gen.pattern.lo,
        hi=gen.pattern.hi,
        codec=gen.codec.spec if not gen.inferred else "auto",
    )
    latent = gen.latent_size - (gen.codec.width if config.generator == "gumbel" else 0)
    if latent >= (0 if config.generator == "gumbel" else 1):
        config = config.replace(latent=latent)
    return config
