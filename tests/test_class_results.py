"""A teacher's class, headless: lab run writes named results, lab check says what is
reachable, results prints the class table whatever the folder holds."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from core.files.result_file import load_result
from tests.test_cli import run

LAB = """format = 1
title = "Class lab"
[setup]
preset = "book"
epochs = 200
report_every = 100
eval_samples = 500
[controls]
locked = ["pattern", "range", "preset", "epochs"]
[[goals]]
text = "every multiple produced"
metrics = { modes_fraction = ">= 1.0" }
[[goals]]
text = "impossible"
metrics = { strict_validity = ">= 2" }
[[questions]]
text = "Prediction?"
before = true
[[questions]]
text = "Why?"
"""


def lab_file(tmp_path: Path, text: str = LAB) -> Path:
    path = tmp_path / "class.toml"
    path.write_text(text)
    return path


def rewrite_json(path: Path, target: Path, change) -> None:
    """A copy of a result with its result.json changed by ``change(meta)``."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(members["result.json"])
    change(meta)
    members["result.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def class_folder(tmp_path: Path) -> Path:
    """Three students' results (names, answers, seeds), a corrupt file and an off-lab
    result, as `patterngan lab run` writes them."""
    lab = lab_file(tmp_path)
    folder = tmp_path / "class"
    folder.mkdir()
    for name, seed, answer in (("Ada", 0, "1=60%"), ("Bea", 1, "2=ties"), ("Cy", 2, "1=99%")):
        code, out, err = run(
            "lab", "run", str(lab), "--name", name, "--seed", str(seed), "--answer", answer,
            "--out", str(folder / f"{name}.pgresult"),
        )  # fmt: skip
        assert code == 0, err
        assert f"{name}, goals met" in out
    (folder / "broken.pgresult").write_bytes(b"PK\x03\x04 not a zip at all")
    # an off-lab run: the same result with another pattern in its run (as a session trained
    # off the lab would have): its goals do not count
    off_lab = LAB.replace('preset = "book"', 'preset = "book"\npattern = "odd"\nhi = 100')
    (tmp_path / "off.toml").write_text(off_lab)
    code, _, err = run(
        "lab", "run", str(tmp_path / "off.toml"), "--name", "Dee",
        "--out", str(tmp_path / "dee.pgresult"),
    )  # fmt: skip
    assert code == 0, err
    rewrite_json(tmp_path / "dee.pgresult", folder / "dee.pgresult", lambda m: m.update(lab=LAB))
    return folder


def test_lab_run_three_students_a_corrupt_file_and_an_off_lab_result(tmp_path):
    folder = class_folder(tmp_path)
    lab = str(tmp_path / "class.toml")
    code, out, err = run("results", str(folder), "--csv", "--lab", lab)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"Ada", "Bea", "Cy", "Dee"}
    assert by_name["Ada"]["answers"] == "1: 60%" and by_name["Bea"]["answers"] == "2: ties"
    assert by_name["Ada"]["goals met"].startswith("1/2 (first at epoch")
    assert by_name["Ada"]["followed the lab"] == "yes"
    assert by_name["Dee"]["followed the lab"] == "off-lab: pattern, range differ"
    assert by_name["Dee"]["goals met"] == "0/2"
    assert err.count("\n") == 1 and "broken.pgresult" in err
    code, out, _ = run("results", str(folder), "--json", "--lab", lab)
    data = json.loads(out)["rows"]
    assert code == 0 and {d["name"] for d in data} == {"Ada", "Bea", "Cy", "Dee"}
    assert next(d for d in data if d["name"] == "Dee")["followed_lab"] is False
    assert load_result(folder / "Ada.pgresult").student == "Ada"


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.update(final=[1, 2]),
        lambda m: m.update(final="abc"),
        lambda m: m["final"].update(modes_covered=float("nan")),
        lambda m: m["final"].update(modes_covered=float("inf")),
        lambda m: m["final"].update(strict_validity=10**400),
        lambda m: m.update(title="\x1b[2J\x1b[Hcleared\nnew line"),
    ],
    ids=["final list", "final text", "NaN modes", "inf modes", "10**400", "escape title"],
)
def test_one_bad_students_file_never_breaks_the_class_table(tmp_path, change):
    lab = lab_file(tmp_path)
    folder = tmp_path / "class"
    folder.mkdir()
    good = folder / "good.pgresult"
    assert run("lab", "run", str(lab), "--name", "Ok", "--out", str(good))[0] == 0
    rewrite_json(good, folder / "bad.pgresult", change)
    code, out, err = run("results", str(folder))
    assert code == 0, err
    assert "Ok" in out and "Traceback" not in err
    assert "\x1b" not in out + err  # terminal control characters are shown escaped
    lines = out.splitlines()
    assert all(len(line.split("  ")) > 1 for line in lines)  # no row broken by a newline


