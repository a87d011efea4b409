"""The desktop app, driven as a person would: keys, menus, dialogs (patched), offscreen."""

from __future__ import annotations

import errno
import os
import time

import numpy as np
import pytest
import torch
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from torch import nn

from core.app.run_driver import live_threads
from core.files.genfile import open_generator
from patterngan_gui.kit.dialogs import Dialogs
from patterngan_gui.launch import display_problem
from tests import hostile
from tests.gui_helpers import short, step, train_to_end


def test_first_launch_shows_the_chapters_setup(window):
    assert window.windowTitle() == "PatternGAN"
    cfg = window.setup.config()
    assert (cfg.preset, cfg.pattern, cfg.lo, cfg.hi, cfg.epochs, cfg.batch) == (
        "book",
        "multiples:5",
        0,
        50,
        10_000,
        10,
    )
    assert "10 numbers: 0, 5, 10" in window.setup.support.text()
    assert window.action("train").shortcut().toString() == "F5"
    assert window.action("pause").shortcut().toString() == "F6"
    assert window.action("stop").shortcut().toString() == "Shift+F5"
    assert window.action("step_epoch").shortcut().toString() == "F10"
    assert window.action("sample").shortcut().toString() == "Ctrl+G"
    assert window.action("save_as").shortcut().toString() == "Ctrl+Shift+S"


def test_set_a_pattern_with_the_widgets(window):
    s = window.setup
    s.kind.setCurrentIndex(s.kind.findData("odd"))
    s.hi.setValue(100)
    assert "50 numbers: 1, 3, 5" in s.support.text()
    s.kind.setCurrentIndex(s.kind.findData("expr"))
    s.expr.setText("n % 4 == 1 and n > 20")
    assert window.setup.config().pattern == "expr:n % 4 == 1 and n > 20"
    assert "20 numbers: 21, 25" in s.support.text()


def test_invalid_value_is_flagged_and_train_refuses(window, qtbot):
    s = window.setup
    s.batch.setValue(0)
    assert "batch" in s.error.text() and "at least 1" in s.error.text()
    assert "D55E00" in s.batch.styleSheet()
    assert not window.action("train").isEnabled()
    qtbot.keyClick(window, Qt.Key_F5)
    assert window.session.driver is None and window.session.run is None
    s.batch.setValue(10)
    assert s.error.text() == "" and window.action("train").isEnabled()
    s.kind.setCurrentIndex(s.kind.findData("expr"))
    s.expr.setText("__import__('os')")
    assert "not allowed" in s.error.text() and not window.action("train").isEnabled()


def test_the_books_trap_is_readable_on_the_training_tab(window, qtbot):
    """Strict and book validity side by side as numbers, live and in the log; modes covered
    on its own axis, so book validity's line never lies under it."""
    short(window, epochs=1000)
    train_to_end(qtbot, window)
    window.plots.refresh()
    m = window.session.history.last.metrics
    assert m.book_validity > m.strict_validity + 0.2  # the trap itself, on the book preset
    info = window.plots.timeline_info.text()
    assert f"strict {m.strict_validity:.1%}" in info and f"book {m.book_validity:.1%}" in info
    assert f"book {m.book_validity:.1%}" in window.plots.log.toPlainText().splitlines()[-1]
    q = window.plots.quality
    assert q.modes.getViewBox() is q.view and q.book.getViewBox() is not q.view
    assert window.plots.quality_plot.getPlotItem().getAxis("right").isVisible()
    top = q.view.viewRange()[1][1]
    assert q.modes.getData()[1][-1] == m.modes_covered <= 0.8 * top + 1e-9  # below the top


