"""The window in states a student reaches (issue: the session model): a lab open and a file
opened, paused and stepped, stopped, after a reset; driven by keys and clicks, offscreen."""

from __future__ import annotations

import threading

import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from torch import nn

from core.app.session import RunState
from core.engine.presets import make_config
from core.engine.trainer import Trainer
from core.files.genfile import open_generator, save_trained
from core.files.lab_file import dump_lab
from core.teaching.lab import Lab
from tests.gui_helpers import short, step, train_to_end


def _collapse_odd_file(tmp_path):
    path = tmp_path / "odd-collapse.pt"
    save_trained(path, Trainer(make_config("collapse", pattern="odd", hi=100, epochs=5, seed=4)))
    return path


def _book_lab(tmp_path):
    lab = Lab(
        "Book lab",
        "Train the book.",
        make_config("book", epochs=200, report_every=100, eval_samples=1000, seed=1),
        frozenset({"pattern", "range", "preset"}),
    )
    path = tmp_path / "lab.toml"
    path.write_text(dump_lab(lab))
    return path


def test_a_lab_keeps_its_locked_setup_when_a_file_is_opened_then_f5_and_save_as(
    window, qtbot, tmp_path, monkeypatch
):
    """The issue's acceptance path: lab locks pattern, range, preset to the book task; open an
    odd-numbers collapse file; F5; Ctrl+Shift+S: the file records the lab's task."""
    assert window.labs.open_lab(str(_book_lab(tmp_path)))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(_collapse_odd_file(tmp_path)), "")
    )
    qtbot.keyClick(window, Qt.Key_O, Qt.ControlModifier)
    assert window.session.opened is not None  # opened for sampling and inspection
    c = window.setup.config()
    assert (c.pattern, c.lo, c.hi, c.preset, c.generator) == ("multiples:5", 0, 50, "book", "book")
    assert "the lab keeps its pattern, range, preset" in window.statusBar().currentMessage()
    assert window.windowTitle().endswith("Book lab")
    train_to_end(qtbot, window)
    target = tmp_path / "saved.pt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    meta = open_generator(target).metadata
    assert (meta["pattern"], meta["range"], meta["preset"]) == ("multiples:5", [0, 50], "book")


def test_opening_a_file_disables_plot_exports_until_a_run_is_shown_again(window, qtbot, tmp_path):
    short(window, "book", epochs=100, eval_samples=500)
    train_to_end(qtbot, window)
    assert window.action("export_png").isEnabled() and window.action("export_csv").isEnabled()
    assert window.files.open_file(str(_collapse_odd_file(tmp_path)))
    for name in ("export_png", "export_csv", "bundle"):
        assert not window.action(name).isEnabled(), name
    assert window.action("save").isEnabled() and window.action("sample").isEnabled()
    # the Runs tab's Show brings the run back: plots, exports and its generator
    window.tabs.setCurrentWidget(window.runs_panel)
    window.runs_panel.table.select_run(0)
    qtbot.mouseClick(window.runs_panel.show_button, Qt.LeftButton)
    assert window.session.history is window.session.runs[0]
    assert window.tabs.currentWidget() is window.plots
    for name in ("export_png", "export_csv", "bundle", "save"):
        assert window.action(name).isEnabled(), name
    assert window.plots.shown_report().epoch == 100


def test_the_chapters_file_sets_the_book_preset_and_latent_100(window, tmp_path):
    window.setup.set_config(make_config("collapse", pattern="odd", hi=100))
    path = tmp_path / "num_gen.pt"
    torch.jit.script(nn.Sequential(nn.Linear(100, 25), nn.ReLU())).save(str(path))
    assert window.files.open_file(str(path))
    c = window.setup.config()
    assert (c.preset, c.generator, c.latent, c.pattern) == ("book", "book", 100, "multiples:5")


