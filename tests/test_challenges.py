"""Lab challenges (goals ticked live, questions and predictions) and lab results a teacher can
collect (File > Export lab result, File > Open results, `patterngan results`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from core.engine.presets import make_config
from core.files.lab_file import LabError, dump_lab, parse_lab
from core.files.result_file import load_result
from core.files.session_file import SessionFileError
from core.teaching.challenges import GoalTracker
from patterngan_gui.panels.runs_panel import RunTable
from tests.gui_helpers import step, train_to_end
from tests.test_cli import run
from tests.test_teaching_core import fake_report

RUN_COLUMNS = RunTable.COLUMNS

LAB = """format = 1
title = "Challenge"
instructions = "Reach the goals."

[setup]
preset = "default"
epochs = 200
batch = 64
pack = 4
report_every = 20
eval_samples = 500

[[goals]]
text = "Strict validity at least 0.5 within 200 epochs, batch at most 64"
metrics = { strict_validity = ">= 0.5" }
within = 200
setup = { batch = "<= 64" }

[[goals]]
text = "Make G collapse"
metrics = { modes_fraction = "<= 0.3" }

[[questions]]
text = "What will strict validity be?"
before = true

[[questions]]
text = "Why?"
"""


def test_goals_and_questions_round_trip_through_a_lab_file():
    lab = parse_lab(LAB)
    assert len(lab.goals) == 2 and lab.goals[0].within == 200
    assert [q.before for q in lab.questions] == [True, False]
    assert parse_lab(dump_lab(lab)) == lab


@pytest.mark.parametrize(
    "edit,match",
    [
        (
            ('strict_validity = ">= 0.5"', 'strict_validity = "lots"'),
            "line 15, key 'goals\\[1\\].metrics.strict_validity'",
        ),
        (
            ('modes_fraction = "<= 0.3"', 'modes = "<= 0.3"'),
            "key 'goals\\[2\\].metrics.modes': unknown name",
        ),
        (("within = 200", "within = -1"), "goals\\[1\\].within"),
        (
            ('setup = { batch = "<= 64" }', 'setup = { colour = "<= 64" }'),
            "goals\\[1\\].setup.colour",
        ),
        (("before = true", 'before = "yes"'), "questions\\[1\\].before"),
    ],
)
def test_malformed_goals_are_refused_with_line_and_key(edit, match):
    with pytest.raises(LabError, match=match):
        parse_lab(LAB.replace(*edit))


def test_a_goal_ticks_once_at_the_first_report_that_meets_it():
    lab = parse_lab(LAB)
    tracker = GoalTracker(lab.goals)
    config = make_config("default", batch=64)
    good = fake_report(20, numbers=(0, 5, 10, 15, 20, 25, 30, 35, 40, 45))
    assert tracker.update(good, config) == [0]
    assert 0 not in tracker.update(fake_report(40, numbers=(0, 5)), config)  # not re-met
    assert tracker.status()[0] == (lab.goals[0].text, 20)
    late = GoalTracker(lab.goals)
    assert 0 not in late.update(fake_report(400, numbers=(0, 5, 10)), config)  # past "within"
    big_batch = GoalTracker(lab.goals)
    assert 0 not in big_batch.update(good, make_config("default", batch=512))  # set-up


def test_a_student_runs_the_challenge_answers_and_exports_a_result(
    make_window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "lab.toml"
    path.write_text(LAB)
    w = make_window(lab_file=str(path))
    panel = w.lab_panel
    assert len(panel.goal_labels) == 2 and len(panel.answer_fields) == 2
    assert all(label.text().startswith("\u2610") for label in panel.goal_labels)
    panel.answer_fields[0].setText("about 0.9")
    train_to_end(qtbot, w)
    assert panel.answer_fields[0].isReadOnly()  # a prediction: locked once F5 was pressed
    assert not panel.answer_fields[1].isReadOnly()
    # and it looks locked: another background than an open field's, said in the field
    from PySide6.QtGui import QPalette

    locked, open_ = panel.answer_fields
    assert locked.palette().color(QPalette.Base) != open_.palette().color(QPalette.Base)
    assert "locked" in locked.placeholderText() and "before" in locked.toolTip()
    panel.answer_fields[1].setText("PacGAN")
    assert (
        panel.goal_labels[0].text().startswith("\u2611")
        and "met at epoch" in panel.goal_labels[0].text()
    )
    target = tmp_path / "alice"
    proposed = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: proposed.append(a[2]) or (str(target), ""),
    )
    monkeypatch.setattr(w.dialogs, "ask_student_name", lambda current: "Alice\x07 Liddell ")
    w.action("export_result").trigger()
    assert proposed[0].endswith("Challenge-Alice-Liddell.pgresult")  # each student a file
    assert w.session.student == "Alice Liddell"  # proposed again in this lab session only
    assert w.settings.student_name() == ""  # never remembered for the next student
    result = load_result(tmp_path / "alice.pgresult")
    assert result.student == "Alice Liddell"
    assert result.title == "Challenge" and result.goals_met == 1
    assert result.answers == [("What will strict validity be?", "about 0.9"), ("Why?", "PacGAN")]
    assert result.run.config.preset == "default" and result.run.result is not None
    assert result.final["strict_validity"] > 0.5

    # the teacher: the class table headless, and the results in the Runs tab
    code, out, _ = run("results", str(tmp_path))
    assert code == 0 and "alice.pgresult" in out and "1/2" in out
    code, out, _ = run("results", str(tmp_path), "--csv")
    assert out.splitlines()[0].startswith("file,name,lab,goals met")
    teacher = make_window()
    n = teacher.classroom.open_results([str(tmp_path / "alice.pgresult")])
    assert n == 1 and "alice.pgresult: goals 1/2" in teacher.runs_panel.table.item(0, 0).text()


def test_a_result_that_is_not_one_is_refused(tmp_path):
    (tmp_path / "x.pgresult").write_text("hello")
    with pytest.raises(SessionFileError, match="not a PatternGAN session"):
        load_result(tmp_path / "x.pgresult")
    code, _, err = run("results", str(tmp_path))
    assert code == 1 and "x.pgresult" in err


def test_closing_the_lab_hides_its_goals(window, tmp_path, qtbot):
    path = tmp_path / "lab.toml"
    path.write_text(LAB)
    assert window.labs.open_lab(str(path))
    window.action("close_lab").trigger()
    assert window.session.lab is None and window.session.goals is None
    assert not window.action("export_result").isEnabled()
    step(qtbot, window)  # steps still work without a lab
    assert window.session.run_status is not None


def test_the_worked_challenge_in_resources_opens():
    from pathlib import Path

    from core.files.lab_file import load_lab

    lab = load_lab(Path(__file__).resolve().parent.parent / "resources" / "challenge-lab.toml")
    assert len(lab.goals) == 2 and lab.questions[0].before


def test_the_runs_table_sorts_by_any_column_and_keeps_ticks(window, qtbot):
    from tests.gui_helpers import short

    for preset, extra in (("book", {}), ("default", dict(batch=64, pack=4, report_every=20))):
        short(window, preset, epochs=100, eval_samples=300, **extra)
        train_to_end(qtbot, window)
    table = window.runs_panel.table
    window.tabs.setCurrentWidget(window.runs_panel)
    strict = RUN_COLUMNS.index("Strict")
    table.sortByColumn(strict, Qt.DescendingOrder)
    values = [table.item(r, strict).value for r in range(table.rowCount())]
    assert values == sorted(values, reverse=True)
    assert window.runs_panel.checked_runs() == [0, 1]  # ticks follow runs, not rows
    table.sortByColumn(strict, Qt.AscendingOrder)
    assert [table.item(r, strict).value for r in range(2)] == sorted(values)
    table.select_run(0)
    assert table.current_run() == 0 and window.runs_panel.save_button.isEnabled()


def test_a_labs_results_folder_is_where_a_result_is_proposed(make_window, tmp_path, monkeypatch):
    """``results_folder`` (relative to the lab file) is where Export lab result proposes
    ``<lab>-<name>.pgresult``; without one, beside the lab file. It round-trips."""
    from core.files.lab_file import load_lab

    shared = tmp_path / "shared" / "results"
    shared.mkdir(parents=True)
    labs = tmp_path / "labs"
    labs.mkdir()
    text = (
        'format = 1\ntitle = "Lab 2"\nresults_folder = "../shared/results"\n[setup]\nepochs = 50\n'
    )
    (labs / "lab2.toml").write_text(text)
    lab = load_lab(labs / "lab2.toml")
    assert lab.results_folder == "../shared/results" and parse_lab(dump_lab(lab)) == lab
    w = make_window()
    assert w.labs.open_lab(str(labs / "lab2.toml"))
    proposal = w.classroom.result_proposal("Lab-2-Ada.pgresult")
    assert Path(proposal).resolve() == (shared / "Lab-2-Ada.pgresult").resolve()
    (labs / "lab3.toml").write_text(text.replace('results_folder = "../shared/results"\n', ""))
    assert w.labs.open_lab(str(labs / "lab3.toml"))
    assert Path(w.classroom.result_proposal("x.pgresult")) == labs / "x.pgresult"
    with pytest.raises(LabError, match="results_folder"):
        parse_lab('format = 1\nresults_folder = "a\\nb"\n')
