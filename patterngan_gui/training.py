"""The training controller: F5 / F6 / Shift+F5 / F10, slow motion, reset, and the reports.

It asks the session model what is allowed, tells it what happened, and asks the window to
refresh. Training runs in a :class:`patterngan_gui.worker.TrainingRun`; single steps run on
the main thread (milliseconds), also while a run is paused: the paused loop waits between
epochs, and a step is taken only once ``RunControl.wait_parked`` confirms it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core.app.session import RunState
from core.engine.step_names import STEP_NAMES
from core.teaching.collapse import SWITCH_TO
from patterngan_gui.live_change import change_text

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

PARK_TIMEOUT_S = 2.0  # a pause is honoured between epochs: well under a second
SPEEDS = (  # the speed dial: (label, seconds a report at least)
    ("Full speed", 0.0),
    ("10 reports/s", 0.1),
    ("4 reports/s", 0.25),
    ("2 reports/s", 0.5),
    ("1 report/s", 1.0),
)


class TrainingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.run = None  # patterngan_gui.worker.TrainingRun while a thread exists
        self.control = None  # core.engine.reports.RunControl of that run
        self.last_story = None  # the latest slow-motion step's story

    # -- run controls ------------------------------------------------------------------
    def train(self) -> None:
        """F5: start a run, resume a paused one, or continue a stopped one."""
        s, w = self.session, self.window
        if not s.can_train:
            return
        if s.state is RunState.PAUSED:
            self.control.resume()
            s.set_paused(False)
            w.say("Resumed", 2000)
            w.refresh()
            return
        from core.engine.reports import RunControl
        from patterngan_gui.worker import TrainingRun

        if s.resumable:
            work = s.trainer
        else:
            config = s.draft
            self._new_run(config)
            from core.engine.trainer import Trainer

            work = lambda: Trainer(config)  # noqa: E731 - built on the worker thread
        self.control = RunControl()
        self.control.set_report_interval(s.report_interval)
        self.run = TrainingRun(
            work,
            self.control,
            self.on_report,
            self._on_failed,
            self._on_finished,
            self._on_built,
            parent=self,
        )
        s.run_started()
        w.lab_panel.lock_predictions(s.predictions_locked)
        if w.plots is not None:
            w.plots.fit_to_steps(False)
        self.run.start()
        w.say("Training...", 2000)
        w.refresh()

    def _new_run(self, config) -> None:
        self.session.begin_run(config)
        self.last_story = None
        self.window.show_current_run()

    def _on_built(self, trainer) -> None:
        self.session.attach_trainer(trainer)
        self.window.refresh()

    def pause(self) -> None:
        if self.session.can_pause and self.control is not None:
            self.control.pause()
            self.session.set_paused(True)
            self.window.say("Paused: F5 resumes, F10 steps the paused run", 4000)
            self.window.refresh()

    def hold(self) -> bool:
        """Pause a running run and wait until it is between epochs; True if it was running."""
        if not self.session.can_pause or self.control is None:
            return False
        self.pause()
        self.control.wait_parked(PARK_TIMEOUT_S)
        return True

    def stop(self) -> None:
        if self.run is not None:
            self.run.stop()
            self.window.say("Stopping...", 2000)
        elif self.session.sweeping:
            self.window.sweeps.stop()
            self.window.say("Stopping the sweep...", 2000)

    def stop_and_wait(self) -> None:
        """Stop a run and wait for its thread (closing the window, switching preset)."""
        if self.run is not None:
            self.run.stop(timeout_s=5.0)  # the loop checks between steps: milliseconds
            self._on_finished()

    # -- the speed dial ----------------------------------------------------------------
    def set_speed(self, index: int) -> None:
        """Choose a speed (an index into SPEEDS), also while training runs."""
        index = max(0, min(len(SPEEDS) - 1, index))
        label, interval = SPEEDS[index]
        self.session.report_interval = interval
        if self.control is not None:
            self.control.set_report_interval(interval)
        self.window.show_speed(index)
        self.window.say(f"Speed: {label}", 2000)

    def speed_index(self) -> int:
        interval = self.session.report_interval
        return min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i][1] - interval))

    def faster(self) -> None:
        self.set_speed(self.speed_index() - 1)

    def slower(self) -> None:
        self.set_speed(self.speed_index() + 1)

    # -- changes while the run goes on -------------------------------------------------
    def change_live(self) -> None:
        """Run > Change learning rates and k...: queued for the run's next step."""
        s, w = self.session, self.window
        if not s.can_change_live or self.control is None:
            return
        trainer = s.trainer
        current = trainer.live_settings()
        changes = w.dialogs.ask_live_change(current)
        if not changes:
            return
        try:
            trainer.config.replace(**{**current, **changes}).validate()
        except ValueError as exc:
            w.error("Cannot change the run", str(exc))
            return
        self.control.request_change(**changes)
        w.say("The change applies from the run's next step", 4000)

    # -- single steps ------------------------------------------------------------------
    def step_epoch(self) -> None:
        self.step("epoch")

    def step_d(self) -> None:
        self.step("d")

    def step_d_real(self) -> None:
        self.step("d_real")

    def step_d_fake(self) -> None:
        self.step("d_fake")

    def step_g(self) -> None:
        self.step("g")

    def step(self, kind: str) -> None:
        """F10 and the Run menu: one step on the main thread, with a report."""
        s, w = self.session, self.window
        if not s.can_step:
            return
        if s.state is RunState.PAUSED:
            if self.control is None or not self.control.wait_parked(PARK_TIMEOUT_S):
                w.say("The run is still pausing; try again", 3000)
                return
            self.run.drain()  # reports handed over at the pause come first
            self.control.apply_changes(s.trainer)  # the loop waits: changes apply here
        elif s.step_needs_new_run():
            from core.engine.device import resolve_device
            from core.engine.trainer import Trainer, TrainingError

            config = s.draft
            try:  # never probe devices here: this is the GUI thread
                trainer = Trainer(config, resolve_device(config, probe=False))
            except (ValueError, TrainingError) as exc:
                w.error("Cannot start training", str(exc))
                return
            self._new_run(config)
            s.attach_trainer(trainer)
        trainer = s.trainer
        if trainer is None:  # the worker has not built it yet
            return
        from core.engine.trainer import TrainingError
        from core.teaching.slow_motion import explain

        slow = s.slow_motion
        try:
            if slow:
                story = explain(trainer, "phase" if kind == "epoch" else kind)
            else:
                trainer.step(kind)
            report = trainer.report()
        except TrainingError as exc:
            w.error("Training stopped", str(exc))
            return
        self.on_report(report, STEP_NAMES[story.kind] if slow else "")
        w.plots.fit_to_steps(True)
        w.plots.refresh()  # a step is a deliberate act: show it at once
        if slow:
            self.last_story = story
            w.plots.show_story(story)
            w.say(story.title, 4000)
        else:
            w.plots.clear_story()
            w.say(f"Ran {STEP_NAMES[kind] if kind != 'epoch' else 'one epoch'}", 2000)
        w.refresh()

    def set_slow_motion(self, on: bool) -> None:
        self.session.slow_motion = bool(on)
        w = self.window
        w.action("slow").setChecked(bool(on))
        w.action("step_epoch").setText("Step (slow motion)" if on else "Step one &epoch")
        if on:
            w.say("Slow motion: F10 runs one step of the epoch and says what it changed", 4000)
        elif w.plots is not None:
            w.plots.clear_story()

    def reset(self) -> None:
        """Start afresh; the run stays in the Runs tab."""
        if not self.session.can_reset:
            return
        self.session.reset()
        self.last_story = None
        self.window.show_current_run()

    # -- reports -----------------------------------------------------------------------
    def on_report(self, report, step: str = "") -> None:
        w = self.window
        change = self.session.add_report(report)
        if w.plots is not None:
            for setting in getattr(report, "changes", ()):
                w.plots.note(change_text(setting))
            w.plots.add_report(report, step)
        w.mark_dirty()  # the status bar and inspector follow the plots' redraw cadence
        if change is not None:
            self.show_alert()
        if self.session.goals_met_now:
            self.session.goals_met_now = []
            w.show_goals()
            met = self.session.goals.count
            w.say(
                f"Goal met at epoch {report.epoch:,} ({met} of {len(self.session.goals.goals)})",
                5000,
            )

    def show_alert(self) -> None:
        """The collapse banner as the session's watch says (raised, changed or recovered)."""
        plots, watch = self.window.plots, self.session.collapse
        if plots is None:
            return
        a = watch.alert
        if a is not None:
            can_switch = a.preset is not None and "preset" not in self.session.locked_controls
            plots.show_alert(
                f"<b>{html.escape(a.headline)}</b> {html.escape(a.advice)}",
                f"Switch to the '{a.preset}' preset" if can_switch else None,
            )
        elif watch.recovered and plots.alert_shown():
            # a student who looks away should still learn that it happened
            plots.show_alert(f"<b>{html.escape(watch.recovered)}</b>")
        else:
            plots.hide_alert()

    def switch_to_suggested_preset(self) -> None:
        """The alert's one click: stop the run if needed, then take the suggested preset."""
        a = self.session.collapse.alert
        if a is None or a.preset is None or "preset" in self.session.locked_controls:
            return
        self.stop_and_wait()
        self.window.setup.set_preset(a.preset)
        self.window.plots.hide_alert()
        self.window.say(
            f"Switched to the '{a.preset or SWITCH_TO}' preset (same pattern and seed): "
            "press F5 to train",
            6000,
        )
        self.window.refresh()

    def _on_failed(self, message: str) -> None:
        self.window.error("Training stopped", message)

    def _on_finished(self) -> None:
        from patterngan_gui.worker import join

        run, self.run = self.run, None
        if run is None:
            return  # already handled (closing waits and finishes the run itself)
        join(run.thread, 10.0)
        run.deleteLater()
        self.session.run_ended()
        w = self.window
        if w.plots is not None:
            w.plots.refresh()
            w.runs_panel.set_runs(self.session.runs, self.session.sweeps)
        if self.session.state is RunState.FINISHED:
            w.say("Training finished", 4000)
        elif self.session.state is RunState.STOPPED:  # not a stale "Stopping..."
            w.say(f"Stopped at epoch {self.session.trainer.epoch:,}: F5 continues", 4000)
        w.refresh()
        w.run_finished.emit()