def test_pause_step_resume_works_as_in_a_debugger(window, qtbot):
    short(window, "book", epochs=20_000, report_every=100, eval_samples=500)
    with qtbot.waitSignal(window.plots.refreshed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key_F5)
    qtbot.keyClick(window, Qt.Key_F6)
    assert window.session.state is RunState.PAUSED
    assert window.action("step_epoch").isEnabled()
    window.session.driver.call(lambda trainer: None)  # the loop has parked (tasks in order)
    before = window.session.run.epoch  # where it holds, not its last report's
    step(qtbot, window)  # taken by the paused loop, between its epochs
    assert window.session.run.epoch == before + 1
    assert window.session.history.epochs[-1] == before + 1  # the step's report is shown
    step(qtbot, window, "step_g")
    assert window.session.state is RunState.PAUSED
    qtbot.keyClick(window, Qt.Key_F5)  # resume
    assert window.session.state is RunState.RUNNING
    qtbot.waitUntil(lambda: window.session.history.epochs[-1] >= before + 100, timeout=10_000)
    epochs = window.session.history.epochs
    assert epochs == sorted(epochs)  # the reports stay in epoch order
    with qtbot.waitSignal(window.run_finished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)


def test_status_follows_the_setup_and_says_no_remaining_time_after_stop(window, qtbot):
    window.setup.set_preset("default")
    assert window.status.epoch.text() == "epoch 0 / 800"
    short(window, "book", epochs=50_000, report_every=100, eval_samples=500)
    assert window.status.epoch.text() == "epoch 0 / 50,000"
    with qtbot.waitSignal(window.plots.refreshed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: "remaining" in window.status.time.text(), timeout=10_000)
    with qtbot.waitSignal(window.run_finished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)
    assert "remaining" not in window.status.time.text()
    assert window.session.state is RunState.STOPPED
    assert window.action("train").text() == "&Resume"


def test_the_sampling_header_follows_a_pattern_change(window, qtbot):
    short(window, "default", epochs=40, batch=64, pack=4, report_every=20, eval_samples=500)
    train_to_end(qtbot, window)
    qtbot.keyClick(window, Qt.Key_G, Qt.ControlModifier)
    assert "multiples:5" in window.sampling.summary.text()
    window.setup.kind.setCurrentIndex(window.setup.kind.findData("odd"))
    assert "odd" in window.sampling.summary.text()
    assert "multiples:5" not in window.sampling.summary.text()


def test_ctrl_i_brings_the_inspector_to_the_front(window, qtbot):
    def seen(widget) -> bool:  # a dock tab behind another is moved out of view, not hidden
        return widget.isVisible() and not widget.visibleRegion().isEmpty()

    assert not window.inspector_dock.isVisible()
    qtbot.keyClick(window, Qt.Key_I, Qt.ControlModifier)
    assert seen(window.inspector) and not seen(window.setup)  # in front of the set-up tab
    window.show_setup()
    assert seen(window.setup) and not seen(window.inspector)
    qtbot.keyClick(window, Qt.Key_I, Qt.ControlModifier)  # again, from behind the set-up
    assert seen(window.inspector)


def test_runs_tab_ticks_the_latest_two_and_keeps_an_untick(window, qtbot):
    for seed in (1, 2):
        short(window, "book", epochs=100, eval_samples=300, seed=seed)
        train_to_end(qtbot, window)
    panel = window.runs_panel
    window.tabs.setCurrentWidget(panel)
    assert panel.checked_runs() == [0, 1]
    panel.table.set_ticked(0, False)
    short(window, "book", epochs=100, eval_samples=300, seed=3)
    train_to_end(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    assert panel.checked_runs() == [1, 2]  # run 1 stays unticked; the latest two ticked
    panel.table.set_ticked(0, True)
    short(window, "book", epochs=100, eval_samples=300, seed=4)
    train_to_end(qtbot, window)
    assert panel.checked_runs() == [0, 2, 3]  # a tick by hand stays too


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_an_unsaved_run_asks_save_discard_cancel(
    make_window, qtbot, tmp_path, monkeypatch, answer
):
    from patterngan_gui.kit.dialogs import Dialogs

    w = make_window()
    short(w, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, w)
    asked = []
    monkeypatch.setattr(Dialogs, "ask_unsaved", lambda self, names: asked.append(names) or answer)
    target = tmp_path / "kept.pt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    closed = w.close()
    assert asked and "#1 book" in asked[0][0]
    assert closed == (answer != "cancel")
    assert target.exists() == (answer == "save")
    if answer == "save":
        assert not w.session.unsaved_runs()


def test_no_question_when_everything_was_saved(window, qtbot, tmp_path, monkeypatch):
    from patterngan_gui.kit.dialogs import Dialogs

    short(window, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "g"), ""))
    assert window.files.save()
    monkeypatch.setattr(Dialogs, "ask_unsaved", lambda *a: pytest.fail("asked"))
    assert window.close()