def test_lab_check_prints_reachability_per_goal(tmp_path):
    code, out, err = run("lab", "check", str(lab_file(tmp_path)), "--seeds", "4")
    assert code == 0, err
    assert re.search(r"^goal 1: [1-4]/4 seeds, median epoch \d+  \(every multiple", out, re.M)
    assert "goal 2: 0/4 seeds  (impossible)" in out
    assert "a run takes ~" in out


def test_lab_run_refuses_an_answer_to_a_question_the_lab_lacks(tmp_path, capsys):
    code, _, err = run(
        "lab", "run", str(lab_file(tmp_path)), "--name", "X", "--answer", "7=hm",
        "--out", str(tmp_path / "x.pgresult"),
    )  # fmt: skip
    err += capsys.readouterr().err  # usage errors go through argparse
    assert code == 2 and "the lab has 2 question(s)" in err and err.count("\n") == 1


def test_info_describes_every_kind_of_file(tmp_path):
    lab = lab_file(tmp_path)
    result = tmp_path / "r.pgresult"
    assert run("lab", "run", str(lab), "--name", "Ada", "--out", str(result))[0] == 0
    code, out, _ = run("info", str(lab))
    assert code == 0 and "lab:       Class lab" in out and "locked:    epochs, pattern" in out
    code, out, _ = run("info", str(result))
    assert code == 0 and "handed in by Ada" in out and "goals met:  1/2" in out
    code, out, _ = run("info", str(result), "--json")
    assert code == 0 and json.loads(out)["name"] == "Ada"
    (tmp_path / "bad.pgsession").write_bytes(b"not a zip")
    code, out, err = run("info", str(tmp_path / "bad.pgsession"))
    assert code == 1 and err.count("\n") == 1 and "bad.pgsession" in err


