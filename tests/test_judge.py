"""Results a teacher can trust: every forgery a student could try on a ``.pgresult`` is made
afresh here and judged with the teacher's lab, through ``patterngan results --lab --json``;
each is flagged, and an honest result is not."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from core.files.lab_file import parse_lab
from core.files.result_file import load_result
from core.teaching.judge import judge
from tests.test_cli import run

LAB = """format = 1
title = "Judged lab"
[setup]
preset = "book"
epochs = 300
report_every = 50
eval_samples = 2000
seed = 3
[controls]
locked = ["pattern", "range", "preset", "epochs"]
hidden = ["device"]
[[goals]]
text = "all ten multiples produced"
metrics = { modes_fraction = ">= 1.0" }
[[goals]]
text = "strict validity 0.3"
metrics = { strict_validity = ">= 0.3" }
[[questions]]
text = "What share will be valid?"
before = true
[[questions]]
text = "Why?"
"""


@pytest.fixture(scope="module")
def honest(tmp_path_factory) -> tuple[Path, Path]:
    """The teacher's lab and one honest result of it (trained once for the module)."""
    root = tmp_path_factory.mktemp("judge")
    lab = root / "lab.toml"
    lab.write_text(LAB)
    out = root / "ada.pgresult"
    code, _, err = run(
        "lab", "run", str(lab), "--name", "Ada", "--answer", "1=about 40%",
        "--answer", "2=ties", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    return lab, out


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def forge(source: Path, target: Path, result=None, session=None) -> Path:
    """A copy of ``source`` with result.json changed by ``result(meta)`` and session.json's
    only run by ``session(run)``: what a student with a text editor and zip can do."""
    files = members(source)
    if result is not None:
        meta = json.loads(files["result.json"])
        result(meta)
        files["result.json"] = json.dumps(meta).encode()
    if session is not None:
        meta = json.loads(files["session.json"])
        session(meta["runs"][0])
        files["session.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(target, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return target


def judged_rows(folder: Path, lab: Path) -> dict[str, dict]:
    code, out, err = run("results", str(folder), "--lab", str(lab), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"rows"}
    for row in data["rows"]:
        assert {
            "file",
            "name",
            "goals",
            "goals_met",
            "followed_lab",
            "verified",
            "problems",
        } <= set(row)
        assert isinstance(row["goals_met"], int) and isinstance(row["problems"], list)
    return {row["file"]: row for row in data["rows"]}


def test_an_honest_result_is_verified_followed_and_its_goals_recomputed(honest, tmp_path):
    lab, result = honest
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ada.pgresult").write_bytes(result.read_bytes())
    row = judged_rows(folder, lab)["ada.pgresult"]
    assert row["verified"] is True and row["followed_lab"] is True and row["problems"] == []
    claimed = load_result(result)
    assert row["goals_met"] == sum(e is not None for _, e in claimed.goals)
    assert [g["met_at_epoch"] for g in row["goals"]] == [e for _, e in claimed.goals]
    assert row["answers"][0]["sealed"] is True and row["answers"][0]["after_the_run"] is False


def test_a_goal_met_at_an_edited_epoch_is_not_verified(honest, tmp_path):
    lab, result = honest
    met = [e for _, e in load_result(result).goals]
    assert met[0] is not None, "the honest run meets goal 1 (the forgery moves it earlier)"

    def earlier(meta):
        meta["goals"][0]["met_at_epoch"] = 1

    forge(result, tmp_path / "f.pgresult", earlier)
    row = judged_rows(tmp_path, lab)["f.pgresult"]
    assert row["verified"] is False
    assert any("goal 1 claims to be met at epoch 1;" in p for p in row["problems"])
    assert row["goals"][0]["met_at_epoch"] == met[0]  # the curves' epoch, not the claim


def test_a_final_strict_validity_above_the_curves_is_not_verified(honest, tmp_path):
    lab, result = honest

    def better(meta):
        meta["final"].update(strict_validity=0.999, tv=0.001)

    forge(result, tmp_path / "f.pgresult", better)
    row = judged_rows(tmp_path, lab)["f.pgresult"]
    assert row["verified"] is False
    assert any("final strict validity of 0.999" in p for p in row["problems"])
    assert row["final"]["strict_validity"] < 0.9  # measured from its generator


def test_curves_and_final_edited_together_are_caught_by_sampling_the_generator(honest, tmp_path):
    lab, result = honest

    def better_final(meta):
        meta["final"].update(strict_validity=0.999, tv=0.001)

    def better_run(entry):
        entry["rows"][-1].update(strict_validity=0.999, tv=0.001)
        entry["curves"]["strict"][-1] = 0.999
        entry["curves"]["tv"][-1] = 0.001

    forge(result, tmp_path / "f.pgresult", better_final, better_run)
    r = load_result(tmp_path / "f.pgresult")
    j = judge(r, parse_lab(LAB))
    assert not j.verified
    assert any("is not what its generator gives" in p for p in j.problems), j.problems


def test_invented_goals_are_not_verified_and_do_not_count(honest, tmp_path):
    lab, result = honest

    def five(meta):
        meta["goals"] = [{"goal": f"goal {i}", "met_at_epoch": 50} for i in range(5)]

    forge(result, tmp_path / "f.pgresult", five)
    row = judged_rows(tmp_path, lab)["f.pgresult"]
    assert row["verified"] is False and len(row["goals"]) == 2  # the teacher's two goals
    assert row["goals_met"] <= 2
    assert any("claims 5 goals not among its lab's 2" in p for p in row["problems"])


def test_a_goal_met_after_the_run_ended_is_not_verified(honest, tmp_path):
    lab, result = honest

    def late(meta):
        meta["goals"][1]["met_at_epoch"] = 99_999_999

    forge(result, tmp_path / "f.pgresult", late)
    row = judged_rows(tmp_path, lab)["f.pgresult"]
    assert row["verified"] is False
    assert any("99,999,999 (after its last epoch, 300)" in p for p in row["problems"])


def test_locks_removed_from_the_files_lab_copy_are_judged_by_the_teachers_lab(honest, tmp_path):
    """A lab run on an edited lab with the same title and no locks, another pattern: it
    followed its own copy, not the teacher's lab."""
    lab, _ = honest
    edited = LAB.replace('locked = ["pattern", "range", "preset", "epochs"]', "locked = []")
    edited = edited.replace('preset = "book"\n', 'preset = "book"\npattern = "even"\n', 1)
    (tmp_path / "mine.toml").write_text(edited)
    folder = tmp_path / "class"
    folder.mkdir()
    code, _, err = run(
        "lab", "run", str(tmp_path / "mine.toml"), "--name", "Eve",
        "--out", str(folder / "eve.pgresult"),
    )  # fmt: skip
    assert code == 0, err
    # also the copy forged back to the teacher's text: the run's set-up still tells
    forge(folder / "eve.pgresult", folder / "eve2.pgresult", lambda m: m.update(lab=LAB))
    rows = judged_rows(folder, lab)
    eve, eve2 = rows["eve.pgresult"], rows["eve2.pgresult"]
    assert eve["followed_lab"] is False and eve["goals_met"] == 0
    assert any("made with another lab" in p and "locked controls" in p for p in eve["problems"])
    assert any("off the lab: its pattern differs" in p for p in eve["problems"])
    assert eve2["followed_lab"] is False and eve2["goals_met"] == 0
    assert eve2["verified"] is False  # its claim of following its lab is not its run's
    # without the teacher's lab, the edited copy is all there is: said so on every row
    code, out, _ = run("results", str(folder), "--json")
    assert all(
        any("no teacher's lab was given" in p for p in r["problems"])
        for r in json.loads(out)["rows"]
    )


def test_a_result_whose_generator_was_swapped_is_not_verified(honest, tmp_path):
    """Another run's generator (a better seed) put in place of the run's own."""
    lab, result = honest
    other = tmp_path / "other.pgresult"
    code, _, err = run("lab", "run", str(lab), "--name", "X", "--seed", "11", "--out", str(other))
    assert code == 0, err
    files = members(result)
    theirs = members(other)
    files["runs/1/num_gen.pt"] = theirs["runs/1/num_gen.pt"]
    target = tmp_path / "class"
    target.mkdir()
    with zipfile.ZipFile(target / "f.pgresult", "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    row = judged_rows(target, lab)["f.pgresult"]
    assert row["verified"] is False
    assert any("saved with another set-up" in p for p in row["problems"])


def test_the_table_and_csv_say_not_verified_and_the_problems(honest, tmp_path):
    lab, result = honest
    forge(result, tmp_path / "f.pgresult", lambda m: m["final"].update(strict_validity=0.999))
    code, out, _ = run("results", str(tmp_path), "--lab", str(lab))
    assert code == 0
    assert "no: it claims a final strict validity of 0.999" in out
    assert "f.pgresult: not verified:" in out


def test_rerun_reproduces_an_honest_result_and_flags_a_doctored_run(honest, tmp_path):
    lab, result = honest
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ada.pgresult").write_bytes(result.read_bytes())

    def doctored(entry):  # its whole last report made better, consistently
        entry["rows"][-1].update(strict_validity=0.99)
        entry["curves"]["strict"][-1] = 0.99

    forge(result, folder / "f.pgresult", session=doctored)
    code, out, err = run("results", str(folder), "--lab", str(lab), "--json", "--rerun")
    assert code == 0, err
    rows = {r["file"]: r for r in json.loads(out)["rows"]}
    assert rows["ada.pgresult"]["reproduced"] is True, rows["ada.pgresult"]["rerun"]
    assert rows["f.pgresult"]["reproduced"] is False
    assert rows["f.pgresult"]["verified"] is False


def test_a_rerun_alone_compares_weights_and_seeds_of_one_set_up_train_as_one_sweep(
    honest, tmp_path, monkeypatch
):
    import core.engine.sweep as sweep_module

    lab, result = honest
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ada.pgresult").write_bytes(result.read_bytes())
    code, out, err = run("results", str(folder), "--lab", str(lab), "--json", "--rerun")
    row = json.loads(out)["rows"][0]
    assert row["reproduced"] is True and "the same weights, bit for bit" in row["rerun"]
    for seed in (4, 5):
        code, _, err = run(
            "lab", "run", str(lab), "--name", f"S{seed}", "--seed", str(seed),
            "--out", str(folder / f"s{seed}.pgresult"),
        )  # fmt: skip
        assert code == 0, err
    swept = []
    real = sweep_module.SweepTrainer
    monkeypatch.setattr(
        sweep_module,
        "SweepTrainer",
        lambda config, seeds: swept.append(seeds) or real(config, seeds),
    )
    code, out, err = run("results", str(folder), "--lab", str(lab), "--json", "--rerun")
    rows = json.loads(out)["rows"]
    assert swept == [[3, 4, 5]]  # the class in one sweep
    assert all(r["reproduced"] for r in rows), [r["rerun"] for r in rows]
    assert all("within 0.02" in r["rerun"] for r in rows)


def test_text_where_a_number_belongs_is_refused_at_reading(honest, tmp_path):
    """A row whose numbers are text never reaches the judge (nor a plot): that file is a line
    of its own, the others still judged."""
    lab, result = honest
    forge(
        result,
        tmp_path / "f.pgresult",
        session=lambda e: e["rows"][-1].update(strict_validity="0.99", epoch="300"),
    )
    code, out, err = run("results", str(tmp_path), "--lab", str(lab), "--json")
    assert "Traceback" not in err and "f.pgresult" in err, err
    assert json.loads(out)["rows"] == [] and code == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e["rows"].reverse(),
        lambda e: e["curves"]["strict"].__setitem__(-1, float("nan")),
        lambda e: e.update(epochs=[0] * len(e["epochs"])),
        lambda e: e["rows"][0].update(modes_covered=10**30, support_size=0),
    ],
    ids=["rows reversed", "NaN curve", "epochs all 0", "modes overflow"],
)
def test_a_crafted_run_is_judged_not_verified_and_never_breaks_the_table(honest, tmp_path, change):
    lab, result = honest
    forge(result, tmp_path / "f.pgresult", session=change)
    code, out, err = run("results", str(tmp_path), "--lab", str(lab), "--json")
    assert code == 0 and "Traceback" not in err, err
    rows = json.loads(out)["rows"]
    assert len(rows) == 1 and rows[0]["verified"] is False, rows[0]["problems"]


def test_a_run_changed_mid_run_is_not_rerun_and_says_why(honest, tmp_path):
    lab, result = honest

    def changed(entry):  # a learning rate turned while it trained (lr is free in this lab)
        entry["changes"] = [{"epoch": 100, "lr_g": 0.002}]

    forge(result, tmp_path / "c.pgresult", session=changed)
    code, out, err = run("results", str(tmp_path), "--lab", str(lab), "--rerun")
    assert code == 0 and "Traceback" not in err, err
    assert "yes; not rerun: settings were changed while it trained" in out
    code, out, _ = run("results", str(tmp_path), "--lab", str(lab), "--rerun", "--json")
    row = json.loads(out)["rows"][0]
    assert row["reproduced"] is False and row["verified"] is True