def test_a_run_saved_in_a_session_or_opened_from_one_is_not_unsaved(
    make_window, qtbot, tmp_path, monkeypatch
):
    from patterngan_gui.kit.dialogs import Dialogs

    w = make_window()
    short(w, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, w)
    assert w.session.unsaved_runs()
    assert w.classroom.save_session(str(tmp_path / "s.pgsession"))  # File > Save session
    assert not w.session.unsaved_runs()
    monkeypatch.setattr(Dialogs, "ask_unsaved", lambda *a: pytest.fail("asked after a save"))
    assert w.close()
    other = make_window()
    qtbot.waitUntil(lambda: other.session.ready, timeout=20_000)
    assert other.classroom.open_session(str(tmp_path / "s.pgsession"))
    assert not other.session.unsaved_runs()  # only opened: nothing to lose
    other.show_run(0)  # Show in Training tab: the samples log comes back with the run
    other.plots.refresh()
    assert other.plots.log_text().count("epoch") == len(other.session.runs[0].snapshots) > 0
    other.files.sample()  # the Sampling tab gives the chapter's lines for a reopened run too
    source = other.sampling.source.text()
    assert "map_location=&quot;cpu&quot;" in source and "G(torch.randn(10, 100))" in source
    assert "once saved" in source


def test_a_run_modified_in_advanced_is_named_by_what_differs(window):
    from core.teaching.history import RunHistory

    config = make_config("default", loss="lsgan", d_steps=2, d_hidden=(128, 128))
    assert RunHistory(4, config).name.startswith("#4 default + D 128,128, lsgan, k 2, seed 0")
    assert RunHistory(1, make_config("book")).name.startswith("#1 book, seed 0")
    long = make_config("book", pattern="weights:" + ",".join(f"{v}=0.1" for v in range(10, 40)))
    name = RunHistory(2, long.replace(hi=100)).name
    assert "\u2026" in name and len(name) < 120  # a long target is elided


def test_device_probing_never_runs_on_the_gui_thread(window, qtbot, monkeypatch):
    """Auto with CUDA present times probe runs: F5 does it on the worker thread, and F10
    does not probe at all."""
    from core.engine import device

    threads = []
    monkeypatch.setattr(device.torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(device, "_gpu_name", lambda: "a test GPU")

    def probe(config, seconds=0.25):
        threads.append(threading.current_thread())
        return 100.0 if config.device == "cpu" else 1.0  # the CPU wins: nothing needs CUDA

    monkeypatch.setattr("core.engine.trainer.epochs_per_second", probe)
    device._auto_choices.clear()
    short(window, "book", epochs=100, eval_samples=300, device="auto")
    train_to_end(qtbot, window)
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
    assert "measured" in window.status.device.toolTip()
    short(window, "book", epochs=100, eval_samples=300, device="auto", batch=20)  # unmeasured
    step(qtbot, window)
    assert len(threads) == 2 and window.session.run_status.device == "cpu"
    assert "one at a time" in window.status.device.toolTip()
    device._auto_choices.clear()


def test_a_slow_open_keeps_the_window_painting_and_can_be_cancelled(window, qtbot, monkeypatch):
    """Opening runs off the GUI thread: the event loop goes on, and Cancel returns at once."""
    import time as _time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from core.files import genfile

    release = threading.Event()

    def slow_open(path, trust=False):
        release.wait(10)
        raise genfile.GeneratorFileError(path, "never mind")

    monkeypatch.setattr(genfile, "open_generator", slow_open)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)

    def cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if dialogs and dialogs[0].isVisible():
            dialogs[0].cancel()
        else:
            QTimer.singleShot(50, cancel)

    QTimer.singleShot(100, cancel)
    started = _time.process_time()  # CPU time: a loaded machine cannot stretch it
    assert window.files.open_file("slow.pt") is False
    assert _time.process_time() - started < 5 and len(ticks) > 5  # it painted while waiting
    assert "cancelled" in window.statusBar().currentMessage()
    ticker.stop()
    release.set()


