"""A lab's locked and hidden values hold on every path that changes the set-up.

The lab of the issue: the default preset on multiples of 5 in [0, 50), with pattern, range,
codec, preset and epochs locked and loss and k hidden. An off-lab session (a drawn target,
LSGAN, D 128,128, k = 2) is opened, shown, or its result collected: the set-up F5 trains stays
the lab's, the status bar says what was kept, and a result of an off-lab run is flagged and its
goals do not count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.app.session import Session
from core.engine.presets import make_config
from core.engine.reports import Report
from core.engine.trainer import Trainer
from core.files.genfile import chapter_ready, open_generator, save_trained, script_bytes
from core.files.lab_file import dump_lab, parse_lab
from core.files.result_file import load_result, result_bytes, save_result
from core.files.session_file import save_session
from core.teaching.lab import Lab, off_lab
from tests.test_cli import run as cli

LAB_CONFIG = make_config("default", pattern="multiples:5", lo=0, hi=50, epochs=600, seed=0)
LAB = Lab(
    "Locks",
    "Keep to the lab.",
    LAB_CONFIG,
    locked=frozenset({"pattern", "range", "codec", "preset", "epochs"}),
    hidden=frozenset({"loss", "d_steps"}),
)
OFF = dict(
    pattern="weights:3=1,4=2,9=1",
    lo=0,
    hi=20,
    loss="lsgan",
    d_hidden=(128, 128),
    d_steps=2,
    epochs=4,
    report_every=2,
    eval_samples=200,
    seed=7,
)


def lab_file(tmp_path: Path) -> Path:
    path = tmp_path / "locks.toml"
    path.write_text(dump_lab(LAB))
    return path


def off_lab_session(tmp_path: Path) -> Path:
    """A session with one run trained off the lab (and its generator)."""
    s = Session(ready=True)
    config = make_config("collapse", **OFF)
    s.set_draft(config, None)
    s.begin_run(config)
    s.driver.train()  # on the run's own thread, as the window trains
    assert s.driver.wait_until_idle(60)
    for event in s.driver.take_events():
        if isinstance(event, Report):
            s.add_report(event)
    generators = {
        n: script_bytes(chapter_ready(m, meta), meta)
        for n, (m, meta) in s.generators_by_run().items()
    }
    s.close()
    path = tmp_path / "off.pgsession"
    save_session(path, s.runs, generators)
    return path


def assert_the_labs(config) -> None:
    lab = LAB_CONFIG
    assert (config.pattern, config.lo, config.hi, config.codec) == (
        lab.pattern,
        lab.lo,
        lab.hi,
        lab.codec,
    )
    assert (config.preset, config.epochs) == ("default", 600)
    assert (config.loss, config.d_steps) == (lab.loss, lab.d_steps)  # hidden: the lab's too
    assert config.d_hidden == lab.d_hidden  # the locked preset's model, whole
    config.validate()


# -- the rule, without a window -------------------------------------------------------------


def test_the_session_keeps_locked_and_hidden_values_whatever_the_draft_says():
    s = Session(ready=True)
    s.open_lab(LAB)
    off = make_config("collapse", **OFF)
    s.set_draft(off, None)
    assert (s.draft.pattern, s.draft.loss, s.draft.d_steps, s.draft.epochs) == (
        "multiples:5",
        LAB_CONFIG.loss,
        1,
        600,
    )
    assert s.draft.seed == 7 and s.draft.d_hidden == (128, 128)  # free: the student's
    change = s.within_lab(off, whole_preset=True)
    assert_the_labs(change.config)
    assert change.kept == ("pattern", "range", "preset", "epochs", "loss", "d_steps")
    assert s.within_lab(LAB_CONFIG).kept == ()
    s.close_lab()
    s.set_draft(off, None)
    assert s.draft == off  # no lab, no rule


def test_off_lab_names_the_controls_that_differ():
    assert off_lab(LAB, LAB_CONFIG) == ()
    assert off_lab(LAB, LAB_CONFIG.replace(seed=9, lr_d=0.5)) == ()  # free controls
    assert off_lab(LAB, make_config("collapse", **OFF)) == (
        "pattern",
        "range",
        "preset",
        "epochs",
        "loss",
        "d_steps",
    )


# -- every path in the window ---------------------------------------------------------------


def open_the_lab(window, tmp_path):
    assert window.labs.open_lab(str(lab_file(tmp_path)))
    assert_the_labs(window.session.draft)


def test_open_session_keeps_the_labs_set_up(window, tmp_path):
    session_path = off_lab_session(tmp_path)
    open_the_lab(window, tmp_path)
    assert window.classroom.open_session(str(session_path))
    assert_the_labs(window.session.draft)
    assert window.setup.advanced.loss.currentData() == LAB_CONFIG.loss  # shown as kept
    assert "the lab keeps its pattern, range, preset, epochs, loss, d_steps" in (
        window.statusBar().currentMessage()
    )


def test_show_in_training_tab_of_an_opened_run_keeps_the_labs_set_up(window, tmp_path):
    session_path = off_lab_session(tmp_path)
    open_the_lab(window, tmp_path)
    assert window.classroom.open_session(str(session_path))
    window.show_run(0)  # Runs tab > Show in Training tab
    assert_the_labs(window.session.draft)
    assert "the lab keeps its" in window.statusBar().currentMessage()


def test_open_generator_keeps_the_labs_set_up_and_says_so(window, tmp_path):
    gen_path = tmp_path / "off.pt"
    save_trained(gen_path, Trainer(make_config("collapse", **OFF)))
    open_the_lab(window, tmp_path)
    assert window.files.open_file(str(gen_path))
    assert_the_labs(window.session.draft)
    assert "the lab keeps its" in window.statusBar().currentMessage()


def test_choosing_a_preset_keeps_the_hidden_loss_and_k(window, tmp_path):
    lab = Lab("Free preset", "", LAB_CONFIG, hidden=frozenset({"loss", "d_steps"}))
    path = tmp_path / "free.toml"
    path.write_text(dump_lab(lab))
    assert window.labs.open_lab(str(path))
    window.setup.set_preset("collapse")  # the collapse preset has its own loss... and k
    draft = window.session.draft
    assert draft.preset == "collapse" and draft.loss == LAB_CONFIG.loss and draft.d_steps == 1


def test_gui_lab_and_session_then_f5_trains_the_labs_task(
    make_window, qtbot, tmp_path, monkeypatch
):
    """``patterngan gui --lab LAB SESSION``, F5, Shift+F5, Ctrl+Shift+S: the saved file records
    the lab's pattern, range and preset and the lab's values for the hidden knobs."""
    session_path = off_lab_session(tmp_path)
    window = make_window(lab_file=str(lab_file(tmp_path)), open_file=str(session_path))
    qtbot.waitUntil(lambda: window.session.ready and window.session.lab is not None, timeout=20_000)
    qtbot.waitUntil(lambda: len(window.session.runs) == 1, timeout=20_000)
    assert_the_labs(window.session.draft)
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: window.session.busy and len(window.session.runs) == 2, timeout=20_000)
    assert_the_labs(window.session.history.config)  # what trains is the lab's task
    with qtbot.waitSignal(window.run_finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)
    saved = tmp_path / "student.pt"
    monkeypatch.setattr(
        "patterngan_gui.controllers.files.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(saved), ""),
    )
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    meta = open_generator(saved).metadata
    assert_the_labs(
        make_config("default").replace(
            **{
                k: v
                for k, v in meta["config"].items()
                if k
                in (
                    "pattern",
                    "lo",
                    "hi",
                    "codec",
                    "preset",
                    "epochs",
                    "loss",
                    "d_steps",
                    "d_hidden",
                )
            }
        )
    )


# -- results ------------------------------------------------------------------------------


def result_file(tmp_path: Path, config, name: str) -> Path:
    trainer = Trainer(config)
    from core.teaching.history import RunHistory

    history = RunHistory(1, config)
    for report in trainer.reports():
        history.add(report)
    path = tmp_path / f"{name}.pgresult"
    save_result(
        path,
        result_bytes(
            dump_lab(LAB),
            LAB.title,
            [],
            [("strict validity >= 0", 2)],  # "met" by the file's word
            history,
            None,
        ),
    )
    return path


def test_an_off_lab_result_is_flagged_and_its_goals_do_not_count(tmp_path):
    short = result_file(tmp_path, LAB_CONFIG.replace(epochs=4, eval_samples=200), "short")
    assert load_result(short).off_lab == ("epochs",)  # epochs are locked at 600
    off = result_file(tmp_path, make_config("collapse", **OFF), "off")
    followed = result_file(tmp_path, LAB_CONFIG.replace(report_every=300, eval_samples=200), "ok")
    assert load_result(followed).off_lab == () and load_result(followed).goals_met == 1
    flagged = load_result(off)
    assert flagged.goals_met == 0 and flagged.off_lab_text.startswith("off-lab: pattern, range")
    code, out, err = cli("results", str(tmp_path), "--csv")
    assert code == 0, err
    lines = out.splitlines()
    assert "followed the lab" in lines[0]
    row = next(line for line in lines if line.startswith("off.pgresult"))
    assert "off-lab: pattern, range, preset, epochs, loss, d_steps differ" in row and ",0/0," in row
    # the goal "met" by the file's word is not the lab's (it has none): recomputed, not believed
    assert any(
        line.startswith("ok.pgresult")
        and ",0/0,yes,no: it claims 1 goal not among its lab's 0" in line
        for line in lines
    )


def test_open_results_in_the_window_flags_an_off_lab_run(window, tmp_path):
    off = result_file(tmp_path, make_config("collapse", **OFF), "off")
    assert window.classroom.open_results([str(off)]) == 1
    source = window.session.runs[-1].source
    assert "off-lab: pattern" in source and "goals 0/0" in source  # the lab has no goals
    assert "(not verified)" in source  # its "met" goal is not its lab's


@pytest.fixture(autouse=True)
def _no_lab_parse_surprises():
    assert parse_lab(dump_lab(LAB)).locked == LAB.locked  # the lab round-trips
