"""The teaching-lab features in the real window, driven with keys, clicks and menus."""

from __future__ import annotations

import errno
import html
import json
import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from core.engine.presets import make_config
from core.files.genfile import open_generator
from core.files.lab_file import load_lab
from core.teaching.lab import Lab
from patterngan_gui import cli
from patterngan_gui.kit.lab_dialog import SaveLabDialog
from tests.gui_helpers import short, step, train_to_end

EXAMPLE_LAB = Path(__file__).resolve().parent.parent / "resources" / "example-lab.toml"


def highlighted(window) -> set[str]:
    return window.plots.highlighted()


# -- 1. slow motion ------------------------------------------------------------------------
def test_slow_motion_f10_shows_each_of_the_three_steps(window, qtbot):
    short(window, "book", epochs=100)
    qtbot.keyClick(window, Qt.Key_M, Qt.ControlModifier)
    assert window.action("slow").isChecked()
    seen = []
    for _ in range(3):
        step(qtbot, window)
        story = window.training.last_story
        seen.append((story.kind, highlighted(window), window.session.run.epoch))
        assert window.plots.story.isVisible()
        assert "->" in story.sentence
        assert story.sentence in html.unescape(window.plots.story.text.text())
    assert seen == [
        ("d_real", {"d_view", "losses"}, 0),
        ("d_fake", {"d_view", "losses"}, 0),
        ("g", {"distribution", "quality", "losses"}, 1),
    ]
    assert window.plots.dview_ghost.isVisible() is False  # G's step leaves D alone
    step(qtbot, window)
    assert window.training.last_story.title.startswith("Epoch 2, step 1 of 3")
    log = window.plots.log_text().splitlines()
    assert [line.rsplit("after ", 1)[-1] for line in log[-4:]] == [
        "D on real",
        "D on fake",
        "G",
        "D on real",
    ]
    assert window.plots.dview_ghost.isVisible()


def test_slow_motion_works_with_the_d_only_and_g_only_steps(window, qtbot):
    short(window, "book", epochs=100)
    window.training.set_slow_motion(True)
    step(qtbot, window, "step_g")
    assert (
        window.training.last_story.kind == "g"
        and "outside the epoch's order" in window.training.last_story.title
    )
    step(qtbot, window, "step_d_fake")
    assert (
        window.training.last_story.kind == "d_fake"
        and "D now scores" in window.training.last_story.sentence
    )
    window.training.set_slow_motion(False)
    step(qtbot, window)  # a whole epoch again, no story shown
    assert not window.plots.story.isVisible() and not highlighted(window)


# -- 2. encoding inspector -----------------------------------------------------------------
def cell(table, row, col) -> str:
    item = table.item(row, col)
    return item.text() if item else ""


def test_inspector_shows_an_integers_quotient_and_remainder(window, qtbot):
    qtbot.keyClick(window, Qt.Key_I, Qt.ControlModifier)
    assert window.inspector_dock.isVisible()
    spin = window.inspector.number
    spin.selectAll()
    qtbot.keyClicks(spin, "37")
    table = window.inspector.table
    assert cell(table, 7, 0) == "1.00" and cell(table, 2, 1) == "1.00"
    assert cell(table, 6, 0) == "0"
    assert "37 = 7 x 5 + 2" in window.inspector.encoding_text.text()


def test_clicking_the_distribution_plot_inspects_that_integer(window, qtbot):
    plot = window.plots.dist_plot
    scene_point = plot.getPlotItem().vb.mapViewToScene(QPointF(15, 0.05))
    pos = plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.inspector.number.value() == 15, timeout=2000)
    assert window.inspector_dock.isVisible()


def test_clicking_a_generated_number_shows_its_raw_heads(window, qtbot):
    short(window, "book", epochs=200)
    train_to_end(qtbot, window)
    window.show_inspector()
    buttons = window.inspector.sample_buttons
    assert len(buttons) == 10
    qtbot.mouseClick(buttons[0], Qt.LeftButton)
    text = window.inspector.reading_text.text()
    assert "head" in text and ("decisive" in text or "undecided" in text)
    assert window.inspector.table.columnCount() == 4  # its clean encoding beside G's output


def test_an_undecided_sample_is_explained_as_the_free_multiple(window, qtbot):
    short(window, "book", epochs=100)
    step(qtbot, window)
    window.show_inspector()
    out = np.zeros(25, np.float32)
    out[3] = 0.7  # what the book's ReLU G often writes: a remainder head of zeros
    window.inspector.set_samples(out[None, :], "a hand-made output")
    qtbot.mouseClick(window.inspector.sample_buttons[0], Qt.LeftButton)
    text = window.inspector.reading_text.text()
    assert "15?" in text and "all zeros" in text and "by accident" in text


def test_clicking_a_sampled_cell_shows_that_samples_heads(window, qtbot):
    short(window, "default", epochs=60, batch=64, pack=4)
    train_to_end(qtbot, window)
    qtbot.keyClick(window, Qt.Key_G, Qt.ControlModifier)
    table = window.sampling.table
    index = table.model().index(1, 3)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    assert window.inspector_dock.isVisible()
    shown = window.sampling.model.numbers[1, 3]
    assert window.inspector.reading_text.text().startswith(f"<b>{shown}")