def test_the_speed_dial_slows_reports_for_a_projector_and_changes_while_training(window, qtbot):
    import time as _time

    short(window, "book", epochs=600, report_every=100, eval_samples=300)
    window.speed.setCurrentIndex(4)
    window.speed.activated.emit(4)  # as a click on "1 report/s"
    assert window.session.report_interval == 1.0
    started = _time.perf_counter()
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: len(window.session.history.epochs) >= 2, timeout=10_000)
    assert _time.perf_counter() - started >= 0.9  # the second report waited for the dial
    with qtbot.waitSignal(window.run_finished, timeout=10_000):
        for _ in range(4):
            qtbot.keyClick(window, Qt.Key_BracketRight, Qt.ControlModifier)  # faster, running
    assert window.speed.currentIndex() == 0 and window.session.report_interval == 0
    assert window.session.history.epochs[-1] == 600


def test_closing_mid_run_holds_the_run_while_asking_and_cancel_lets_it_go_on(
    make_window, qtbot, monkeypatch
):
    from patterngan_gui.kit.dialogs import Dialogs

    w = make_window()
    short(w, "book", epochs=30_000, report_every=100, eval_samples=300)
    with qtbot.waitSignal(w.plots.refreshed, timeout=10_000):
        qtbot.keyClick(w, Qt.Key_F5)
    qtbot.waitUntil(lambda: bool(w.session.history.epochs), timeout=10_000)
    states = []
    monkeypatch.setattr(
        Dialogs, "ask_unsaved", lambda self, names: states.append(w.session.state) or "cancel"
    )
    assert not w.close()
    assert states == [RunState.PAUSED]  # held still while the question was on screen
    assert w.session.state is RunState.RUNNING  # Cancel: training goes on
    with qtbot.waitSignal(w.run_finished, timeout=10_000):
        qtbot.keyClick(w, Qt.Key_F5, Qt.ShiftModifier)


def test_runs_tab_names_what_differs_labels_mixed_losses_and_fits_its_numbers(window, qtbot):
    from tests.gui_helpers import train_to_end

    window.resize(1280, 800)
    for config in (
        make_config("default", epochs=40, eval_samples=300),
        make_config("default", loss="lsgan", d_steps=2, epochs=40, eval_samples=300),
    ):
        window.setup.set_config(config)
        train_to_end(qtbot, window)
    window.tabs.setCurrentWidget(window.runs_panel)
    panel = window.runs_panel
    names = sorted(panel.table.item(r, 0).text() for r in range(panel.table.rowCount()))
    assert names == ["#1 default, seed 0", "#2 default + lsgan, k 2, seed 0"]
    assert panel.loss_plot.getPlotItem().getAxis("left").labelText.startswith("each run's own")
    header = panel.table.horizontalHeader()
    metrics = panel.table.fontMetrics()
    for c, title in enumerate(panel.table.COLUMNS[1:], start=1):
        assert header.sectionSize(c) >= metrics.horizontalAdvance(title)  # never "Str..."
