"""A prediction belongs to its run: sealed before the run's first epoch and unchangeable for
that run by any path (reopen or close the lab, Show in Training, a session saved and opened,
recovery); an answer typed later is kept with its epoch and shown as after the run. Goals
follow the run shown; the student's name is asked per lab session."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from core.files.result_file import load_result
from core.files.session_file import load_session
from core.teaching.judge import judge
from tests.gui_helpers import train_to_end
from tests.test_cli import run

LAB = """format = 1
title = "Sealed"
[setup]
preset = "book"
epochs = 200
report_every = 50
eval_samples = 500
[controls]
locked = ["pattern", "range", "preset", "epochs"]
[[goals]]
text = "all ten multiples"
metrics = { modes_fraction = ">= 1.0" }
[[questions]]
text = "Share valid?"
before = true
[[questions]]
text = "Why?"
"""


def open_lab(window, tmp_path: Path, text: str = LAB) -> Path:
    path = tmp_path / "lab.toml"
    path.write_text(text)
    assert window.labs.open_lab(str(path))
    return path


def export(window, monkeypatch, target: Path, name: str = "Ada") -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window.dialogs, "ask_student_name", lambda current: name)
    window.action("export_result").trigger()
    return target


def test_an_empty_prediction_typed_after_reopening_the_lab_is_after_the_run(
    window, qtbot, tmp_path, monkeypatch
):
    """The issue's path: F5 with the prediction empty, Ctrl+L, reopen the lab, type a
    prediction, Show in Training, export: the answer is hindsight and says so."""
    lab = open_lab(window, tmp_path)
    panel = window.lab_panel
    train_to_end(qtbot, window)
    history = window.session.runs[0]
    assert history.sealed == {"Share valid?": ""}  # sealed with the run, empty
    window.action("close_lab").trigger()
    assert window.labs.open_lab(str(lab))
    assert not panel.answer_fields[0].isReadOnly()  # no run shown: a draft for the next one
    window.show_run(0)  # Runs tab > Show in Training
    assert panel.answer_fields[0].text() == ""
    assert "after the run" in panel.answer_fields[0].placeholderText()
    panel.answer_fields[0].setText("no, about 62%")
    assert history.late == {"Share valid?": ("no, about 62%", 200)}
    assert history.sealed == {"Share valid?": ""}  # the seal never changes
    result = load_result(export(window, monkeypatch, tmp_path / "ada.pgresult"))
    answer = result.answered[0]
    assert answer.text == "no, about 62%" and not answer.sealed and answer.epoch == 200
    judged = judge(result)
    assert (
        judged.answers[0].after_run and "after the run, at epoch 200" in judged.answers[0].words()
    )
    assert judged.sealed_predictions == ()  # the prediction line does not count it
    code, out, _ = run("results", str(tmp_path), "--lab", str(lab))
    assert "1: no, about 62% (after the run, at epoch 200)" in out
    assert "no sealed prediction; 1 answered after the run (not counted)" in out


def test_a_sealed_prediction_survives_every_path_and_is_counted(
    window, make_window, qtbot, tmp_path, monkeypatch
):
    lab = open_lab(window, tmp_path)
    panel = window.lab_panel
    panel.answer_fields[0].setText("about 40%")
    train_to_end(qtbot, window)
    assert panel.answer_fields[0].isReadOnly()
    history = window.session.runs[0]
    assert history.sealed == {"Share valid?": "about 40%"}
    # a new run's draft cannot reach back into run 1
    window.action("close_lab").trigger()
    assert window.labs.open_lab(str(lab))
    panel.answer_fields[0].setText("about 90%")
    window.show_run(0)
    assert panel.answer_fields[0].text() == "about 40%" and panel.answer_fields[0].isReadOnly()
    panel.answer_fields[0].setText("changed")  # even programmatically, it is not taken
    window.session.set_answers(["changed", ""])
    assert history.sealed == {"Share valid?": "about 40%"} and history.late == {}
    # a session saved and opened again (and a recovery session, the same file format)
    session = tmp_path / "s.pgsession"
    assert window.classroom.save_session(str(session))
    reopened = load_session(session)[0]
    assert reopened.sealed == {"Share valid?": "about 40%"}
    other = make_window()
    open_lab(other, tmp_path)
    assert other.classroom.open_session(str(session))
    field = other.lab_panel.answer_fields[0]
    assert field.text() == "about 40%" and field.isReadOnly()
    result = load_result(export(other, monkeypatch, tmp_path / "r.pgresult"))
    assert result.answered[0].sealed and result.answered[0].text == "about 40%"
    code, out, _ = run("results", str(tmp_path), "--lab", str(lab))
    assert "Predicted 'Share valid?' before the run: 1 student gave a share" in out


def test_a_run_begun_before_the_lab_holds_no_prediction(window, qtbot, tmp_path, monkeypatch):
    from tests.gui_helpers import short

    short(window, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, window)
    open_lab(window, tmp_path)
    window.show_run(0)
    field = window.lab_panel.answer_fields[0]
    assert not field.isReadOnly() and "after the run" in field.placeholderText()
    field.setText("70%")
    result = load_result(export(window, monkeypatch, tmp_path / "r.pgresult"))
    assert result.answered[0].after_run and result.answered[0].epoch == 100


def test_goals_follow_the_shown_run_and_the_runs_tab_of_a_reopened_session(
    window, make_window, qtbot, tmp_path, monkeypatch
):
    lab = open_lab(window, tmp_path)
    train_to_end(qtbot, window)
    met = window.session.goals.status()
    assert met[0][1] is not None, "the book meets 'all ten multiples' in 200 epochs"
    window.action("close_lab").trigger()
    assert window.labs.open_lab(str(lab))
    window.show_run(0)  # Ctrl+L, reopen, Show in Training: the goals are the run's
    assert window.session.goals.status() == met
    assert window.lab_panel.goal_labels[0].text().startswith("\u2611")
    result = load_result(export(window, monkeypatch, tmp_path / "a.pgresult"))
    assert result.goals == met and judge(result).goals_met == 1
    session = tmp_path / "s.pgsession"
    assert window.classroom.save_session(str(session))
    other = make_window()
    open_lab(other, tmp_path)
    assert other.classroom.open_session(str(session))
    assert other.session.runs[-1].goals == (1, 1)  # the Runs tab's Goals column
    other.tabs.setCurrentWidget(other.runs_panel)
    table = other.runs_panel.table
    goals = [
        c for c in range(table.columnCount()) if "Goal" in table.horizontalHeaderItem(c).text()
    ]
    assert goals and table.item(0, goals[0]).text().startswith("1/1")


def test_the_students_name_is_asked_per_lab_session_and_not_remembered(
    window, make_window, qtbot, tmp_path, monkeypatch
):
    lab = open_lab(window, tmp_path)
    train_to_end(qtbot, window)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x"), ""))
    monkeypatch.setattr(
        window.dialogs, "ask_student_name", lambda current: asked.append(current) or "Ada"
    )
    window.action("export_result").trigger()
    window.action("export_result").trigger()
    assert asked == ["", "Ada"]  # the same lab session: proposed again
    assert window.settings.student_name() == ""  # never written for the next launch
    assert window.labs.open_lab(str(lab))  # a new lab session (the next student)
    assert window.session.student == ""
    # a lab for personal machines may remember it
    mine = tmp_path / "mine.toml"
    mine.write_text(LAB.replace("[setup]", "remember_name = true\n[setup]"))
    assert window.labs.open_lab(str(mine))
    train_to_end(qtbot, window)
    window.action("export_result").trigger()
    assert window.settings.student_name() == "Ada"
    later = make_window()
    assert later.labs.open_lab(str(mine))
    train_to_end(qtbot, later)
    proposed = []
    monkeypatch.setattr(
        later.dialogs, "ask_student_name", lambda current: proposed.append(current) or "Ada"
    )
    later.action("export_result").trigger()
    assert proposed == ["Ada"]


def test_a_forged_seal_in_a_result_cannot_contradict_its_run(tmp_path):
    """The run inside the file records its own seal: a result.json claiming a prediction was
    sealed that the run sealed empty is not verified."""
    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    out = tmp_path / "r.pgresult"
    assert run("lab", "run", str(lab), "--name", "A", "--out", str(out))[0] == 0
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(files["result.json"])
    meta["answers"][0].update(answer="40%", sealed=True, epoch=0)
    files["result.json"] = json.dumps(meta).encode()
    forged = tmp_path / "f.pgresult"
    with zipfile.ZipFile(forged, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    judged = judge(load_result(forged))
    assert not judged.verified
    assert any("differs from the one its run recorded" in p for p in judged.problems)


def test_a_result_exported_from_the_window_is_verified(window, qtbot, tmp_path, monkeypatch):
    """What the window hands in passes the judge as it is: finished, and stopped midway."""
    from core.files.lab_file import load_lab

    lab = open_lab(window, tmp_path)
    train_to_end(qtbot, window)
    result = load_result(export(window, monkeypatch, tmp_path / "done.pgresult"))
    judged = judge(result, load_lab(lab))
    assert judged.verified and judged.followed_lab and judged.problems == (), judged.problems
    # a run stopped midway (its last report marked stopped) is judged the same way
    window.session.reset()
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.training.train()
        qtbot.waitUntil(lambda: window.session.run_status.epoch >= 50, timeout=60_000)
        window.training.stop()
    result = load_result(export(window, monkeypatch, tmp_path / "stopped.pgresult"))
    judged = judge(result, load_lab(lab))
    assert judged.verified, judged.problems
    # and a rerun trains it to the epoch it stopped at (a sweep can stop anywhere)
    from core.teaching.judge import rerun

    ended = result.run.epochs[-1]
    (again,) = rerun([judged])
    assert again.reproduced, (ended, again.rerun_note)


def test_a_claimed_seal_whose_run_sealed_nothing_is_not_verified(tmp_path):
    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    out = tmp_path / "r.pgresult"
    assert (
        run("lab", "run", str(lab), "--name", "A", "--answer", "1=40%", "--out", str(out))[0] == 0
    )
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(files["session.json"])
    meta["runs"][0]["sealed"] = None  # the run's own seal taken out; the claim left
    files["session.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(tmp_path / "f.pgresult", "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    judged = judge(load_result(tmp_path / "f.pgresult"))
    assert not judged.verified
    assert any("its run sealed none" in p for p in judged.problems)


@pytest.mark.parametrize(
    "sealed, late",
    [
        ({f"q{i}": "a" for i in range(21)}, []),
        ({"q": "x" * 2001}, []),
        (["not", "a", "table"], []),
        (None, [["q", "a", -1]]),
        (None, [["q", "a"]]),
        (None, [["q", "a", True]]),
        (None, [["q", "a", 1]] * 21),
    ],
    ids=["21 seals", "a long seal", "a list", "epoch -1", "two items", "epoch true", "21 late"],
)
def test_a_sessions_predictions_are_read_within_bounds(tmp_path, sealed, late):
    from core.files.session_file import SessionFileError

    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    out = tmp_path / "r.pgresult"
    assert run("lab", "run", str(lab), "--name", "A", "--out", str(out))[0] == 0
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(files["session.json"])
    meta["runs"][0].update(sealed=sealed, late=late)
    files["session.json"] = json.dumps(meta).encode()
    bad = tmp_path / "bad.pgsession"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    with pytest.raises(SessionFileError, match="malformed"):
        load_session(bad)


def test_the_answer_rules_without_a_display():
    """core.teaching.lab_answers, the session's rules: a draft is sealed as a run begins; a
    sealed prediction ignores typing; an empty one keeps what is typed later with its epoch."""
    from core.engine.presets import make_config
    from core.files.lab_file import parse_lab
    from core.teaching.history import RunHistory
    from core.teaching.lab_answers import (
        answer_fields,
        drafted_predictions,
        handed_in,
        take_typed,
    )

    lab = parse_lab(LAB)
    drafts = ["", ""]
    take_typed(lab, None, drafts, ["40%", "ties"], 0)
    assert drafts == ["40%", "ties"] and answer_fields(lab, None, drafts)[0] == ("open", "40%")
    run_a = RunHistory(1, make_config("book"))
    run_a.seal_predictions(drafted_predictions(lab, drafts))
    run_a.epochs.append(10)
    take_typed(lab, run_a, drafts, ["90%", "ties!"], 10)
    assert answer_fields(lab, run_a, drafts) == [("sealed", "40%"), ("open", "ties!")]
    assert [a.words() for a in handed_in(lab, run_a, drafts, 10)] == ["40%", "ties!"]
    run_a.answer_late("Share valid?", "hindsight", 10)  # a sealed one takes no late answer
    assert run_a.late == {} and run_a.sealed == {"Share valid?": "40%"}
    run_b = RunHistory(2, make_config("book"))
    run_b.seal_predictions({"Share valid?": ""})
    run_b.seal_predictions({"Share valid?": "again"})  # once only, even before an epoch
    run_b.epochs.append(200)
    run_b.seal_predictions({"Share valid?": "too late"})
    take_typed(lab, run_b, drafts, ["62%", "ties!"], 200)
    assert run_b.sealed == {"Share valid?": ""} and run_b.late == {"Share valid?": ("62%", 200)}
    (answer, _) = handed_in(lab, run_b, drafts, 200)
    assert answer.after_run and answer.words() == "62% (after the run, at epoch 200)"