# -- 3. runs -------------------------------------------------------------------------------
def test_every_run_is_kept_compared_and_can_be_saved(window, qtbot, tmp_path, monkeypatch):
    short(window, "book", epochs=200, seed=3)
    train_to_end(qtbot, window)
    short(window, "default", epochs=60, batch=64, pack=4, seed=3)
    train_to_end(qtbot, window)
    panel = window.runs_panel
    assert panel.table.rowCount() == 2 and panel.checked_runs() == [0, 1]
    assert len(panel.strict_plot.getPlotItem().listDataItems()) == 2
    assert len(panel.dist_plot.getPlotItem().listDataItems()) == 2
    panel.table.set_ticked(0, False)
    assert len(panel.strict_plot.getPlotItem().listDataItems()) == 1
    target = tmp_path / "first.pt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.table.select_run(0)
    qtbot.mouseClick(panel.save_button, Qt.LeftButton)
    gen = open_generator(target)
    assert gen.metadata["preset"] == "book" and gen.metadata["epochs_trained"] == 200


# -- 4. timeline ---------------------------------------------------------------------------
def test_timeline_shows_the_generator_as_it_was(window, qtbot):
    short(window, "book", epochs=300)
    train_to_end(qtbot, window)
    plots = window.plots
    assert plots.timeline.maximum() == 2 and plots.shown_report().epoch == 300
    plots.timeline.setFocus()
    qtbot.keyClick(plots.timeline, Qt.Key_Home)
    first = window.session.history.snapshots[0]
    assert plots.shown_report() is first and "epoch 100" in plots.timeline_info.text()
    _, heights = plots.hist_curve.getData()
    expected = first.metrics.histogram.copy()
    expected[-1] = 0
    assert np.allclose(heights, expected)
    assert plots.epoch_lines[0].isVisible() and plots.epoch_lines[0].value() == 100
    plots.show_epoch(210)  # the nearest kept report
    assert plots.shown_report().epoch == 200
    qtbot.keyClick(plots.timeline, Qt.Key_End)
    assert plots.shown_report().epoch == 300 and "live" in plots.timeline_info.text()
    assert "snapshots" in plots.timeline_info.toolTip()


# -- 5. mode-collapse alert ----------------------------------------------------------------
def test_collapse_alert_says_so_and_switches_preset_in_one_click(window, qtbot):
    short(window, "collapse", epochs=300, seed=0, eval_samples=2000)
    train_to_end(qtbot, window)
    banner = window.plots.alert
    assert banner.isVisible() and "Mode collapse" in banner.text.text()
    assert banner.button.isVisible()
    qtbot.mouseClick(banner.button, Qt.LeftButton)
    cfg = window.setup.config()
    assert cfg.preset == "default" and cfg.seed == 0 and cfg.pattern == "multiples:5"
    assert not banner.isVisible()


def test_no_alert_for_a_healthy_run(window, qtbot):
    short(window, "default", epochs=300, batch=256, pack=8, eval_samples=2000)
    train_to_end(qtbot, window)
    assert not window.plots.alert.isVisible()


# -- 6. lab files --------------------------------------------------------------------------
def test_open_lab_with_ctrl_l_locks_hides_and_instructs(window, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE_LAB), ""))
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    setup = window.setup
    assert window.session.lab is not None and window.instructions_dock.isVisible()
    assert "where do the book's multiples" in window.instructions.toPlainText()
    assert window.setup.config().epochs == 3000 and window.setup.config().seed == 1
    assert not setup.preset.isEnabled() and not setup.kind.isEnabled()
    assert setup.seed.isEnabled() and setup.epochs.isEnabled()
    assert not setup.lr_d.isVisible() and not setup.device.isVisible()
    assert setup.seed.isVisible()
    # a run locks and unlocks the set-up; the lab's locks survive it
    short(window, "book", epochs=100, seed=1)
    train_to_end(qtbot, window)
    assert not setup.preset.isEnabled() and setup.seed.isEnabled()
    window.action("close_lab").trigger()
    assert setup.preset.isEnabled() and setup.lr_d.isVisible()
    assert not window.instructions_dock.isVisible()


def test_a_malformed_lab_names_the_line_and_changes_nothing(window, tmp_path, dialogs):
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "x"\n[setup]\nepochs = "many"\n')
    before = window.setup.config()
    assert not window.labs.open_lab(str(bad))
    assert "line 3" in dialogs[-1][1] and "setup.epochs" in dialogs[-1][1]
    assert window.setup.config() == before and window.session.lab is None


def test_teacher_saves_a_lab_that_opens_the_same(window, tmp_path, make_window):
    short(window, "default", epochs=400, seed=9)
    dlg = SaveLabDialog(window.setup.config(), None, window)
    dlg.title.setText("Lab 2")
    dlg.instructions.setPlainText("Compare **book** and default.")
    dlg.locked["preset"].setChecked(True)
    dlg.hidden["device"].setChecked(True)
    lab = dlg.lab()
    path = tmp_path / "lab2.toml"
    assert window.labs.save_lab(str(path), lab)
    assert load_lab(path) == lab
    student = make_window(lab_file=str(path))
    assert student.session.lab == lab and student.setup.config().epochs == 400
    assert not student.setup.preset.isEnabled() and not student.setup.device.isVisible()


