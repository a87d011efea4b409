"""PatternGAN's main window: docks, tabs and status bar over one session model.

The window builds the layout, creates the session (``core.app.session.Session``), the panels
and three controllers (training, files, labs), generates menus, toolbar and shortcut help from
the action table (``actions.ACTIONS``), and refreshes itself from the session. It holds no
rules of its own: every "is this allowed now?" is a session property.

Start-up is split in two so the window paints before the heavy imports: the constructor builds
the menus, toolbar, status bar and set-up panel (Qt and numpy only; importing this module loads
neither torch nor pyqtgraph); ``finish_startup`` (run by the event loop right after the first
paint) imports them and builds the plots and the sampling view. ``ready`` fires when done.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QTabWidget,
)

from core.app.events import CURRENT, DRAFT, LAB, REPORT, RUNS, TIMELINE
from core.app.session import RunState, Session
from core.engine.config import LOSS_AXIS
from patterngan_gui import actions as action_table
from patterngan_gui.controllers.classroom import ClassroomController
from patterngan_gui.controllers.files import FilesController
from patterngan_gui.controllers.labs import LabController
from patterngan_gui.controllers.recovery import RecoveryController
from patterngan_gui.controllers.training import TrainingController
from patterngan_gui.kit.announce import Announcer
from patterngan_gui.kit.appearance import Appearance
from patterngan_gui.kit.dialogs import Dialogs
from patterngan_gui.kit.gc_guard import collect_on_the_gui_thread
from patterngan_gui.kit.i18n import keep, kept, translate
from patterngan_gui.kit.language_menu import LanguageMenu
from patterngan_gui.kit.refcount_guard import guard as guard_refcounts
from patterngan_gui.kit.resource_files import resource
from patterngan_gui.kit.screen_fit import fit_to_screen
from patterngan_gui.kit.settings import GEOMETRY, SPLITTER, STATE, SettingsStore
from patterngan_gui.panels.lab_dock import LabDock
from patterngan_gui.panels.lab_panel import LabPanel
from patterngan_gui.panels.setup_panel import SetupPanel
from patterngan_gui.panels.status import RunStatus

APP_NAME = "PatternGAN"


def app_icon() -> QIcon:
    path = resource("patterngan.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(LabDock, QMainWindow):
    """The one window of the app."""

    ready = Signal()  # finish_startup is done: plots exist, torch is loaded
    run_finished = Signal()  # a training run's loop has ended
    stepped = Signal()  # a step by hand has been taken and shown (or failed and said)
    sweep_finished = Signal()  # a seed sweep's thread has ended

    def __init__(
        self,
        settings: QSettings | None = None,
        open_file: str | None = None,
        lab_file: str | None = None,
    ) -> None:
        super().__init__()
        guard_refcounts()  # PySide6 6.12 on Python 3.11: see kit/refcount_guard
        collect_on_the_gui_thread()  # never on the training thread: see gc_guard
        self.settings = SettingsStore(settings)
        LanguageMenu.install_chosen(self)  # before any text is made
        self.session = Session()
        self.pending_open = open_file
        self.pending_lab = lab_file
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.plots = self.sampling = self.inspector = self.runs_panel = None
        self.class_view = None  # the Class tab, made when a class folder is first opened
        self._dirty = False  # reports arrived since the status bar and inspector were shown

        self.setup = SetupPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.setup)
        scroll.setWidgetResizable(True)
        # the set-up reflows to the dock's width: never a horizontal scrollbar
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        kept(
            scroll, "MainWindow", name=QT_TRANSLATE_NOOP("MainWindow", "Set-up")
        )  # it takes Tab (to scroll)
        self._setup_scroll = scroll
        self.setup_dock = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Set-up"), "setup_dock", scroll
        )
        self.lab_panel = LabPanel()
        self.instructions = self.lab_panel.text  # the instructions' text browser
        self.lab_panel.answers_changed.connect(self._on_answers)
        self.instructions_dock = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Instructions"), "instructions_dock", self.lab_panel
        )
        self.inspector_dock = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Encoding inspector"), "inspector_dock", QLabel()
        )
        # tabs beside the set-up: the plots keep the window's width
        for dock in (self.instructions_dock, self.inspector_dock):
            self.tabifyDockWidget(self.setup_dock, dock)
            dock.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._loading = QLabel(translate("MainWindow", "Loading PyTorch and the plots..."))
        self._loading.setAlignment(Qt.AlignCenter)
        self.tabs.addTab(self._loading, translate("MainWindow", "&Training"))
        self.setCentralWidget(self.tabs)

        self.dialogs = Dialogs(self)
        self.appearance = Appearance(self)
        self.training = TrainingController(self)
        self.files = FilesController(self)
        self.labs = LabController(self)
        self.classroom = ClassroomController(self)
        self.recovery = RecoveryController(self)  # SIGTERM: keep unsaved runs (launch installs)
        from patterngan_gui.controllers.sweeps import SweepController

        self.sweeps = SweepController(self)
        self.actions = action_table.build_actions(self)
        menus = action_table.build_menus(self.menuBar(), self.actions)
        recent = QMenu(self)  # right after "Open generator"
        recent.setTitle(keep(recent, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Open &Recent")))
        menus["File"].insertMenu(self.actions["save"], recent)
        self.files.attach_recent_menu(recent)
        toolbar = self.addToolBar("")
        toolbar.setWindowTitle(keep(toolbar, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Run")))
        toolbar.setObjectName("run_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        action_table.build_toolbar(toolbar, self.actions)
        self.speed = action_table.add_speed_dial(toolbar, self.training.set_speed)
        action_table.make_focusable(toolbar)
        self.languages = LanguageMenu(self, menus["View"])  # View > Language
        self.status = RunStatus(self.statusBar())
        self.announcer = Announcer(self.statusBar())  # what say() says, for screen readers

        self.text_scale = self.settings.text_scale()
        s = self.session
        self.setup.setup_problem = s.setup_problem  # the rules are the session's
        self.setup.lab_controls = lambda: (s.lab.locked, s.lab.hidden) if s.lab else (set(), set())
        self.session.changed.connect(self._on_session_changed)  # every widget exists now
        self._restore_settings()
        self.setup.changed.connect(self._on_setup_changed)
        self._on_setup_changed()

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setWindowTitle(keep(dock, "MainWindow", title))  # title: QT_TRANSLATE_NOOP'd
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(Qt.LeftDockWidgetArea, dock)
        return dock

    def action(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def finish_startup(self) -> None:
        """The heavy half of start-up: pyqtgraph, torch, plots, sampling view."""
        if self.session.ready:
            return
        import torch

        from core.engine.process import prepare_for_training
        from patterngan_gui.panels.inspector_panel import InspectorPanel
        from patterngan_gui.panels.plots import PlotsPanel
        from patterngan_gui.panels.runs_panel import RunsPanel
        from patterngan_gui.panels.sampling_panel import SamplingPanel

        prepare_for_training()  # process-wide settings, once, at the window's start
        self.plots = PlotsPanel()
        self.sampling = SamplingPanel()
        self.inspector = InspectorPanel()
        self.runs_panel = RunsPanel()
        from patterngan_gui.panels.sweep_panel import SweepPanel

        self.sweep_panel = SweepPanel()
        from patterngan_gui.panels.model_view import ModelView

        self.model_view = ModelView()
        self.inspector_dock.setWidget(self.inspector)
        self.sampling.sample_requested.connect(self.files.sample)
        self.sampling.save_requested.connect(self.files.save_samples_csv)
        self.sampling.cell_clicked.connect(self.files.inspect_sampled)
        self.plots.refreshed.connect(self._on_plots_refreshed)
        self.plots.integer_clicked.connect(self._inspect_integer)
        self.plots.position = lambda: self.session.shown_index
        self.plots.shown = self.session.shown_report  # the timeline is the session's
        self.plots.timeline_chosen.connect(
            lambda i: self.session.show_snapshot(None if i < 0 else i)
        )
        self.plots.alert_action.connect(self.training.switch_to_suggested_preset)
        self.plots.doctor_action.connect(self.training.go_to_onset)
        self.runs_panel.save_requested.connect(self.files.save_run)
        self.runs_panel.show_requested.connect(self.show_run)
        self.tabs.removeTab(0)
        self._loading.deleteLater()
        for page, title in (
            (self.plots, QT_TRANSLATE_NOOP("MainWindow", "&Training")),
            (self.sampling, QT_TRANSLATE_NOOP("MainWindow", "Sa&mpling")),
            (self.runs_panel, QT_TRANSLATE_NOOP("MainWindow", "R&uns")),
            (self.sweep_panel, QT_TRANSLATE_NOOP("MainWindow", "S&weeps")),
            (self.model_view, QT_TRANSLATE_NOOP("MainWindow", "&Networks")),
        ):
            self.tabs.addTab(page, keep(page, "MainWindow", title))
        self.tabs.setTabToolTip(
            4, translate("MainWindow", "The model view: G and D, layer by layer")
        )
        # the list and overlays follow the session when looked at (manual steps included)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        from patterngan_gui.kit.plot_access import PlotAccess

        self.plot_access = PlotAccess(self)  # every plot described, and shown as a table
        cuda = torch.cuda.is_available()
        reason = "" if cuda else f"this PyTorch ({torch.__version__}) sees no CUDA device"
        self.session.set_cuda(cuda, reason)
        self.setup.set_cuda_available(cuda, reason)
        state = self.settings.bytes(SPLITTER)
        if state is not None:
            self.plots.restore_splitter(state)
        self.set_theme(self.settings.theme())
        self.set_text_scale(self.text_scale)
        self.session.set_ready()  # announced: the plots show the current run, actions wake
        self.ready.emit()
        if self.pending_lab:
            path, self.pending_lab = self.pending_lab, None
            if self.labs.open_lab(path):  # a screen reader starts with what to do
                self.instructions.setFocus(Qt.OtherFocusReason)
        if self.pending_open:
            path, self.pending_open = self.pending_open, None
            self.files.open_any(path)

    # -- refreshing from the session ---------------------------------------------------------
    def _on_setup_changed(self) -> None:
        error = self.setup.validation_error()
        draft = None if error else self.setup.draft()
        self.session.set_draft(draft, str(error) if error else None)
        if draft is not None and self.session.draft != draft:
            # a lab's locked or hidden value came back (a preset chosen over it): show it
            change = self.session.within_lab(draft)
            self.setup.set_config(change.config)
            said = translate("MainWindow", "The lab keeps its {0}")
            self.say(said.format(", ".join(change.kept)), 5000)
        self.inspector_follow_codec()
        if self.sampling is not None and self.session.draft is not None:
            self.sampling.judge(self.session.draft.resolve_pattern())

    def _on_session_changed(self, aspects: frozenset[str]) -> None:
        """The session said what changed: show that (the one place the window follows it)."""
        # with no run current, the plots show the set-up's target: they follow its edits
        if CURRENT in aspects or (DRAFT in aspects and self.session.run is None):
            self.show_current_run()
        elif RUNS in aspects and self.plots is not None:
            self.runs_panel.set_runs(self.session.runs, self.session.sweeps)
        if REPORT in aspects:
            if self.session.sweeping:
                self.status.show(self.session)  # a sweep reports twenty times in all
            else:
                self.mark_dirty()  # the status bar follows the plots' redraw cadence
        if LAB in aspects:
            self.setup.apply_lab_controls()
        if (CURRENT in aspects or LAB in aspects) and self.session.lab is not None:
            # a run's predictions are its own (sealed, after the run): they follow the run shown
            self.lab_panel.show_answers(self.session.answer_fields())
            self.show_goals()
        if TIMELINE in aspects and self.plots is not None:
            self.plots.show_position()
            self.refresh_inspector()
            self.refresh_model_view()
        if aspects - {REPORT} or self.session.state is not RunState.RUNNING:
            self.refresh()  # a report while not running: a step by hand, or a run's last

    def refresh(self) -> None:
        """Show the session: actions, set-up lock, status bar, sampling, title."""
        s = self.session
        action_table.refresh_enabled(self.actions, s)
        self.actions["train"].setText(action_table.in_language(f"&{s.train_label}"))
        self.files.update_recent()  # no settings read or menu rebuilt on every refresh
        self.setup.set_locked(not s.setup_editable)
        if self.sampling is not None:
            self.sampling.set_enabled(s.can_sample)
        self.status.show(s)
        title = s.lab.title if s.lab is not None and s.lab.title else None
        if title and len(title) > 120:  # a window title is one short line
            title = title[:119] + "\u2026"
        self.setWindowTitle(f"{APP_NAME} - {title}" if title else APP_NAME)

    def mark_dirty(self) -> None:
        self._dirty = True

    def _on_plots_refreshed(self) -> None:
        if self._dirty:
            self._dirty = False
            self.status.show(self.session)
            if self.inspector_dock.isVisible():
                self.refresh_inspector()
            self.refresh_model_view()

    def show_current_run(self) -> None:
        """Point the plots at the session's current run (or nothing), from its history."""
        s = self.session
        if self.plots is not None:
            history = s.history
            config = history.config if history is not None else s.draft
            if config is not None:
                pattern = config.resolve_pattern()
                self.plots.reset(
                    pattern.R, pattern.support, config.epochs, history, pattern.weights
                )
                axis = translate("plots", LOSS_AXIS[config.loss])
                self.plots.loss_plot.setLabel("left", axis)
            self.plots.clear_story()
            self.training.show_alert()
            self.runs_panel.set_runs(s.runs, s.sweeps)
            self.inspector.clear_reading()
            self.refresh_inspector()
            if s.run is not None:
                self.tabs.setCurrentWidget(self.plots)

    def show_run(self, index: int) -> None:
        """Runs tab > Show: an earlier run becomes current again (view, save, export)."""
        if self.session.busy or not 0 <= index < len(self.session.runs):
            return
        self.session.show_run(index)  # announced: the plots show it
        kept = self.files.show_setup_change(self.session.setup_for_run(index))
        said = translate("MainWindow", "Showing run #{0}").format(self.session.runs[index].number)
        self.say(said + kept, 6000 if kept else 3000)

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.runs_panel:
            self.runs_panel.set_runs(self.session.runs, self.session.sweeps)
        self.refresh_model_view()

    def refresh_model_view(self) -> None:
        """The Networks tab follows the plots' shown report, while it is looked at."""
        if self.plots is not None and self.tabs.currentWidget() is self.model_view:
            self.model_view.follow(self.session, self.session.shown_report())

    def show_speed(self, index: int) -> None:
        self.speed.setCurrentIndex(index)

    def show_sampling(self) -> None:
        self.tabs.setCurrentWidget(self.sampling)

    # -- inspector -----------------------------------------------------------------------
    def inspector_follow_codec(self) -> None:
        if self.inspector is not None:
            self.inspector.follow_codec(self.session)

    def refresh_inspector(self) -> None:
        self.inspector.follow(self.session)

    def show_inspector(self) -> None:
        """Ctrl+I: show the inspector in front of the set-up."""
        self._show_beside_setup(self.inspector_dock)
        if self.inspector is not None:
            self.refresh_inspector()

    def _inspect_integer(self, n: int) -> None:
        self.show_inspector()
        self.inspector.show_integer(n)

    def show_setup(self) -> None:
        self.setup_dock.show()
        self.setup_dock.raise_()

    # -- instructions ----------------------------------------------------------------------
    # -- messages ----------------------------------------------------------------------------
    def say(self, text: str, ms: int = 3000) -> None:
        self.statusBar().showMessage(text, ms)
        self.announcer.say(text)  # step sentences, a run's end: at most one per 2 s

    def error(self, title: str, message: str) -> None:
        self.dialogs.error(title, message)

    # -- looks (patterngan_gui.kit.appearance) ----------------------------------------------------
    def set_theme(self, theme: str) -> None:
        self.appearance.set_theme(theme)

    def set_text_scale(self, scale: float) -> None:
        self.appearance.set_text_scale(scale)

    # -- settings and closing ----------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.bytes(GEOMETRY)
        fit_to_screen(self, restored=geometry is not None and self.restoreGeometry(geometry))
        state = self.settings.bytes(STATE)
        if state is not None:
            self.restoreState(state)
        config = self.settings.setup()
        if config is not None:
            self.files.show_setup_change(self.session.within_lab(config))
        if self.settings.notes:
            self.say(
                translate("MainWindow", "Settings: {0}").format("; ".join(self.settings.notes)),
                8000,
            )

    def _save_settings(self) -> None:
        s = self.settings
        s.set_bytes(GEOMETRY, self.saveGeometry())
        s.set_bytes(STATE, self.saveState())
        if self.plots is not None:
            s.set_bytes(SPLITTER, self.plots.splitter_state())
        s.set_setup(self.setup.draft())
        s.sync()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.status.fit(event.size().width())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # a running run holds still while the question is asked (saving reads its weights)
        was_running = self.training.hold()
        if not self.files.confirm_close():
            if was_running:
                self.training.train()  # Cancel: it goes on
            event.ignore()
            return
        self.training.stop_and_wait()
        self.sweeps.stop(timeout_s=10.0)
        self.session.close()  # the run's thread ends with the window
        self._save_settings()
        self.recovery.uninstall()  # the process's signals are no longer this window's
        event.accept()
