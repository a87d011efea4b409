"""The status bar's permanent fields: epoch, speed, device, time, progress; shown from the
session model (the current run, or the set-up's planned epochs when there is none)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from core.app.session import RunState, Session
from patterngan_gui.kit.i18n import PLURAL, translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.run_clock import RunClock
from patterngan_gui.kit.safe_text import plain_tip
from patterngan_gui.kit.step_words import said as in_words


class RunStatus:
    def __init__(self, bar: QStatusBar) -> None:
        self.epoch = QLabel(translate("RunStatus", "epoch {0} / {1}").format(0, 0))
        self.speed = QLabel("")
        self.device = QLabel(translate("RunStatus", "device: {0}").format("-"))
        self.time = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        for w in (self.epoch, self.speed, self.device, self.time):
            bar.addPermanentWidget(w)
        bar.addPermanentWidget(self.progress)
        self.clock = RunClock()  # the run's own clock: wall time while running, any speed

    def fit(self, width: int) -> None:
        """In a narrow window the speed, device and time give way (whole, never cut), so the
        status message and the epoch stay readable; the epoch's tooltip then has them."""
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QApplication

        chars = width // max(QFontMetrics(QApplication.font()).averageCharWidth(), 1)
        for label, needed in ((self.time, 150), (self.device, 120), (self.speed, 100)):
            label.setVisible(chars >= needed)

    def show(self, session: Session) -> None:
        if session.sweeping:
            self._show_sweep(session.sweep_report)
            return
        run, draft = session.run, session.draft
        if run is not None:
            total, epoch = run.config.epochs, run.epoch
        else:
            total, epoch = (draft.epochs if draft is not None else 0), 0
        self.epoch.setText(
            translate("RunStatus", "epoch {0} / {1}").format(number(epoch), number(total))
        )
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(epoch, total))
        status = session.run_status
        if status is not None:
            self.device.setText(translate("RunStatus", "device: {0}").format(status.device))
            self.device.setToolTip(plain_tip(in_words(status.device_reason)))
        elif run is None:
            self.device.setText(translate("RunStatus", "device: {0}").format("-"))
            self.device.setToolTip("")
        r = run.last_report if run is not None else None
        running = session.state is RunState.RUNNING
        self.clock.see(run, r, running)
        if r is not None and self.clock.rate > 0:
            self.speed.setText(
                translate("RunStatus", "{0} epochs/s").format(number(self.clock.rate))
            )
            elapsed = translate("RunStatus", "elapsed {0} s").format(number(self.clock.elapsed, 1))
            remaining = self.clock.remaining(total - epoch)
            if running and remaining is not None:
                self.time.setText(
                    translate("RunStatus", "{0}, remaining {1} s").format(
                        elapsed, number(remaining, 1)
                    )
                )
            else:  # nothing remains to be timed while nothing runs
                self.time.setText(elapsed)
        else:
            self.speed.setText("")
            self.time.setText(
                ""
                if r is None
                else translate("RunStatus", "elapsed {0} s").format(number(self.clock.elapsed, 1))
            )
        self.epoch.setToolTip(
            ", ".join(w.text() for w in (self.speed, self.device, self.time) if w.text())
        )

    def _show_sweep(self, report) -> None:
        """A sweep's own progress (never the previous single run's epoch and speed)."""
        if report is None:
            self.epoch.setText(translate("RunStatus", "sweep: starting..."))
            for label in (self.speed, self.time):
                label.setText("")
            return
        seeds = len(report.seeds)
        said = translate("RunStatus", "sweep: epoch {0} / {1}, %n seed(s)", None, PLURAL, seeds)
        self.epoch.setText(said.format(number(report.epoch), number(report.epochs)))
        self.progress.setMaximum(max(report.epochs, 1))
        self.progress.setValue(min(report.epoch, report.epochs))
        rate = report.epoch / report.elapsed if report.elapsed > 0 else 0.0
        speed = translate("RunStatus", "{0} epochs/s x %n seed(s)", None, PLURAL, seeds)
        self.speed.setText(speed.format(number(rate)) if rate else "")
        self.device.setText(translate("RunStatus", "device: {0}").format("cpu"))
        self.device.setToolTip(
            translate("RunStatus", "a sweep trains its seeds together on the CPU")
        )
        elapsed = translate("RunStatus", "elapsed {0} s").format(number(report.elapsed, 1))
        self.time.setText(elapsed)
        self.epoch.setToolTip(self.speed.text())
