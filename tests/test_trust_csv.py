"""Issue 34: one CSV writer for every CSV the app makes; a student's cell never becomes a formula
or a raw control character in the teacher's spreadsheet, and numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from core.files.csv_text import csv_cell, csv_dicts, csv_text
from core.teaching.history import metrics_csv
from tests.test_class_results import lab_file, rewrite_json
from tests.test_cli import run

FORMULAS = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("x")']


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_that_starts_a_formula_gets_a_leading_quote(cell):
    written = csv_cell(cell)
    assert written.startswith("'")
    assert "\t" not in written and "\r" not in written  # and no raw control character


@pytest.mark.parametrize("number", [5, -5, 0.25, -0.25, "-5", "-0.25", "1e-3", "+7", "-inf"])
def test_numbers_stay_numbers(number):
    assert not str(csv_cell(number)).startswith("'")


def test_control_and_direction_characters_are_never_written_raw():
    cells = ["\x1b[2Jgone", "a\u202eevil", "nul\x00", "line\nbreak", "\x85next"]
    text = csv_text(["c"], [[c] for c in cells])
    assert not any(ch in text for ch in "\x1b\u202e\x00\x85")
    assert text.count("\n") == len(cells) + 1  # a row per line: no newline inside a cell
    assert "\\x1b[2Jgone" in text and "\\u202e" in text


def test_a_lone_dash_the_tables_no_value_is_left_alone():
    assert csv_cell("-") == "-"


def test_uneven_rows_never_crash_a_writer():
    rows = [{"epoch": 1}, {"epoch": 2, "tv": 0.5}, {"tv": 0.25, "note": "=x"}]
    read = list(csv.DictReader(io.StringIO(csv_dicts(rows))))
    assert [r["epoch"] for r in read] == ["1", "2", ""] and read[2]["note"] == "'=x"
    assert metrics_csv(rows) == csv_dicts(rows)  # Export metrics as CSV: the same writer
    assert csv_text(["a", "b"], [[1], [1, 2, 3]]).splitlines() == ["a,b", "1", "1,2,3"]


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory):
    """A class folder with a student whose name and answers are formulas and escapes."""
    folder = tmp_path_factory.mktemp("csvclass")
    lab = lab_file(folder)
    good = folder / "made.pgresult"
    assert run("lab", "run", str(lab), "--name", "Ok", "--out", str(good))[0] == 0
    klass = folder / "class"
    klass.mkdir()

    def hostile(meta):
        meta["student"] = '=HYPERLINK("http://x.invalid","Ok")'
        for a in meta["answers"]:
            a["answer"] = "@SUM(1)\x1b[31m\u202eraw"

    rewrite_json(good, klass / "h.pgresult", hostile)
    return klass


def neutral(text: str) -> None:
    assert not any(ch in text for ch in "\x1b\u202e")
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            assert not cell.startswith("-") or cell == "-" or float(cell) <= 0, cell


def test_results_csv_is_neutralised(hostile_class):
    code, out, err = run("results", str(hostile_class), "--csv")
    assert code == 0, err
    neutral(out)
    assert "'=HYPERLINK" in out and "1: @SUM(1)" in out


def test_the_class_tabs_export_is_neutralised(window, hostile_class):
    assert window.files.open_any(str(hostile_class))
    text = window.class_view.csv_text()
    neutral(text)
    assert "'=HYPERLINK" in text


def test_export_metrics_with_uneven_rows_does_not_crash(window, tmp_path, monkeypatch):
    from core.engine.presets import make_config
    from core.teaching.history import RunHistory
    from patterngan_gui.controllers import files

    history = RunHistory(1, make_config("book"))
    history.rows = [{"epoch": 1, "tv": 0.5}, {"epoch": 2, "tv": 0.4, "extra": "=1"}]
    monkeypatch.setattr(type(window.session), "history", property(lambda s: history))
    monkeypatch.setattr(type(window.session), "can_export_csv", property(lambda s: True))
    target = tmp_path / "m.csv"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(target))
    window.files.export_csv()
    text = target.read_text()
    assert text.splitlines()[0] == "epoch,tv,extra" and "'=1" in text


def test_one_writer_makes_every_csv():
    """No CSV writer but core/files/csv_text.py: a new export cannot forget the rule."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    writers = [
        str(p.relative_to(root))
        for folder in ("core", "patterngan_gui")
        for p in (root / folder).rglob("*.py")
        if ("csv.writer" in p.read_text() or "csv.DictWriter" in p.read_text())
        and p.name != "csv_text.py"
    ]
    assert writers == []


def test_a_lone_surrogate_from_a_files_json_is_written_escaped():
    text = csv_text(["name"], [["Eve \ud800"]])
    text.encode("utf-8")  # the file can be written
    assert "\\ud800" in text