def test_the_class_view_shows_the_same_class_and_survives_a_bad_file(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    folder = class_folder(tmp_path)
    # the teacher's lab beside the folder, naming it as its results folder: the judge
    (tmp_path / "teacher.toml").write_text(
        LAB.replace("[setup]", 'results_folder = "class"\n[setup]')
    )
    assert window.files.open_any(str(folder))  # `patterngan gui FOLDER` does the same
    view = window.class_view
    assert window.tabs.currentWidget() is view
    rows = view.shown_rows()
    names = {r[1] for r in rows}
    assert names == {"Ada", "Bea", "Cy", "Dee", "(could not be read)"}  # a row of its own
    by_name = {r[1]: r for r in rows}
    assert by_name["Dee"][4] == "off-lab: pattern, range differ" and by_name["Dee"][3] == "0/2"
    assert by_name["Ada"][6] == "1: 60%" and by_name["Ada"][5] == "yes"
    assert ["broken.pgresult", "(could not be read)"] in [r[:2] for r in rows]
    assert "broken.pgresult: it is not a PatternGAN" in view.summary.text()
    assert "judged against the lab <b>Class lab</b>" in view.summary.text()
    assert "3 followed the lab, 3 verified; 1 file could not be read" in view.summary.text()
    assert "Predicted 'Prediction?' before the run: 2 students gave a share" in view.summary.text()
    assert len(view.curves) == 4
    assert view.setting.currentData() == "seed"  # what the students' runs differ in
    view.followed_only.setChecked(True)
    assert {r[1] for r in view.shown_rows()} == {"Ada", "Bea", "Cy"}
    view.filter.setText("bea")
    assert [r[1] for r in view.shown_rows()] == ["Bea"]
    view.filter.setText("")
    view.followed_only.setChecked(False)
    view.table.sortItems(1, Qt.DescendingOrder)  # by name, as a click on the header does
    assert [r[1] for r in view.shown_rows()][:2] == ["Dee", "Cy"]
    view.table.selectRow(1)  # Cy: its curves stand out
    chosen = view._selected()
    strict, _tv = view.curves[chosen]
    assert strict.zValue() == 10 and view.data.judged[chosen].result.student == "Cy"
    csv_rows = list(csv.reader(io.StringIO(view.csv_text())))
    assert csv_rows[0][1] == "name" and len(csv_rows) == 6


def rewrite_member(path: Path, target: Path, member: str, change) -> None:
    """A copy of a result with its JSON member ``member`` changed by ``change(data)``."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    data = json.loads(members[member])
    change(data)
    members[member] = json.dumps(data).encode()
    with zipfile.ZipFile(target, "w") as z:
        for name, raw in members.items():
            z.writestr(name, raw)


def test_results_carry_the_doctors_diagnoses_recomputed_from_the_run_never_the_file(tmp_path):
    """The doctor's word on each student's run, in text, CSV and JSON: worked out again from
    the run's report rows. A crafted file that claims a diagnosis gets none of its claim, and
    one whose rows were changed gets the diagnosis its rows show."""
    lab = lab_file(tmp_path, LAB.replace("report_every = 100", "report_every = 50"))
    folder = tmp_path / "class"
    folder.mkdir()
    good = folder / "good.pgresult"
    assert run("lab", "run", str(lab), "--name", "Ok", "--out", str(good))[0] == 0
    # the claim: healthy (no reader believes it); the run: the book's trap, a fifth undecided
    rewrite_json(
        good,
        folder / "claims.pgresult",
        lambda m: m.update(name="Claims", diagnoses=[{"kind": "healthy", "onset_epoch": 0}]),
    )

    def diverged(session):  # every report's D loss far past its value at chance
        for row in session["runs"][0]["rows"]:
            row["d_loss"] = 1e6

    rewrite_member(good, folder / "crafted.pgresult", "session.json", diverged)
    code, out, err = run("results", str(folder), "--csv", "--lab", str(lab))
    assert code == 0, err
    by_file = {r["file"]: r for r in csv.DictReader(io.StringIO(out))}
    assert by_file["good.pgresult"]["diagnoses"] == "undecided @ 200"
    assert by_file["claims.pgresult"]["diagnoses"] == "undecided @ 200"  # not its claim
    assert by_file["crafted.pgresult"]["diagnoses"].startswith("nan @ 50")  # from its rows
    code, out, _ = run("results", str(folder), "--json", "--lab", str(lab))
    rows = {r["file"]: r for r in json.loads(out)["rows"]}
    kinds = [d["kind"] for d in rows["claims.pgresult"]["diagnoses"]]
    assert kinds == ["undecided"]
    first = rows["crafted.pgresult"]["diagnoses"][0]
    assert first["kind"] == "nan" and first["onset_epoch"] == 50
    assert first["evidence"]["value"] == 1e6 and "Diverged" in first["sentence"]
    code, out, _ = run("results", str(folder), "--lab", str(lab))
    header = out.splitlines()[0]
    assert "diagnoses" in header and "nan @ 50" in out