def test_train_with_f5_to_completion_fills_the_plots(window, qtbot):
    short(window)
    train_to_end(qtbot, window)
    assert window.session.run.epoch == 300
    window.plots.refresh()
    assert [r.epoch for r in window.session.history.snapshots] == [100, 200, 300]
    x, y = window.plots.quality.strict.getData()
    assert len(x) == 3 and np.isfinite(y).all()
    assert window.plots.dview_curve.getData()[1].shape == (100,)
    assert window.plots.log.toPlainText().count("epoch") == 3
    assert "300 / 300" in window.status.epoch.text()
    assert window.status.progress.value() == 300
    # the status bar says where it trained, and its tooltip why (auto's choice)
    assert window.status.device.text() == f"device: {window.session.run_status.device}"
    assert window.status.device.toolTip().startswith("auto: ")


def test_save_with_ctrl_s_then_open_in_a_fresh_window_and_sample(
    make_window, qtbot, tmp_path, monkeypatch
):
    w = make_window()
    short(w, "default", epochs=60, batch=64)
    w.setup.report_every.setValue(20)
    train_to_end(qtbot, w)
    target = tmp_path / "num_gen.pt"
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(target), "")
    )
    qtbot.keyClick(w, Qt.Key_S, Qt.ControlModifier)
    assert asked and asked[0].endswith("num_gen.pt")  # the default name
    assert target.exists() and open_generator(target).metadata["epochs_trained"] == 60
    qtbot.keyClick(w, Qt.Key_S, Qt.ControlModifier)  # second Ctrl+S: no dialog
    assert len(asked) == 1

    w2 = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(w2, Qt.Key_O, Qt.ControlModifier)
    assert w2.session.opened.file is not None and not w2.session.opened.file.trusted
    assert w2.tabs.currentWidget() is w2.sampling
    assert w2.sampling.model.rowCount() == w2.sampling.count.value()
    assert "strict validity" in w2.sampling.summary.text()
    w2.sampling.count.setValue(3)
    qtbot.keyClick(w2, Qt.Key_G, Qt.ControlModifier)
    assert w2.sampling.model.rowCount() == 3
    assert w2.sampling.csv_text().count("\n") == 4
    assert str(target.resolve()) in w2.settings.recent_files()


def test_gui_file_argument_opens_the_generator(make_window, tmp_path):
    path = tmp_path / "num_gen.pt"
    torch.jit.script(nn.Sequential(nn.Linear(100, 25), nn.ReLU())).save(str(path))
    w = make_window(open_file=str(path))  # `patterngan gui FILE`
    assert (
        w.session.opened.file is not None and w.session.opened.file.inferred
    )  # the chapter's own file
    assert "inferred" in w.sampling.source.text()
    assert w.sampling.model.rowCount() > 0


def test_opened_chapter_file_can_be_saved_again_and_reopened(make_window, tmp_path, monkeypatch):
    src = tmp_path / "chapter.pt"
    torch.jit.script(nn.Sequential(nn.Linear(100, 25), nn.ReLU())).save(str(src))
    w = make_window(open_file=str(src))
    target = tmp_path / "copy.pt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert w.files.save_as() is True
    again = open_generator(target)
    assert not again.inferred and again.codec.spec == "qr:5" and again.latent_size == 100


def test_close_in_the_middle_of_training_exits_quickly(window, qtbot):
    short(window, epochs=10_000_000)
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: len(window.session.history.epochs) > 0, timeout=10_000)
    driver = window.session.driver
    started = time.process_time()  # CPU time: training on to the end would burn minutes
    window.close()
    assert time.process_time() - started < 2.0
    assert not driver.alive and live_threads() == [] and window.session.driver is None


def test_pause_resume_stop_and_no_second_worker(window, qtbot):
    short(window, epochs=10_000_000)
    qtbot.keyClick(window, Qt.Key_F5)
    first = window.session.driver
    qtbot.keyClick(window, Qt.Key_F5)  # pressing Train again while running: same run
    assert window.session.driver is first and live_threads() == [first._thread]
    qtbot.waitUntil(lambda: len(window.session.history.epochs) > 0, timeout=10_000)
    qtbot.keyClick(window, Qt.Key_F6)
    assert window.session.state.value == "paused" and window.action("train").text() == "&Resume"
    qtbot.keyClick(window, Qt.Key_F5)
    assert window.session.busy and not window.session.state.value == "paused"
    with qtbot.waitSignal(window.run_finished, timeout=5000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)
    assert not window.session.busy and window.session.run.last_report.stopped
    epoch = window.session.run.epoch
    # F5 after a stop continues the same run
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: window.session.run.epoch > epoch, timeout=10_000)
    with qtbot.waitSignal(window.run_finished, timeout=5000):
        window.training.stop()
    assert live_threads() == [first._thread]  # the run's thread waits for F5 or F10


