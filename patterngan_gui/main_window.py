"""PatternGAN's main window: set-up, run controls, live plots, files and sampling.

Start-up is split in two so the window paints before the heavy imports: the constructor builds
the menus, toolbar, status bar and set-up panel (Qt and numpy only); ``finish_startup`` (run by
the event loop right after the first paint) imports pyqtgraph and torch and builds the plots
and the sampling view. ``ready`` fires when it is done.

Threads (DESIGN): training runs in a ``TrainingRun`` (worker + QThread); this window only reads
the trainer while no run is active (single steps, saving, sampling happen then).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QStyleFactory,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from core import __version__
from core.engine.config import TrainConfig
from core.teaching.history import RunHistory, RunResult, metrics_csv
from core.teaching.lab import Lab, LabError, dump_lab, load_lab
from patterngan_gui import help_text
from patterngan_gui.setup_panel import SetupPanel

APP_NAME = "PatternGAN"
MAX_RECENT = 8
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
GEN_FILTER = "PatternGAN generator (*.pt);;All files (*)"
LAB_FILTER = "PatternGAN lab (*.toml);;All files (*)"
RAW_KEPT = 10_000  # sampled numbers whose raw outputs are kept for the inspector


def app_icon() -> QIcon:
    path = RESOURCES / "patterngan.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def default_settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, APP_NAME, APP_NAME)


class MainWindow(QMainWindow):
    """The one window of the app."""

    ready = Signal()  # finish_startup is done: plots exist, torch is loaded
    run_finished = Signal()  # a training run's thread has ended

    def __init__(
        self,
        settings: QSettings | None = None,
        open_file: str | None = None,
        lab_file: str | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else default_settings()
        self._pending_open = open_file
        self._pending_lab = lab_file
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        self.setMinimumSize(900, 600)

        self.trainer = None  # core.engine.trainer.Trainer of the current run, if any
        self.run = None  # patterngan_gui.worker.TrainingRun while a thread is active
        self.control = None
        self.last_report = None
        self.opened = None  # core.files.genfile.GeneratorFile opened from disk
        self.save_path: str | None = None
        self.plots = None
        self.sampling = None
        self.inspector = None
        self.runs_panel = None
        self.history: RunHistory | None = None  # the current run's history
        self.runs: list[RunHistory] = []  # every run of this session, oldest first
        self.lab: Lab | None = None
        self.last_story = None  # the latest slow-motion step's story
        self.alert = None  # the latest mode-collapse alert, if any
        self._sample_outputs = None  # raw outputs behind the sampling table (first RAW_KEPT)
        self._inspector_dirty = False
        self._trainer_config: TrainConfig | None = None
        self._started_at = time.perf_counter()
        self.is_ready = False
        self._status_dirty = False

        self.setup = SetupPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.setup)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        self.setup_dock = QDockWidget("Set-up", self)
        self.setup_dock.setObjectName("setup_dock")
        self.setup_dock.setWidget(scroll)
        self.setup_dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.setup_dock)

        self.instructions = QTextBrowser()
        self.instructions.setAccessibleName("Lab instructions")
        self.instructions_dock = QDockWidget("Instructions", self)
        self.instructions_dock.setObjectName("instructions_dock")
        self.instructions_dock.setWidget(self.instructions)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.instructions_dock)
        self.tabifyDockWidget(self.setup_dock, self.instructions_dock)
        self.instructions_dock.hide()
        self.inspector_dock = QDockWidget("Encoding inspector", self)
        self.inspector_dock.setObjectName("inspector_dock")
        self.inspector_dock.setWidget(QLabel("Loading..."))
        self.addDockWidget(Qt.LeftDockWidgetArea, self.inspector_dock)
        # tabs beside the set-up: the plots keep the window's width
        self.tabifyDockWidget(self.setup_dock, self.inspector_dock)
        self.inspector_dock.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._loading = QLabel("Loading PyTorch and the plots...")
        self._loading.setAlignment(Qt.AlignCenter)
        self.tabs.addTab(self._loading, "&Training")
        self.setCentralWidget(self.tabs)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._restore_settings()
        self.setup.changed.connect(self._update_actions)
        self._update_actions()

    # -- construction ---------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(f"{tip} ({act.shortcut().toString()})" if shortcut else tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_train = self._action(
            "&Train / Resume", self.train, "F5", "Start or resume training"
        )
        self.act_pause = self._action("&Pause", self.pause, "F6", "Pause training between steps")
        self.act_stop = self._action(
            "&Stop", self.stop, "Shift+F5", "Stop training (keeps the result)"
        )
        self.act_step = self._action(
            "Step one &epoch",
            lambda: self.step("epoch"),
            "F10",
            "Run one epoch: D on real, D on fake, then G",
        )
        self.act_step_d = self._action(
            "Step &D only", lambda: self.step("d"), None, "One discriminator step (real and fake)"
        )
        self.act_step_d_real = self._action(
            "Step D on &real only",
            lambda: self.step("d_real"),
            None,
            "One discriminator step on real data",
        )
        self.act_step_d_fake = self._action(
            "Step D on &fake only",
            lambda: self.step("d_fake"),
            None,
            "One discriminator step on generated data",
        )
        self.act_step_g = self._action(
            "Step &G only", lambda: self.step("g"), None, "One generator step"
        )
        self.act_slow = self._action(
            "Slow &motion",
            self.set_slow_motion,
            "Ctrl+M",
            "F10 runs one step of the epoch at a time and says what it changed",
        )
        self.act_slow.setCheckable(True)
        self.act_open_lab = self._action(
            "Open &lab...", self.open_lab_dialog, "Ctrl+L", "Open a teacher's lab file"
        )
        self.act_save_lab = self._action(
            "Save set-up as la&b...",
            self.save_lab_dialog,
            None,
            "Save this set-up, locked or hidden controls and instructions as a lab file",
        )
        self.act_close_lab = self._action(
            "&Close lab", self.close_lab, None, "Show every control again and drop the lab"
        )
        self.act_bundle = self._action(
            "Export run b&undle...",
            self.export_bundle,
            "Ctrl+E",
            "One folder with the set-up, metrics CSV, plots PNG, samples log and num_gen.pt",
        )
        self.act_reset = self._action(
            "&Reset", self.reset, None, "Discard the current run and its plots"
        )
        self.act_open = self._action(
            "&Open generator...", self.open_dialog, QKeySequence.Open, "Open a num_gen.pt"
        )
        self.act_save = self._action(
            "&Save generator", self.save, QKeySequence.Save, "Save the generator"
        )
        self.act_save_as = self._action(
            "Save generator &As...",
            self.save_as,
            "Ctrl+Shift+S",
            "Save the generator under a new name",
        )
        self.act_export_png = self._action(
            "Export plots as &PNG...", self.export_png, None, "Save the plots as a picture"
        )
        self.act_export_csv = self._action(
            "Export metrics as &CSV...", self.export_csv, None, "Save every report's metrics as CSV"
        )
        self.act_quit = self._action("&Quit", self.close, QKeySequence.Quit, "Quit PatternGAN")
        self.act_sample = self._action(
            "&Sample", self.sample, "Ctrl+G", "Sample sequences from the generator"
        )
        self.act_shortcuts = self._action("&Keyboard shortcuts", self.show_shortcuts, None)
        self.act_how = self._action(
            "&How it works", self.show_how_it_works, QKeySequence.HelpContents
        )
        self.act_about = self._action("&About PatternGAN", self.show_about, None)
        self.step_actions = (
            self.act_step,
            self.act_step_d,
            self.act_step_d_real,
            self.act_step_d_fake,
            self.act_step_g,
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_save_as)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_png)
        file_menu.addAction(self.act_export_csv)
        file_menu.addAction(self.act_bundle)
        file_menu.addSeparator()
        file_menu.addAction(self.act_open_lab)
        file_menu.addAction(self.act_save_lab)
        file_menu.addAction(self.act_close_lab)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        run_menu = bar.addMenu("&Run")
        for act in (self.act_train, self.act_pause, self.act_stop):
            run_menu.addAction(act)
        run_menu.addSeparator()
        for act in self.step_actions:
            run_menu.addAction(act)
        run_menu.addAction(self.act_slow)
        run_menu.addSeparator()
        run_menu.addAction(self.act_reset)
        run_menu.addAction(self.act_sample)
        view = bar.addMenu("&View")
        view.addAction(self.setup_dock.toggleViewAction())
        inspector = self.inspector_dock.toggleViewAction()
        inspector.setShortcut(QKeySequence("Ctrl+I"))
        view.addAction(inspector)
        view.addAction(self.instructions_dock.toggleViewAction())
        theme_menu = view.addMenu("&Theme")
        self.theme_actions = {}
        for key, label in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            act = QAction(label, self, checkable=True)
            act.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            theme_menu.addAction(act)
            self.theme_actions[key] = act
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_how)
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("Run")
        tb.setObjectName("run_toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for act in (
            self.act_train,
            self.act_pause,
            self.act_stop,
            self.act_step,
            self.act_slow,
            self.act_reset,
        ):
            tb.addAction(act)
        tb.addSeparator()
        tb.addAction(self.act_open)
        tb.addAction(self.act_save)
        tb.addAction(self.act_sample)

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.status_epoch = QLabel("epoch 0 / 0")
        self.status_speed = QLabel("")
        self.status_device = QLabel("device: -")
        self.status_time = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        for w in (self.status_epoch, self.status_speed, self.status_device, self.status_time):
            sb.addPermanentWidget(w)
        sb.addPermanentWidget(self.progress)

    def finish_startup(self) -> None:
        """The heavy half of start-up: pyqtgraph, torch, plots, sampling view."""
        if self.is_ready:
            return
        import torch

        from patterngan_gui.inspector_panel import InspectorPanel
        from patterngan_gui.plots import PlotsPanel
        from patterngan_gui.runs_panel import RunsPanel
        from patterngan_gui.sampling_panel import SamplingPanel

        torch.set_num_threads(1)  # tiny models: one thread is fastest and spares the GUI's core
        self.plots = PlotsPanel()
        self.sampling = SamplingPanel()
        self.sampling.sample_requested.connect(self.sample)
        self.plots.refreshed.connect(self._refresh_status)
        self.sampling.save_button.clicked.connect(self.save_samples_csv)
        self.sampling.table.clicked.connect(self._inspect_sampled)
        self.inspector = InspectorPanel()
        self.inspector_dock.setWidget(self.inspector)
        self.plots.integer_clicked.connect(self._inspect_integer)
        self.plots.timeline_moved.connect(self._refresh_inspector)
        self.plots.alert.button.clicked.connect(self._switch_to_suggested_preset)
        self.runs_panel = RunsPanel()
        self.runs_panel.save_requested.connect(self.save_run)
        self.setup.changed.connect(self._follow_codec)
        self.tabs.removeTab(0)
        self._loading.deleteLater()
        self.tabs.addTab(self.plots, "&Training")
        self.tabs.addTab(self.sampling, "Sa&mpling")
        self.tabs.addTab(self.runs_panel, "R&uns")
        # the list and overlays follow the session when looked at (manual steps included)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        cuda = torch.cuda.is_available()
        self.setup.set_cuda_available(
            cuda, "" if cuda else f"this PyTorch ({torch.__version__}) sees no CUDA device"
        )
        state = self.settings.value("plots/splitter")
        if isinstance(state, QByteArray):
            self.plots.splitter.restoreState(state)
        self.set_theme(str(self.settings.value("view/theme", "system")))
        self._reset_plots()
        self._follow_codec()
        self.is_ready = True
        self._update_actions()
        self.ready.emit()
        if self._pending_lab:
            path, self._pending_lab = self._pending_lab, None
            self.open_lab(path)
        if self._pending_open:
            path, self._pending_open = self._pending_open, None
            self.open_file(path)

    # -- settings ---------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        raw = self.settings.value("setup/last")
        if raw:
            try:
                config = TrainConfig.from_dict(json.loads(str(raw)))
                config.validate()
                self.setup.set_config(config)
            except (ValueError, TypeError):
                pass  # an old or damaged entry: keep the book set-up
        self._rebuild_recent()

    def _save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        if self.plots is not None:
            s.setValue("plots/splitter", self.plots.splitter.saveState())
        s.setValue("setup/last", json.dumps(self.setup.draft().to_dict()))
        s.sync()

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent_files() if p != path]
        self.settings.setValue("files/recent", [path, *items][:MAX_RECENT])
        self.settings.setValue("files/last_folder", str(Path(path).parent))
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files):
            act = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))

    def _last_folder(self) -> str:
        return str(self.settings.value("files/last_folder", str(Path.home())))

    # -- state ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run is not None and self.run.running

    @property
    def paused(self) -> bool:
        return self.running and self.control is not None and self.control.paused

    def has_generator(self) -> bool:
        return self.trainer is not None or self.opened is not None

    def _update_actions(self) -> None:
        ready = self.is_ready
        running, paused = self.running, self.paused
        valid = self.setup.validation_error() is None
        self.act_train.setEnabled(ready and (paused or (not running and valid)))
        self.act_pause.setEnabled(running and not paused)
        self.act_stop.setEnabled(running)
        for act in self.step_actions:
            act.setEnabled(ready and not running and valid)
        self.act_reset.setEnabled(ready and not running and self.trainer is not None)
        can_save = ready and not running and self.has_generator()
        self.act_save.setEnabled(can_save)
        self.act_save_as.setEnabled(can_save)
        self.act_sample.setEnabled(can_save)
        self.act_export_png.setEnabled(ready)
        has_reports = bool(self.history and self.history.epochs)
        self.act_export_csv.setEnabled(ready and has_reports)
        self.act_bundle.setEnabled(
            ready and not running and has_reports and self.trainer is not None
        )
        self.act_open_lab.setEnabled(ready and not running)
        self.act_save_lab.setEnabled(ready and not running and valid)
        self.act_close_lab.setEnabled(not running and self.lab is not None)
        self.act_open.setEnabled(ready and not running)
        self.recent_menu.setEnabled(ready and not running and bool(self.recent_files()))
        self.setup.set_locked(running)
        if self.sampling is not None:
            self.sampling.set_enabled(can_save)
        self.act_train.setText("&Resume" if paused or self._resumable() else "&Train")

    def _resumable(self) -> bool:
        t = self.trainer
        return (
            t is not None
            and not self.running
            and t.epoch < t.config.epochs
            and t.epoch > 0
            and self._trainer_config == self._draft_or_none()
        )

    def _draft_or_none(self) -> TrainConfig | None:
        try:
            return self.setup.config()
        except ValueError:
            return None

    # -- training ---------------------------------------------------------------------------
    def _new_trainer(self) -> bool:
        from core.engine.trainer import Trainer, TrainingError

        try:
            config = self.setup.config()
            trainer = Trainer(config)
        except (ValueError, TrainingError) as exc:
            self._error("Cannot start training", str(exc))
            return False
        self._seal_current_run()
        self.trainer = trainer
        self._trainer_config = config
        self.last_report = None
        self.save_path = None
        self.history = RunHistory(len(self.runs) + 1, config)
        self.inspector.clear_reading()
        self.runs.append(self.history)
        self._reset_plots()
        self.runs_panel.set_runs(self.runs)
        self.status_device.setText(f"device: {self.trainer.device}")
        self.status_device.setToolTip(self.trainer.device_choice.reason)
        self.tabs.setCurrentWidget(self.plots)
        return True

    def _reset_plots(self) -> None:
        if self.plots is None:
            return
        try:
            config = self.setup.config()
            pattern = config.resolve_pattern()
            self.plots.reset(pattern.R, pattern.support, config.epochs, self.history)
        except ValueError:
            pass
        self.alert = None
        self._update_status()

    def _seal_current_run(self) -> None:
        """The current trainer is about to go: keep a copy of its generator in its history."""
        trainer, history, report = self.trainer, self.history, self.last_report
        if trainer is None or history is None:
            return
        from core.files.genfile import cpu_copy, metadata_for

        history.seal(lambda: RunResult(cpu_copy(trainer.generator), metadata_for(trainer, report)))

    def train(self) -> None:
        """F5: start a run, resume a paused one, or continue a stopped one."""
        if not self.is_ready:
            return
        if self.running:
            if self.paused:
                self.control.resume()
                self.statusBar().showMessage("Resumed", 2000)
                self._update_actions()
            return
        if not self._resumable() and not self._new_trainer():
            return
        from core.engine.trainer import RunControl
        from patterngan_gui.worker import TrainingRun

        self.control = RunControl()
        self.run = TrainingRun(
            self.trainer,
            self.control,
            self._on_report,
            self._on_failed,
            self._on_run_finished,
            parent=self,
        )
        self.run.start()
        self.statusBar().showMessage("Training...", 2000)
        self._update_actions()

    def pause(self) -> None:
        if self.running and self.control is not None:
            self.control.pause()
            self.statusBar().showMessage("Paused: F5 resumes, F10 is available after Stop", 4000)
            self._update_actions()

    def stop(self) -> None:
        if self.run is not None:
            self.run.stop()
            self.statusBar().showMessage("Stopping...", 2000)

    def step(self, kind: str) -> None:
        """F10 and the Run menu: one step on the main thread (milliseconds), with a report."""
        if not self.is_ready or self.running:
            return
        from core.engine.trainer import TrainingError

        if (
            self.trainer is None
            or self._trainer_config != self._draft_or_none()
            or (self.trainer.epoch >= self.trainer.config.epochs)
        ):
            if not self._new_trainer():
                return
        from core.teaching.slow_motion import STEP_NAMES, explain

        slow = self.act_slow.isChecked()
        try:
            if slow:
                story = explain(self.trainer, "phase" if kind == "epoch" else kind)
            else:
                self.trainer.step(kind)
            report = self.trainer.report()
        except TrainingError as exc:
            self._error("Training stopped", str(exc))
            return
        self._on_report(report, STEP_NAMES[story.kind] if slow else "")
        self.plots.refresh()  # a step is a deliberate act: show it at once
        self._update_status()
        self._refresh_inspector()
        if slow:
            self.last_story = story
            self.plots.show_story(story)
            self.statusBar().showMessage(story.title, 4000)
            self._update_actions()
            return
        self.plots.clear_story()
        names = {
            "epoch": "one epoch",
            "d": "a D step",
            "d_real": "a D step on real data",
            "d_fake": "a D step on generated data",
            "g": "a G step",
        }
        self.statusBar().showMessage(f"Ran {names[kind]}", 2000)
        self._update_actions()

    def reset(self) -> None:
        """Start afresh; the run stays in the Runs tab."""
        if self.running:
            return
        self._seal_current_run()
        self.trainer = None
        self._trainer_config = None
        self.last_report = None
        self.history = None
        self._reset_plots()
        self._update_actions()

    def set_slow_motion(self, on: bool) -> None:
        self.act_slow.setChecked(on)
        if on:
            self.act_step.setText("Step (slow motion)")
            self.statusBar().showMessage(
                "Slow motion: F10 runs one step of the epoch and says what it changed", 4000
            )
        else:
            self.act_step.setText("Step one &epoch")
            if self.plots is not None:
                self.plots.clear_story()

    def _on_report(self, report, step: str = "") -> None:
        from core.teaching.collapse import check_collapse

        self.last_report = report
        if self.history is not None:
            self.history.add(report)
        if self.plots is not None:
            self.plots.add_report(report, step)
        self._status_dirty = True  # the status bar follows the plots' redraw cadence
        self._inspector_dirty = True
        if self.history is not None:
            alert = check_collapse(
                self.history.best_modes,
                report.metrics,
                report.epoch,
                report.epochs,
                self.trainer.config.preset if self.trainer else "",
            )
            if alert != self.alert:
                earlier, self.alert = self.alert, alert
                self._show_alert(earlier, report)

    def _show_alert(self, earlier=None, report=None) -> None:
        banner = self.plots.alert
        a = self.alert
        if a is None:
            if earlier is not None and banner.isVisible() and report is not None:
                # a student who looks away should still learn that it happened
                m = report.metrics
                banner.text.setText(
                    f"<b>Recovered by epoch {report.epoch:,}</b>: modes covered "
                    f"{m.modes_covered}/{m.support_size} again. Earlier: {earlier.headline}"
                )
                banner.button.hide()
            else:
                banner.hide()
            return
        banner.text.setText(f"<b>{a.headline}</b> {a.advice}")
        can_switch = a.preset is not None and "preset" not in self.setup.lab_locked
        banner.button.setText(f"Switch to the '{a.preset}' preset")
        banner.button.setVisible(can_switch)
        banner.show()

    def _switch_to_suggested_preset(self) -> None:
        """The alert's one click: stop the run if needed, then take the suggested preset."""
        if self.alert is None or self.alert.preset is None:
            return
        preset = self.alert.preset
        if self.run is not None:
            self.run.stop(timeout_s=5.0)
            self._on_run_finished()
        self.setup.preset.setCurrentIndex(self.setup.preset.findData(preset))
        self.plots.alert.hide()
        self.statusBar().showMessage(
            f"Switched to the '{preset}' preset (same pattern and seed): press F5 to train", 6000
        )
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        self._error("Training stopped", message)

    def _on_run_finished(self) -> None:
        from patterngan_gui.worker import join

        run, self.run = self.run, None
        if run is None:
            return  # already handled (closeEvent waits and finishes the run itself)
        join(run.thread, 10.0)
        run.deleteLater()
        if self.plots is not None:
            self.plots.refresh()
            self.runs_panel.set_runs(self.runs)
            self._refresh_inspector()
        if self.last_report is not None and self.last_report.done and not self.last_report.stopped:
            self.statusBar().showMessage("Training finished", 4000)
        self._update_actions()
        self._update_status()
        self.run_finished.emit()

    def _refresh_status(self) -> None:
        if self._status_dirty:
            self._status_dirty = False
            self._update_status()
        if self._inspector_dirty and self.inspector_dock.isVisible():
            self._refresh_inspector()

    # -- inspector --------------------------------------------------------------------------
    def _follow_codec(self) -> None:
        """The inspector shows the codec of the set-up (or of the trainer/opened file)."""
        if self.inspector is None:
            return
        codec = None
        if self.trainer is not None:
            codec = self.trainer.codec
        elif self.opened is not None:
            codec = self.opened.codec
        else:
            try:
                codec = self.setup.config().resolve_codec()
            except ValueError:
                return
        self.inspector.set_codec(codec)

    def _refresh_inspector(self) -> None:
        self._inspector_dirty = False
        self._follow_codec()
        r = self.plots.shown_report() if self.plots is not None else None
        if r is not None and len(r.sample_outputs):
            self.inspector.set_samples(r.sample_outputs, f"G's numbers at epoch {r.epoch:,}")

    def show_inspector(self) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self._refresh_inspector()

    def _inspect_integer(self, n: int) -> None:
        self.show_inspector()
        self.inspector.show_integer(n)

    def _inspect_sampled(self, index) -> None:
        """A click on a sampling-table cell shows that sample's raw heads."""
        self.show_inspector()
        if self._sample_outputs is None:
            self.inspector.reading_text.setText(
                f"Raw values are kept for draws of up to {RAW_KEPT // 10:,} sequences; "
                "draw fewer to inspect one."
            )
            return
        self.inspector.inspect_vector(self._sample_outputs[index.row() * 10 + index.column()])

    def _update_status(self) -> None:
        r = self.last_report
        total = self.trainer.config.epochs if self.trainer else self.setup.draft().epochs
        epoch = self.trainer.epoch if self.trainer else 0
        self.status_epoch.setText(f"epoch {epoch:,} / {total:,}")
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(epoch, total))
        if r is not None and r.epochs_per_second > 0:
            remaining = (total - epoch) / r.epochs_per_second
            self.status_speed.setText(f"{r.epochs_per_second:,.0f} epochs/s")
            self.status_time.setText(f"elapsed {r.elapsed:.1f} s, remaining {remaining:.1f} s")
        elif self.trainer is None:
            self.status_speed.setText("")
            self.status_time.setText("")

    # -- files ------------------------------------------------------------------------------
    def _current_generator(self):
        """(module on CPU, codec, latent size, pattern) of the trained or opened generator."""
        from core.files.genfile import cpu_copy

        if self.trainer is not None:
            t = self.trainer
            return cpu_copy(t.generator), t.codec, t.latent_size, t.pattern
        if self.opened is not None:
            g = self.opened
            return g.module, g.codec, g.latent_size, g.pattern
        return None

    def save(self) -> bool:
        if self.save_path is None:
            return self.save_as()
        return self._save_to(self.save_path)

    def save_as(self) -> bool:
        if not self.has_generator() or self.running:
            return False
        start = str(Path(self.save_path or Path(self._last_folder()) / "num_gen.pt"))
        path, _ = QFileDialog.getSaveFileName(self, "Save generator", start, GEN_FILTER)
        if not path:
            return False
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        from core.files.genfile import GeneratorFileError, resave_metadata, save_generator, save_trained

        try:
            if self.trainer is not None:
                save_trained(path, self.trainer, self.last_report)
            else:
                save_generator(path, self.opened.module, resave_metadata(self.opened))
        except (GeneratorFileError, OSError, RuntimeError) as exc:
            self._error("Could not save the generator", str(exc))
            return False
        self.save_path = path
        self._add_recent(path)
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open generator", self._last_folder(), GEN_FILTER
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a generator safely; explain a refusal; trusting needs a confirmation."""
        if not self.is_ready:
            self._pending_open = path
            return False
        if self.running:
            return False
        from core.files.genfile import GeneratorFileError, UntrustedFileError, open_generator

        try:
            gen = open_generator(path)
        except UntrustedFileError as exc:
            if not self._confirm_trust(path, exc.problem):
                return False
            try:
                gen = open_generator(path, trust=True)
            except GeneratorFileError as exc2:
                self._error("Could not open the generator", str(exc2))
                return False
        except GeneratorFileError as exc:
            self._error("Could not open the generator", str(exc))
            return False
        self._seal_current_run()
        self.opened = gen
        self.trainer = None
        self.history = None
        self._trainer_config = None
        self.last_report = None
        self.save_path = None
        self._adopt_file_setup(gen)
        self._add_recent(path)
        notes = " ".join(gen.notes)
        self.sampling.source.setText(
            f"<b>{Path(path).name}</b>: codec {gen.codec.spec} (R = {gen.codec.R}), latent size "
            f"{gen.latent_size}, {gen.architecture.get('kind')} generator"
            + (
                f", {gen.metadata.get('epochs_trained')} epochs of preset "
                f"{gen.metadata.get('preset')}"
                if gen.metadata
                else ""
            )
            + ("; <b>trusted</b>: its code ran" if gen.trusted else "; opened safely")
            + (f"<br><i>{notes}</i>" if notes else "")
        )
        self.tabs.setCurrentWidget(self.sampling)
        self._update_actions()
        self.sample()
        self.statusBar().showMessage(f"Opened {path}", 4000)
        return True

    def _adopt_file_setup(self, gen) -> None:
        config = None
        if gen.metadata.get("config"):
            try:
                config = TrainConfig.from_dict(gen.metadata["config"])
                config.validate()
            except (ValueError, TypeError):
                config = None
        if config is None:
            config = self.setup.draft().replace(
                pattern=gen.pattern.spec,
                lo=gen.pattern.lo,
                hi=gen.pattern.hi,
                codec=gen.codec.spec if not gen.inferred else "auto",
            )
        self.setup.set_config(config)
        self._reset_plots()

    def _confirm_trust(self, path: str, problem: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle("Open an unchecked file?")
        box.setText(f"<b>{Path(path).name}</b> cannot be opened safely.")
        box.setInformativeText(
            f"PatternGAN checked it and found that {problem}.\n\n"
            "Trusting it means letting PyTorch run the code stored inside the file, with your "
            "permissions: it could read, change or delete your files. Only do this for a file "
            "from a source you trust."
        )
        trust = box.addButton("Trust and run its code", QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is trust

    def sample(self) -> None:
        """Ctrl+G: draw sequences from the current generator into the sampling view."""
        if not self.is_ready or self.running or not self.has_generator():
            return
        from core.engine.sampling import sample_decoded, sample_outputs
        from patterngan_gui.sampling_panel import PER_SEQUENCE

        module, codec, latent, own_pattern = self._current_generator()
        pattern = own_pattern
        try:
            current = self.setup.config().resolve_pattern()
            if current.hi <= codec.R:
                pattern = current
        except ValueError:
            pass
        count = self.sampling.count.value() * PER_SEQUENCE
        seed = self.sampling.current_seed()
        if count <= RAW_KEPT:  # small draws keep their raw outputs for the inspector
            self._sample_outputs = sample_outputs(module, latent, count, seed)
            decoded = codec.decode(self._sample_outputs)
        else:
            self._sample_outputs = None
            decoded = sample_decoded(module, codec, latent, count, seed)
        self.sampling.show_samples(decoded.numbers, decoded.decisive, pattern, codec.R)
        if self.trainer is not None:
            self.sampling.source.setText(
                f"The generator trained in this window: epoch {self.trainer.epoch:,}, preset "
                f"{self.trainer.config.preset}, codec {codec.spec}."
            )
        self.tabs.setCurrentWidget(self.sampling)

    def save_samples_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save samples as CSV",
            str(Path(self._last_folder()) / "samples.csv"),
            "CSV (*.csv)",
        )
        if path:
            self._write_text(path, self.sampling.csv_text(), "Could not save the samples")

    def export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export plots",
            str(Path(self._last_folder()) / "patterngan-plots.png"),
            "PNG image (*.png)",
        )
        if path and not self.plots.export_png(path):
            self._error("Could not export the plots", f"{path}: the picture could not be written")

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export metrics",
            str(Path(self._last_folder()) / "patterngan-metrics.csv"),
            "CSV (*.csv)",
        )
        if not path:
            return
        rows = self.history.rows if self.history else []
        self._write_text(path, metrics_csv(rows), "Could not export the metrics")

    def _write_text(self, path: str, text: str, title: str) -> None:
        from core.files.genfile import GeneratorFileError, write_atomic

        try:
            write_atomic(Path(path), text.encode("utf-8"))
        except GeneratorFileError as exc:
            self._error(title, str(exc))
            return
        self.statusBar().showMessage(f"Saved {path}", 4000)

    # -- runs -------------------------------------------------------------------------------
    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.runs_panel:
            self.runs_panel.set_runs(self.runs)

    def save_run(self, index: int) -> bool:
        """Save the generator of any run of the session (Runs tab)."""
        if not 0 <= index < len(self.runs) or self.running:
            return False
        run = self.runs[index]
        start = str(Path(self._last_folder()) / f"num_gen-run{run.number}.pt")
        path, _ = QFileDialog.getSaveFileName(self, f"Save run #{run.number}", start, GEN_FILTER)
        if not path:
            return False
        from core.files.genfile import GeneratorFileError, save_generator, save_trained

        try:
            if run is self.history and self.trainer is not None:
                save_trained(path, self.trainer, self.last_report)
            elif run.result is not None:
                save_generator(path, run.result.module, run.result.metadata)
            else:
                return False
        except (GeneratorFileError, OSError, RuntimeError) as exc:
            self._error("Could not save the generator", str(exc))
            return False
        self._add_recent(path)
        self.statusBar().showMessage(f"Saved run #{run.number} as {path}", 4000)
        return True

    def export_bundle(self) -> str | None:
        """One folder with the set-up, metrics, plots, samples log and generator of this run."""
        if self.trainer is None or self.history is None or self.running:
            return None
        parent = QFileDialog.getExistingDirectory(
            self, "Export run bundle into folder", self._last_folder()
        )
        if not parent:
            return None
        from core.files.bundle import BundleError, write_bundle
        from core.files.genfile import GeneratorFileError, metadata_for, script_bytes

        self.plots.refresh()
        buffer = QBuffer()
        buffer.open(QIODevice.WriteOnly)
        self.plots.grab().save(buffer, "PNG")
        t, h = self.trainer, self.history
        config = {
            "config": t.config.to_dict(),
            "epochs_trained": t.epoch,
            "device": str(t.device),
            "final_metrics": self.last_report.metrics.summary() if self.last_report else {},
            "patterngan": __version__,
        }
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"patterngan-run{h.number}-{t.config.preset}")
        try:
            files = {
                "config.json": json.dumps(config, indent=2).encode(),
                "metrics.csv": metrics_csv(h.rows).encode(),
                "plots.png": bytes(buffer.data()),
                "samples_log.txt": self.plots.log_text().encode(),
                "num_gen.pt": script_bytes(t.generator, metadata_for(t, self.last_report)),
            }
            folder = write_bundle(parent, f"{name}-seed{t.config.seed}-{t.epoch}ep", files)
        except (BundleError, GeneratorFileError, RuntimeError) as exc:
            self._error("Could not export the run bundle", str(exc))
            return None
        self.settings.setValue("files/last_folder", parent)
        self.statusBar().showMessage(f"Exported the run bundle to {folder}", 6000)
        return str(folder)

    # -- labs -------------------------------------------------------------------------------
    def open_lab_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open lab", self._last_folder(), LAB_FILTER)
        if path:
            self.open_lab(path)

    def open_lab(self, path: str) -> bool:
        """Apply a lab file: its set-up, locked and hidden controls, and instructions."""
        if not self.is_ready:
            self._pending_lab = path
            return False
        if self.running:
            return False
        try:
            lab = load_lab(path)
        except LabError as exc:
            self._error("Could not open the lab", str(exc))
            return False
        self.lab = lab
        self.setup.apply_lab_controls(frozenset(), frozenset())  # unlock to fill every field
        self.setup.set_config(lab.config)
        self.setup.apply_lab_controls(lab.locked, lab.hidden)
        title = lab.title or Path(path).stem
        self.instructions.setMarkdown(
            f"## {title}\n\n" + (lab.instructions or "_This lab has no instructions._")
        )
        self.instructions_dock.show()
        self.instructions_dock.raise_()
        self.setWindowTitle(f"{APP_NAME} - {title}")
        self.reset()  # a lab starts afresh; an earlier run stays in the Runs tab
        self.statusBar().showMessage(f"Opened the lab {Path(path).name}", 4000)
        return True

    def close_lab(self) -> None:
        if self.running:
            return
        self.lab = None
        self.setup.apply_lab_controls(frozenset(), frozenset())
        self.instructions_dock.hide()
        self.setWindowTitle(APP_NAME)
        self._update_actions()

    def save_lab_dialog(self) -> None:
        from patterngan_gui.lab_dialog import SaveLabDialog

        try:
            config = self.setup.config()
        except ValueError as exc:
            self._error("Cannot save a lab", str(exc))
            return
        dlg = SaveLabDialog(config, self.lab, self)
        if dlg.exec() != QDialog.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Save lab", str(Path(self._last_folder()) / "lab.toml"), LAB_FILTER
        )
        if path:
            self.save_lab(path, dlg.lab())

    def save_lab(self, path: str, lab: Lab) -> bool:
        from core.files.genfile import GeneratorFileError, write_atomic

        try:
            write_atomic(Path(path), dump_lab(lab).encode("utf-8"))
        except (GeneratorFileError, ValueError) as exc:
            self._error("Could not save the lab", str(exc))
            return False
        self.statusBar().showMessage(f"Saved the lab {path}", 4000)
        return True

    # -- dialogs ----------------------------------------------------------------------------
    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", help_text.shortcuts_html())

    def show_how_it_works(self) -> None:
        dlg = QDialog(self)
        dlg.setWindowTitle("How it works")
        layout = QVBoxLayout(dlg)
        text = QTextBrowser()
        text.setHtml(help_text.HOW_IT_WORKS)
        text.setOpenExternalLinks(False)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dlg.reject)
        layout.addWidget(buttons)
        dlg.resize(640, 560)
        dlg.exec()

    def about_text(self) -> str:
        import numpy
        import pyqtgraph
        import PySide6
        import torch

        device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "CPU only"
        return (
            f"<h3>PatternGAN {__version__}</h3>"
            "<p>Watch a GAN learn to generate integers that follow a pattern.</p>"
            f"<p>PyTorch {torch.__version__}, PySide6 {PySide6.__version__}, "
            f"pyqtgraph {pyqtgraph.__version__}, NumPy {numpy.__version__}<br>"
            f"Device: {device}</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, "About PatternGAN", self.about_text())

    # -- looks ------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        if theme not in ("system", "light", "dark"):
            theme = "system"
        app = QApplication.instance()
        if theme == "system":
            palette = app.style().standardPalette()
        else:
            app.setStyle(QStyleFactory.create("Fusion"))
            palette = dark_palette() if theme == "dark" else app.style().standardPalette()
        app.setPalette(palette)
        for key, act in self.theme_actions.items():
            act.setChecked(key == theme)
        self.settings.setValue("view/theme", theme)
        if self.plots is not None:
            from patterngan_gui.plots import theme_plot

            self.plots.apply_theme(palette)
            theme_plot(self.sampling.hist, palette)
            for plot in self.runs_panel.plots():
                theme_plot(plot, palette)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.run is not None:
            self.run.stop(timeout_s=5.0)  # the loop checks between steps: milliseconds
            self._on_run_finished()
        self._save_settings()
        event.accept()


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, color in (
        (QPalette.Window, window),
        (QPalette.WindowText, text),
        (QPalette.Base, base),
        (QPalette.AlternateBase, window),
        (QPalette.ToolTipBase, window),
        (QPalette.ToolTipText, text),
        (QPalette.Text, text),
        (QPalette.Button, window),
        (QPalette.ButtonText, text),
        (QPalette.BrightText, QColor("#F0E442")),
        (QPalette.Highlight, QColor("#0072B2")),
        (QPalette.HighlightedText, QColor("white")),
        (QPalette.Link, QColor("#56B4E9")),
        (QPalette.PlaceholderText, QColor(160, 160, 160)),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.Disabled, QPalette.Text, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor(120, 120, 120))
    return p
