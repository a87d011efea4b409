"""The training controller: F5 / F6 / Shift+F5 / F10, slow motion, reset, and the events.

It asks the session model what is allowed and tells the current run's driver
(``core.app.run_driver.RunDriver``, the one owner of its trainer and training thread) what to
do: train, pause, stop, step, change. Everything the driver does happens on its thread; what
comes back (reports, steps, failures, the end of a loop) arrives here through a
:class:`patterngan_gui.kit.worker.DriverLink`, on the GUI thread, in order.
"""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core.app.run_driver import Built, Ended, Failed, Paused, Stepped
from core.app.session import RunState
from core.engine.step_names import STEP_NAMES
from core.teaching.collapse import SWITCH_TO
from core.teaching.doctor import diagnose_history, problems
from patterngan_gui.controllers.live_change import change_text
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.safe_text import plain_tip
from patterngan_gui.kit.step_words import doctor_sentence, error_words, kind_name, said, story_words
from patterngan_gui.kit.worker import DriverLink, QtThread

DOCTOR_BANNER_CHARS = 160  # about two lines at 900 px: the whole sentence in the tooltip

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

STOP_TIMEOUT_S = 5.0  # a stop is honoured between epochs: milliseconds
SPEEDS = (  # the speed dial: (label, seconds a report at least)
    ("Full speed", 0.0),
    ("10 reports/s", 0.1),
    ("4 reports/s", 0.25),
    ("2 reports/s", 0.5),
    ("1 report/s", 1.0),
)
DOCTOR_EVERY_S = 2.0  # the run doctor looks again at most this often while a run trains


class TrainingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.link = DriverLink(lambda: self.session.driver, self._event, parent=self)
        self.last_story = None  # the latest slow-motion step's story
        self.diagnoses: list = []  # the run doctor's latest word on the current run
        self._doctor_at = -DOCTOR_EVERY_S  # when it last looked (time.monotonic)
        self._doctor_run = None  # the run it looked at
        self._doctor_error = None  # (run, the error it failed with), once one failed

    @property
    def training(self) -> bool:
        """A training loop of the current run is under way (running, paused or stopping)."""
        return self.session.busy and not self.session.sweeping

    # -- run controls ------------------------------------------------------------------
    def train(self) -> None:
        """F5: start a run, resume a paused one, or continue a stopped one."""
        s, w = self.session, self.window
        if not s.can_train:
            return
        if s.state is RunState.PAUSED:
            s.driver.resume()
            s.set_paused(False)
            w.say(translate("Training", "Resumed"), 2000)
            return
        if not s.resumable and not self._new_run(s.draft, probe_devices=True):
            return
        s.driver.set_report_interval(s.report_interval)
        s.driver.train()
        s.run_started()
        w.lab_panel.show_answers(s.answer_fields())  # its predictions, sealed as it began
        if w.plots is not None:
            w.plots.fit_to_steps(False)
        w.say(translate("Training", "Training..."), 2000)

    def _new_run(self, config, probe_devices: bool) -> bool:
        """A new run of ``config`` becomes current (its driver builds the trainer)."""
        try:
            self.last_story = None
            self.session.begin_run(config, self.link.notify, probe_devices, QtThread)
        except ValueError as exc:
            self.window.error(translate("Training", "Cannot start training"), error_words(exc))
            return False
        return True

    def pause(self) -> None:
        if self.session.can_pause:
            self.session.driver.pause()
            self.session.set_paused(True)
            self.window.say(
                translate("Training", "Paused: F5 resumes, F10 steps the paused run"), 4000
            )

    def hold(self) -> bool:
        """Pause a running run (it holds still between epochs); True if it was running."""
        if not self.session.can_pause:
            return False
        self.pause()
        return True

    def stop(self) -> None:
        if self.session.sweeping:
            self.window.sweeps.stop()
            self.window.say(translate("Training", "Stopping the sweep..."), 2000)
        elif self.training:
            self.session.driver.stop()
            self.window.say(translate("Training", "Stopping..."), 2000)

    def stop_and_wait(self) -> None:
        """Stop a run and wait for its loop to end (closing the window, switching preset)."""
        driver = self.session.driver
        if self.training and driver is not None:
            driver.stop()
            driver.wait_until_idle(STOP_TIMEOUT_S)
            self.link.drain_all()  # its last report and its end, handled now
            if self.training:  # the loop did not answer: the run ends here all the same
                self._on_finished()

    # -- the speed dial ----------------------------------------------------------------
    def set_speed(self, index: int) -> None:
        """Choose a speed (an index into SPEEDS), also while training runs."""
        index = max(0, min(len(SPEEDS) - 1, index))
        label, interval = SPEEDS[index]
        self.session.set_report_interval(interval)
        if self.session.driver is not None:
            self.session.driver.set_report_interval(interval)
        self.window.show_speed(index)
        self.window.say(
            translate("Training", "Speed: {0}").format(translate("speeds", label)), 2000
        )

    def speed_index(self) -> int:
        interval = self.session.report_interval
        return min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i][1] - interval))

    def faster(self) -> None:
        self.set_speed(self.speed_index() - 1)

    def slower(self) -> None:
        self.set_speed(self.speed_index() + 1)

    # -- changes while the run goes on -------------------------------------------------
    def change_live(self) -> None:
        """Run > Change learning rates and k...: carried out before the run's next step."""
        s, w = self.session, self.window
        if not s.can_change_live:
            return
        changes = w.dialogs.ask_live_change(s.run_status.live_settings())
        if not changes:
            return
        try:
            s.driver.change(**changes)
        except ValueError as exc:
            w.error(translate("Training", "Cannot change the run"), error_words(exc))
            return
        w.say(translate("Training", "The change applies from the run's next step"), 4000)

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
        """F10 and the Run menu: one step, on the run's training thread (between epochs of a
        paused loop); its report and story come back as a ``Stepped`` event."""
        s = self.session
        if not s.can_step:
            return
        # never probe devices for a step: it should answer at once
        if s.step_needs_new_run() and not self._new_run(s.draft, probe_devices=False):
            return
        s.driver.step(kind, slow=s.slow_motion)

    def _on_stepped(self, event: Stepped) -> None:
        w, story = self.window, event.story
        step = translate("steps", STEP_NAMES[story.kind]) if story is not None else ""
        self.on_report(event.report, step)
        if w.plots is None:
            w.stepped.emit()
            return
        w.plots.fit_to_steps(True)
        w.plots.refresh()  # a step is a deliberate act: show it at once
        if story is not None:
            self.last_story = story
            w.plots.show_story(story)
            if w.inspector is not None and story.maths:
                w.inspector.set_maths(story.maths, story_words(story)[0])
            w.say(story_words(story)[0], 4000)
        else:
            w.plots.clear_story()
            kind = event.kind
            w.say(
                translate("Training", "Ran {0}").format(translate("steps", STEP_NAMES[kind])), 2000
            )
        w.stepped.emit()

    def set_slow_motion(self, on: bool) -> None:
        self.session.set_slow_motion(on)
        w = self.window
        w.action("slow").setChecked(bool(on))
        w.action("step_epoch").setText(
            translate("Training", "Step (slow motion)")
            if on
            else translate("actions", "Step one &epoch")
        )
        if on:
            said = "Slow motion: F10 runs one step of the epoch and says what it changed"
            w.say(translate("Training", said), 4000)
        elif w.plots is not None:
            w.plots.clear_story()

    def reset(self) -> None:
        """Start afresh; the run stays in the Runs tab."""
        if not self.session.can_reset:
            return
        self.last_story = None
        self.session.reset()  # announced: the plots empty

    # -- what the driver says ------------------------------------------------------------
    def _event(self, event) -> None:
        """One event of the current run's driver, in the order it happened."""
        if isinstance(event, Stepped):
            self._on_stepped(event)
        elif isinstance(event, Failed):
            self._on_failed(event)
        elif isinstance(event, Ended):
            if self.training:
                self._on_finished()
        elif isinstance(event, Built | Paused):
            self.session.run_status_changed()  # the device it chose; the epoch it holds at
        else:
            self.on_report(event)

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
        if getattr(report, "done", False) or time.monotonic() - self._doctor_at >= DOCTOR_EVERY_S:
            self.show_doctor()
        if self.session.take_goals_met():
            w.show_goals()
            met = self.session.goals.count
            said = translate("Training", "Goal met at epoch {0} ({1} of {2})")
            w.say(said.format(number(report.epoch), met, len(self.session.goals.goals)), 5000)

    def show_alert(self) -> None:
        """The collapse banner as the session's watch says (raised, changed or recovered)."""
        plots, watch = self.window.plots, self.session.collapse
        if plots is None:
            return
        a = watch.alert
        if a is not None:
            can_switch = a.preset is not None and "preset" not in self.session.locked_controls
            headline, advice = (said(w) for w in a.words) if a.words else (a.headline, a.advice)
            plots.show_alert(
                f"<b>{html.escape(headline)}</b> {html.escape(advice)}",
                translate("Training", "Switch to the '{0}' preset").format(a.preset)
                if can_switch
                else None,
            )
        elif watch.recovered and plots.alert_shown():
            # a student who looks away should still learn that it happened
            plots.show_alert(f"<b>{html.escape(watch.recovered)}</b>")
        else:
            plots.hide_alert()

    def show_doctor(self, error: str | None = None) -> None:
        """The run doctor's banner for the current run (throttled by the caller; at the end
        of a run, with the error it failed with): the first problem, its onset, what to try,
        and a button that moves the timeline to the onset. Said again only when it changes."""
        run, plots = self.session.run, self.window.plots
        if run is None or plots is None:
            return
        self._doctor_at = time.monotonic()
        if error is not None:
            self._doctor_error = (run.history, error)  # said again at the run's end
        elif self._doctor_error is not None and self._doctor_error[0] is run.history:
            error = self._doctor_error[1]
        found = problems(diagnose_history(run.history, error))
        before = [(d.kind, d.onset_epoch) for d in self.diagnoses]
        now = [(d.kind, d.onset_epoch) for d in found]
        if run.history is self._doctor_run and now == before:
            return
        self._doctor_run, self.diagnoses = run.history, found
        if not found:
            plots.doctor.hide()
            return
        self.say_doctor()
        first = found[0]
        said = translate("Training", "Run doctor: {0} from epoch {1}")
        self.window.say(said.format(kind_name(first.kind), number(first.onset_epoch)), 4000)

    def say_doctor(self) -> None:
        """The doctor's banner for the diagnoses found, in the current language: the first
        problem (the whole sentence in its tooltip and for a screen reader), the others named,
        and a button that moves the timeline to the first one's onset."""
        plots, found = self.window.plots, self.diagnoses
        if plots is None or not found:
            return
        first = found[0]
        others = ", ".join(kind_name(d.kind) for d in found[1:])
        more = translate("Training", "Also: {0}.").format(others) if others else ""
        more = f" <i>{html.escape(more)}</i>" if more else ""
        # the banner keeps to a few lines (a small screen keeps its plots); the whole sentence,
        # with what to try, in its tooltip and for a screen reader
        sentence = doctor_sentence(first)
        shown = sentence
        if len(shown) > DOCTOR_BANNER_CHARS:
            shown = shown[:DOCTOR_BANNER_CHARS].rsplit(" ", 1)[0] + " \u2026"
        head = html.escape(translate("Training", "Run doctor:"))
        plots.doctor.say(
            f"<b>{head}</b> {html.escape(shown)}{more}",
            translate("Training", "Go to epoch {0}").format(number(first.onset_epoch)),
        )
        plots.doctor.setToolTip(plain_tip(sentence))
        plots.doctor.setAccessibleDescription(
            translate("Training", "Run doctor: {0}").format(sentence)
        )

    def go_to_onset(self) -> None:
        """The doctor's button: the timeline moves to the first problem's onset."""
        if self.diagnoses and self.window.plots is not None:
            self.window.plots.show_epoch(self.diagnoses[0].onset_epoch)

    def switch_to_suggested_preset(self) -> None:
        """The alert's one click: stop the run if needed, then take the suggested preset."""
        a = self.session.collapse.alert
        if a is None or a.preset is None or "preset" in self.session.locked_controls:
            return
        self.stop_and_wait()
        self.window.setup.set_preset(a.preset)
        self.window.plots.hide_alert()
        said = translate(
            "Training", "Switched to the '{0}' preset (same pattern and seed): press F5 to train"
        )
        self.window.say(said.format(a.preset or SWITCH_TO), 6000)

    def _on_failed(self, event: Failed) -> None:
        if not event.building:
            self.show_doctor(event.message)  # a failed run: the doctor names it (nan)
        title = (
            translate("Training", "Cannot start training")
            if event.building
            else translate("Training", "Training stopped")
        )
        self.window.error(title, said(event.words) if event.words else event.message)
        if not self.training:  # a step failed (or the trainer of a step's run)
            self.window.stepped.emit()

    def _on_finished(self) -> None:
        w = self.window
        if w.plots is not None:
            w.plots.refresh()  # the last report drawn at once, not at the redraw cadence
        self.show_doctor()  # after the run too: the whole run looked at once more
        self.session.run_ended()  # announced: actions, Runs tab, status bar
        if self.session.state is RunState.FINISHED:
            w.say(translate("Training", "Training finished"), 4000)
        elif self.session.state is RunState.STOPPED:  # not a stale "Stopping..."
            w.say(
                translate("Training", "Stopped at epoch {0}: F5 continues").format(
                    number(self.session.run.epoch)
                ),
                4000,
            )
        w.run_finished.emit()