def test_step_f10_and_menu_steps(window, qtbot):
    step(qtbot, window)
    assert window.session.run.epoch == 1 and len(window.session.history.epochs) == 1

    def g_weight():  # read on the run's own thread, as everything that touches the trainer
        return window.session.driver.call(lambda trainer: trainer.G[0].weight.clone())

    w0 = g_weight()
    step(qtbot, window, "step_d")
    assert torch.equal(w0, g_weight())
    step(qtbot, window, "step_g")
    assert not torch.equal(w0, g_weight())
    assert window.session.run.epoch == 1 and len(window.session.history.epochs) == 3


def test_bad_file_gives_a_dialog_and_keeps_state(window, qtbot, tmp_path, dialogs):
    short(window, epochs=200)
    train_to_end(qtbot, window)
    before = (window.session.driver, len(window.session.history.epochs))
    bad = tmp_path / "notes.pt"
    bad.write_text("not a model")
    assert window.files.open_file(str(bad)) is False
    assert dialogs and "text file" in dialogs[0][1] and "notes.pt" in dialogs[0][1]
    assert (window.session.driver, len(window.session.history.epochs)) == before


def test_untrusted_file_needs_confirmation(window, tmp_path, monkeypatch):
    target = str(tmp_path / "pwned")
    path = hostile.scripted(hostile.ForwardWriter(target), tmp_path / "evil.pt")
    asked = []
    monkeypatch.setattr(Dialogs, "confirm_trust", lambda self, p, why: asked.append(why) or False)
    assert window.files.open_file(str(path)) is False
    assert asked and "unknown type" in asked[0] and window.session.opened is None
    assert not os.path.exists(target + ".fwd")
    monkeypatch.setattr(Dialogs, "confirm_trust", lambda self, p, why: True)
    assert window.files.open_file(str(path)) is True and window.session.opened.file.trusted
    assert "trusted" in window.sampling.source.text()


def test_full_disk_on_save_is_a_dialog_and_keeps_the_old_file(
    window, qtbot, tmp_path, monkeypatch, dialogs
):
    short(window, epochs=100)
    train_to_end(qtbot, window)
    target = tmp_path / "num_gen.pt"
    target.write_bytes(b"previous")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert window.files.save() is False
    assert dialogs and "No space left" in dialogs[0][1]
    assert target.read_bytes() == b"previous" and window.session.driver is not None


def test_worker_error_ends_the_run_with_a_message_and_keeps_plots(
    window, qtbot, monkeypatch, dialogs
):
    from core.engine.trainer import Trainer, TrainingError

    real = Trainer.step_epochs

    def failing(self, until, busy):
        real(self, min(until, 150), busy)
        if self.epoch == 150 < until:
            raise TrainingError("the D loss became nan by epoch 150: training diverged")

    monkeypatch.setattr(Trainer, "step_epochs", failing)
    short(window, epochs=1000)
    train_to_end(qtbot, window)
    assert dialogs and "diverged" in dialogs[0][1]
    assert [r.epoch for r in window.session.history.snapshots] == [100]


def test_settings_restore_the_last_setup_and_geometry(make_window, settings_path):
    w = make_window()
    short(w, "default", epochs=123, seed=7)
    w.setup_dock.hide()  # window state (docks, toolbars) is saved with the geometry
    w.close()
    assert QSettings(settings_path, QSettings.IniFormat).value("window/geometry") is not None
    w2 = make_window()
    cfg = w2.setup.config()
    assert (cfg.preset, cfg.epochs, cfg.seed) == ("default", 123, 7)
    assert not w2.setup_dock.isVisible()


