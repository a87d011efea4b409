"""Lab goals that name a diagnosis of the run doctor ("make D win outright, then fix it"):
checked against the doctor's word on the run so far, live and again from a run's rows (the
judge), never from a file's claims; a lab naming an unknown diagnosis is refused clearly."""

from __future__ import annotations

import pytest

from core.engine.presets import make_config
from core.files.lab_file import LabError, dump_lab, parse_lab
from core.teaching.challenges import replay_goals

LAB = """format = 1
title = "Make D win, then fix it"

[setup]
preset = "default"
epochs = 400
report_every = 10

[[goals]]
text = "Make D win outright"
diagnosis = "d_wins"

[[goals]]
text = "Then fix it: the same run healthy again"
diagnosis = "d_wins"
then = "healthy"

[[goals]]
text = "Strict validity 0.9 without mode collapse"
metrics = { strict_validity = ">= 0.9" }
diagnosis = "not mode_collapse"
"""


def row(epoch, d_loss, g_loss, strict, tv, modes=10):
    return {
        "epoch": epoch,
        "d_loss": d_loss,
        "g_loss": g_loss,
        "strict_validity": strict,
        "book_validity": strict,
        "undecided": 0.0,
        "tv": tv,
        "js_bits": tv,
        "modes_covered": modes,
        "support_size": 10,
    }


def won_then_fixed():
    """Reports of a run where D wins outright from epoch 60 (its loss near 0, G's climbing,
    strict validity 10 %) until the student slows D at epoch 200; then G learns."""
    rows = [row(e, 1.3, 0.7, 0.3, 0.7) for e in range(10, 60, 10)]
    rows += [row(e, 0.005, 5.0 + e / 20, 0.1, 0.9) for e in range(60, 210, 10)]
    rows += [row(e, 1.35, 0.7, 0.97, 0.08) for e in range(210, 410, 10)]
    return rows


def test_a_goal_names_a_diagnosis_and_its_fix_and_is_met_from_the_runs_rows():
    lab = parse_lab(LAB)
    config = make_config("default", epochs=400, report_every=10)
    met = dict(replay_goals(lab.goals, won_then_fixed(), config))
    won = met["Make D win outright"]
    fixed = met["Then fix it: the same run healthy again"]
    assert won is not None and 60 <= won <= 80  # within the doctor's SUSTAIN reports
    assert fixed == 210  # the first report the doctor calls the run so far healthy
    assert met["Strict validity 0.9 without mode collapse"] == 210


def test_a_run_that_never_recovers_meets_the_first_goal_only():
    rows = [r for r in won_then_fixed() if r["epoch"] < 210]
    config = make_config("default", epochs=400, report_every=10)
    met = dict(replay_goals(parse_lab(LAB).goals, rows, config))
    assert met["Make D win outright"] is not None
    assert met["Then fix it: the same run healthy again"] is None


def test_a_collapsed_run_does_not_meet_a_goal_that_excludes_collapse():
    # valid numbers from 3 of the 10 values all along; strict validity 0.9 from epoch 100
    rows = [row(e, 1.3, 0.7, 0.85 if e < 100 else 0.95, 0.7, 3) for e in range(10, 410, 10)]
    config = make_config("default", epochs=400, report_every=10)
    met = dict(replay_goals(parse_lab(LAB).goals, rows, config))
    assert met["Strict validity 0.9 without mode collapse"] is None
    for r in rows:  # the same numbers, every value covered: met as soon as validity is
        r["modes_covered"], r["tv"] = 10, 0.1
    met = dict(replay_goals(parse_lab(LAB).goals, rows, config))
    assert met["Strict validity 0.9 without mode collapse"] == 100


def test_diagnosis_goals_round_trip_through_a_lab_file():
    lab = parse_lab(LAB)
    assert [(g.diagnosis, g.exclude, g.then) for g in lab.goals] == [
        ("d_wins", False, ""),
        ("d_wins", False, "healthy"),
        ("mode_collapse", True, ""),
    ]
    assert parse_lab(dump_lab(lab)) == lab


@pytest.mark.parametrize(
    "edit,match",
    [
        (
            (
                'diagnosis = "d_wins"\n\n[[goals]]\ntext = "Then',
                'diagnosis = "d_win"\n\n[[goals]]\ntext = "Then',
            ),
            "goals\\[1\\].diagnosis'?: unknown diagnosis 'd_win' \\(known: nan, d_wins",
        ),
        (('then = "healthy"', 'then = "fine"'), "goals\\[2\\].then'?: unknown diagnosis 'fine'"),
        (('diagnosis = "not mode_collapse"', 'diagnosis = "not healthy"'), "goals\\[3\\]"),
        (('diagnosis = "not mode_collapse"', "diagnosis = 3"), "goals\\[3\\].diagnosis"),
        (
            ('metrics = { strict_validity = ">= 0.9" }\n', ""),
            "goals\\[3\\].metrics'?: a goal needs at least one metric condition \\(a diagnosis",
        ),
        (
            ('diagnosis = "d_wins"\nthen', "then"),
            "goals\\[2\\].then'?: needs a diagnosis to reach first",
        ),
    ],
    ids=[
        "unknown kind",
        "unknown then",
        "not healthy",
        "not a text",
        "exclude alone",
        "then alone",
    ],
)
def test_a_lab_with_a_diagnosis_goal_it_cannot_mean_is_refused_clearly(edit, match):
    assert edit[0] in LAB
    with pytest.raises(LabError, match=match):
        parse_lab(LAB.replace(*edit, 1))


def test_the_judge_recomputes_a_diagnosis_goal_from_the_result_run(tmp_path):
    """`patterngan lab run` ticks the goal live; `patterngan results` works it out again from
    the run inside the result: the book's trap is named, a divergence that never came is not."""
    import csv
    import io

    from tests.test_cli import run

    lab = tmp_path / "trap.toml"
    lab.write_text(
        'format = 1\ntitle = "The trap"\n[setup]\npreset = "book"\nepochs = 200\n'
        "report_every = 50\neval_samples = 500\n"
        '[[goals]]\ntext = "Find the book\'s trap"\ndiagnosis = "undecided"\n'
        '[[goals]]\ntext = "Make it diverge"\ndiagnosis = "nan"\n'
    )
    folder = tmp_path / "class"
    folder.mkdir()
    code, out, err = run(
        "lab", "run", str(lab), "--name", "Ada", "--out", str(folder / "a.pgresult")
    )
    assert code == 0, err
    assert "goals met 1/2 (1 at epoch 200)" in out
    code, out, err = run("results", str(folder), "--csv", "--lab", str(lab))
    assert code == 0, err
    (ada,) = csv.DictReader(io.StringIO(out))
    assert ada["goals met"] == "1/2 (first at epoch 200)" and ada["verified"] == "yes"
