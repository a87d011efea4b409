"""Seed sweeps in the window: Run > Sweep seeds... trains N seeds of the set-up together on a
worker thread (``core.engine.sweep``); the Sweeps tab (``sweep_panel``) shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from core.app.session import RunState

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow


class SweepSource:
    """Adapts a sweep to the worker's ``reports(control)`` protocol."""

    def __init__(self, config, seeds: list[int]) -> None:
        from core.engine.sweep import SweepTrainer

        self.trainer = SweepTrainer(config, seeds)
        self.config = config

    def reports(self, control):
        every = max(1, self.config.epochs // 20)
        return self.trainer.reports(every, stop=lambda: control.stopped)


class SweepController(QObject):
    """Run > Sweep seeds...: ask how many, train them on a worker thread, show them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.run = None
        self.control = None
        self.config = None  # the set-up of the sweep in progress

    def sweep_dialog(self) -> None:
        if not self.session.can_sweep:
            return
        n, ok = QInputDialog.getInt(
            self.window, "Sweep seeds", "Seeds to train together:", 8, 2, 64
        )
        if ok:
            self.start(n)

    def start(self, n: int) -> bool:
        from core.engine.reports import RunControl
        from patterngan_gui.worker import TrainingRun

        s, w = self.session, self.window
        if not s.can_sweep:
            return False
        config = s.draft
        seeds = [config.seed + i for i in range(n)]
        self.config = config
        w.sweep_panel.start(n, config)
        w.tabs.setCurrentWidget(w.sweep_panel)
        self.control = RunControl()
        s.sweep_report = None
        self.run = TrainingRun(
            lambda: SweepSource(config, seeds),
            self.control,
            self._report,
            lambda message: w.error("The sweep stopped", message),
            self._finished,
            parent=self,
        )
        s.state = RunState.RUNNING
        s.sweeping = True
        self.run.start()
        w.refresh()
        return True

    def _report(self, report) -> None:
        """A sweep report: to its tab, and its progress to the status bar."""
        self.window.sweep_panel.add(report)
        self.session.sweep_report = report
        self.window.status.show(self.session)

    def stop(self, timeout_s: float = 0.0) -> None:
        if self.run is not None:
            self.run.stop(timeout_s)
            if timeout_s:
                self._finished()

    def _finished(self) -> None:
        from patterngan_gui.worker import join

        run, self.run = self.run, None
        if run is None:
            return
        join(run.thread, 10.0)
        run.deleteLater()
        self.session.sweeping = False
        self.session.run_ended()
        panel = self.window.sweep_panel
        record = self.session.add_sweep(self.config, panel.reports)
        if record is not None:
            self.window.runs_panel.set_runs(self.session.runs, self.session.sweeps)
        self.window.say("Sweep finished: kept in the Runs tab", 4000)
        self.window.refresh()
        self.window.sweep_finished.emit()