def test_help_menu_texts(window):
    from patterngan_gui.actions import shortcuts_html
    from patterngan_gui.kit import help_text

    keys = shortcuts_html()
    for key in (
        "F1",
        "F5",
        "F6",
        "F10",
        "Ctrl+O",
        "Ctrl+S",
        "Ctrl+G",
        "Ctrl+M",
        "Ctrl+L",
        "Ctrl+E",
        "Ctrl+I",
        "Ctrl+Q",
    ):
        assert f"<b>{key}</b>" in keys, key
    assert "Strict validity" in help_text.HOW_IT_WORKS and "D on real" in help_text.HOW_IT_WORKS
    about = window.dialogs.about_text()
    assert "PyTorch" in about and "PySide6" in about and "Device" in about


def test_cuda_choice_is_explained_when_unavailable(window):
    item = window.setup.device.model().item(2)
    if not torch.cuda.is_available():
        assert not item.isEnabled()
        assert "unavailable" in window.setup.device.toolTip()
    assert "times a quarter of a second" in window.setup.device.toolTip()


def test_screenshot_after_a_short_run_is_not_blank(window, qtbot, tmp_path):
    short(window, epochs=300)
    train_to_end(qtbot, window)
    window.plots.refresh()
    path = tmp_path / "window.png"
    image = window.grab().toImage()
    assert image.save(str(path)) and path.stat().st_size > 10_000
    small = image.scaled(64, 40)
    colours = {small.pixel(x, y) for x in range(64) for y in range(40)}
    assert len(colours) > 20  # not a flat, empty picture


def test_dark_theme_switch(window):
    window.set_theme("dark")
    assert window.action("theme_dark").isChecked()
    assert window.plots.loss_plot.backgroundBrush().color().lightness() < 80
    window.set_theme("light")


def test_display_problem_messages():
    if not os.sys.platform.startswith("linux"):
        pytest.skip("linux only")
    msg = display_problem({})
    assert msg and "DISPLAY is not set" in msg and "\n" not in msg
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_the_xcb_libraries_a_portable_kit_carries_count_as_present(tmp_path, monkeypatch):
    """Without the system's libxcb-cursor & co. the window cannot open, and ``patterngan``
    says which to install; a kit that carries them (PyInstaller's ``sys._MEIPASS``) opens."""
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("linux only")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)  # a bare system
    msg = display_problem({"DISPLAY": ":0"})
    assert msg and "libxcb-cursor0" in msg and "libxcb-keysyms1" in msg
    for name in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert display_problem({"DISPLAY": ":0"}) is None
    (tmp_path / "libxcb-icccm.so.4").unlink()
    assert "libxcb-icccm4" in display_problem({"DISPLAY": ":0"})


def test_export_plots_metrics_and_samples(window, qtbot, tmp_path, monkeypatch):
    short(window, epochs=200)
    train_to_end(qtbot, window)
    targets = iter([tmp_path / "plots.png", tmp_path / "metrics.csv", tmp_path / "samples.csv"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    window.action("export_png").trigger()
    window.action("export_csv").trigger()
    qtbot.keyClick(window, Qt.Key_G, Qt.ControlModifier)
    window.sampling.save_button.click()
    assert (tmp_path / "plots.png").stat().st_size > 5000
    lines = (tmp_path / "metrics.csv").read_text().splitlines()
    assert lines[0].startswith("epoch,d_loss,g_loss,samples,strict_validity") and len(lines) == 3
    rows = (tmp_path / "samples.csv").read_text().splitlines()
    assert rows[0] == ",".join(f"n{i}" for i in range(1, 11)) and len(rows) == 21


def test_the_refcount_guard_applies_only_where_pyside6_6_12_meets_python_3_11():
    from patterngan_gui.kit.refcount_guard import needed

    assert needed((3, 11), "6.12.0") and needed((3, 10), "6.13.1")
    assert not needed((3, 12), "6.12.0") and not needed((3, 11), "6.11.3")
