"""Seed sweeps in the window: Run > Sweep seeds... trains N seeds of the set-up together on a
worker thread (``core.engine.sweep``); the Sweeps tab (``sweep_panel``) shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from patterngan_gui.kit import ask
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.step_words import error_words
from patterngan_gui.kit.worker import DriverLink, QtThread

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow


class SweepController(QObject):
    """Run > Sweep seeds...: ask how many, train them on the sweep's own thread (a
    ``core.app.run_driver.SweepDriver``), show them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.driver = None  # the sweep in progress
        self.link = DriverLink(lambda: self.driver, self._event, parent=self)

    def sweep_dialog(self) -> None:
        if not self.session.can_sweep:
            return
        n, ok = ask.get_int(
            self.window,
            translate("Dialogs", "Sweep seeds"),
            translate("Dialogs", "Seeds to train together:"),
            8,
            2,
            64,
        )
        if ok:
            self.start(n)

    def start(self, n: int) -> bool:
        from core.app.run_driver import SweepDriver

        s, w = self.session, self.window
        if not s.can_sweep:
            return False
        config = s.draft
        try:
            seeds = [config.seed + i for i in range(n)]
            driver = SweepDriver(config, seeds, self.link.notify, spawn=QtThread)
        except ValueError as exc:
            w.error(translate("Files", "Cannot start the sweep"), error_words(exc))
            return False
        w.sweep_panel.start(n, config)
        w.tabs.setCurrentWidget(w.sweep_panel)
        s.sweep_started()
        self.driver = driver
        driver.start()
        driver.train()
        return True

    def _event(self, event) -> None:
        from core.app.run_driver import Built, Ended, Failed

        if isinstance(event, Failed):
            self.window.error(translate("Files", "The sweep stopped"), event.message)
        elif isinstance(event, Ended):
            self._finished()
        elif not isinstance(event, Built):  # a sweep report: to its tab and the status bar
            self.window.sweep_panel.add(event)
            self.session.sweep_progress(event)  # announced: the status bar follows

    def stop(self, timeout_s: float = 0.0) -> None:
        driver = self.driver
        if driver is None:
            return
        driver.stop()
        if timeout_s:
            driver.wait_until_idle(timeout_s)
            self.link.drain_all()
            self._finished()

    def _finished(self) -> None:
        driver, self.driver = self.driver, None
        if driver is None:
            return  # already handled (closing waits and finishes the sweep itself)
        driver.close()
        self.session.sweep_ended(driver.config)  # announced: the Runs tab keeps it
        self.window.say(translate("Files", "Sweep finished: kept in the Runs tab"), 4000)
        self.window.sweep_finished.emit()