def test_the_save_lab_dialog_checks_the_goals_before_class_with_a_progress_bar(window, qtbot):
    """The same check as `patterngan lab check`, off the GUI thread, its bar following the
    sweep's epochs; each goal's seeds and median epoch in the dialog."""
    from core.files.lab_file import load_lab
    from patterngan_gui.kit.resource_files import resource

    lab = load_lab(resource("class-lab.toml"))
    lab = lab.__class__(**{**lab.__dict__, "config": lab.config.replace(epochs=300)})
    dlg = SaveLabDialog(lab.config, lab, window)
    assert dlg.check.isEnabled() and dlg.lab().results_folder == "results"
    seen = []
    dlg.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dlg.check_done, timeout=60_000):
        dlg.start_check(2)
        assert not dlg.progress.isHidden() and not dlg.check.isEnabled()
    text = dlg.check_result.text()
    assert "2 seeds (0-1)" in text and "goal 1: " in text and "goal 2: 2/2 seeds" in text
    assert seen and max(seen) == 300 and dlg.progress.isHidden()
    dlg.start_check(2)
    dlg.reject()  # Cancel while it checks: the check stops, nothing is left running
    assert dlg._checking is None


def test_gui_lab_argument_refuses_a_bad_lab_before_any_window(tmp_path, capsys):
    bad = tmp_path / "lab.toml"
    bad.write_text("[controls]\nlocked = ['colour']\n")
    assert cli.main(["gui", "--lab", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "lab.toml" in err and "unknown control 'colour'" in err


def test_locked_preset_hides_the_alert_switch(window, qtbot, tmp_path):
    lab = tmp_path / "lab.toml"
    lab.write_text(
        '[setup]\npreset = "collapse"\nepochs = 300\neval_samples = 2000\n'
        '[controls]\nlocked = ["preset"]\n'
    )
    assert window.labs.open_lab(str(lab))
    train_to_end(qtbot, window)
    assert window.plots.alert.isVisible() and not window.plots.alert.button.isVisible()


# -- 7. run bundle -------------------------------------------------------------------------
def test_run_bundle_has_every_file(window, qtbot, tmp_path, monkeypatch):
    short(window, "book", epochs=300, seed=4)
    train_to_end(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    window.settings.set_last_folder(str(out))
    proposed = []

    def save_as(parent, title, start, *filters):
        proposed.append(start)
        return start, ""  # the user accepts the proposed new folder

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.keyClick(window, Qt.Key_E, Qt.ControlModifier)
    assert proposed == [str(out / "patterngan-run1-book-seed4-300ep")]  # last folder, named
    (folder,) = out.iterdir()
    assert folder.name == "patterngan-run1-book-seed4-300ep"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        ["config.json", "metrics.csv", "plots.png", "samples_log.txt", "num_gen.pt"]
    )
    config = json.loads((folder / "config.json").read_text())
    assert config["config"]["seed"] == 4 and config["epochs_trained"] == 300
    assert len((folder / "metrics.csv").read_text().splitlines()) == 1 + 3
    assert (folder / "plots.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "epoch 300 [" in (folder / "samples_log.txt").read_text()
    assert open_generator(folder / "num_gen.pt").metadata["epochs_trained"] == 300


def test_run_bundle_on_a_full_disk_is_a_message_and_leaves_nothing(
    window, qtbot, tmp_path, monkeypatch, dialogs
):
    short(window, "book", epochs=100)
    train_to_end(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "b"), ""))

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert window.files.export_bundle() is None
    assert "No space left" in dialogs[-1][1]
    assert list(out.iterdir()) == []


def test_lab_example_matches_the_documented_controls():
    lab = load_lab(EXAMPLE_LAB)
    assert isinstance(lab, Lab) and lab.config == make_config(
        "book", pattern="multiples:5", lo=0, hi=50, epochs=3000, seed=1
    )


def test_runs_tab_follows_manual_steps(window, qtbot):
    short(window, "book", epochs=100)
    for _ in range(2):
        step(qtbot, window)
    window.tabs.setCurrentWidget(window.runs_panel)
    assert "2" == window.runs_panel.table.item(0, 5).text()


def test_a_labs_instructions_are_read_from_their_heading(window, qtbot):
    """Long instructions scroll, from the top: the heading was hidden, the text scrolled to
    its end (where the cursor was left) whenever the dock was resized."""
    assert window.labs.open_lab(str(EXAMPLE_LAB.parent / "class-lab.toml"))
    text = window.lab_panel.text
    window.resize(900, 600)
    qtbot.waitUntil(lambda: text.verticalScrollBar().maximum() > 0, timeout=5000)
    window.resize(1000, 650)
    QApplication.processEvents()
    assert text.verticalScrollBar().value() == 0
    assert text.cursorRect().top() < text.fontMetrics().height() * 3  # at the start
