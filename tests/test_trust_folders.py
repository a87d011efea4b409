"""Issue 34: one student's file is that file's row, whatever is wrong with it; values of the wrong
type are refused when the file is read (never reach a plot); a class folder has budgets of its
own and says how many files it left out."""

from __future__ import annotations

import json
import pickle
import zipfile
from pathlib import Path

import pytest

from core.files.errors import GeneratorFileError
from core.files.session_file import SessionFileError, load_session_file
from core.teaching import class_results
from core.teaching.class_results import read_class_folder
from tests.test_class_results import lab_file
from tests.test_cli import run


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("folders")
    out = folder / "good.pgresult"
    code, _, err = run("lab", "run", str(lab_file(folder)), "--name", "Ok", "--out", str(out))
    assert code == 0, err
    return out


def rewrite_rows(source: Path, target: Path, change) -> None:
    """A copy of a result with each row of its run changed by ``change(row)``."""
    with zipfile.ZipFile(source) as z:
        members = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(members["session.json"])
    for row in meta["runs"][0]["rows"]:
        change(row)
    members["session.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def class_of(tmp_path: Path, good: Path, change) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "a-good.pgresult").write_bytes(good.read_bytes())
    rewrite_rows(good, folder / "b-bad.pgresult", change)
    return folder


def test_text_where_a_number_belongs_is_refused_at_reading(tmp_path, good):
    folder = class_of(tmp_path, good, lambda row: row.update(strict_validity="abc"))
    data = read_class_folder(folder)
    assert [r.file for r in data.results] == ["a-good.pgresult"]
    assert data.problems[0][0] == "b-bad.pgresult" and "malformed" in data.problems[0][1]
    code, out, err = run("results", str(folder))
    assert code == 0 and "b-bad.pgresult" in err and "Traceback" not in err


def test_rows_without_a_column_never_break_the_class_view(window, tmp_path, good):
    folder = class_of(tmp_path, good, lambda row: row.pop("strict_validity"))
    assert window.files.open_any(str(folder))  # drawn from the run's checked curves
    assert len(window.class_view.curves) == 2


def test_any_error_reading_one_file_is_that_files_row(tmp_path, good, monkeypatch):
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.pgresult").write_bytes(good.read_bytes())
    real = class_results.load_result
    errors = {"a": pickle.UnpicklingError("bad pickle"), "b": KeyError("x")}

    def load(path):
        if Path(path).stem in errors:
            raise errors[Path(path).stem]
        return real(path)

    monkeypatch.setattr(class_results, "load_result", load)
    data = read_class_folder(folder)
    assert [r.file for r in data.results] == ["c.pgresult"]
    assert [p[0] for p in data.problems] == ["a.pgresult", "b.pgresult"]
    assert "UnpicklingError" in data.problems[0][1]


def test_an_unexpected_error_inside_a_session_is_one_line(tmp_path, good, monkeypatch):
    from core.files import generator_read

    def broken(*_a, **_k):
        raise pickle.UnpicklingError("a crafted pickle")

    monkeypatch.setattr(generator_read, "open_generator_bytes", broken)
    with pytest.raises(SessionFileError, match="UnpicklingError") as failure:
        load_session_file(good)
    assert isinstance(failure.value, GeneratorFileError) and "\n" not in str(failure.value)


def test_over_the_file_count_the_folder_says_how_many_were_left_out(tmp_path, good, monkeypatch):
    folder = tmp_path / "class"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.pgresult").write_bytes(good.read_bytes())
    monkeypatch.setattr(class_results, "MAX_FILES", 3)
    data = read_class_folder(folder)
    assert len(data.results) == 3
    assert data.problems[-1][1] == "1 file was left out: at most 3 are read"
    code, _out, err = run("results", str(folder))
    assert code == 0 and "1 file was left out" in err


def test_a_folder_budget_leaves_the_rest_out_and_says_so(tmp_path, good, monkeypatch):
    folder = tmp_path / "class"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.pgresult").write_bytes(good.read_bytes())
    one = read_class_folder(folder).results[0].run.nbytes()
    monkeypatch.setattr(class_results, "MAX_CLASS_BYTES", int(one * 1.5))
    data = read_class_folder(folder)
    assert len(data.results) == 1 and "2 files were left out" in data.problems[-1][1]
    monkeypatch.setattr(class_results, "MAX_CLASS_BYTES", 10**12)
    monkeypatch.setattr(class_results, "MAX_FOLDER_READ", good.stat().st_size * 2)
    data = read_class_folder(folder)
    assert len(data.results) == 2 and "1 file was left out" in data.problems[-1][1]


def test_a_class_keeps_rows_and_curves_not_timelines(tmp_path, good):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "a.pgresult").write_bytes(good.read_bytes())
    run_ = read_class_folder(folder).results[0].run
    assert run_.snapshots == [] and run_.rows and run_.curves["strict"]


def test_opening_many_results_has_a_budget_and_says_how_many_were_left_out(
    window, tmp_path, good, monkeypatch, dialogs
):
    paths = []
    for i in range(3):
        (tmp_path / f"{i}.pgresult").write_bytes(good.read_bytes())
        paths.append(str(tmp_path / f"{i}.pgresult"))
    from core.files.result_file import load_result

    one = load_result(good).run.nbytes()
    monkeypatch.setattr(class_results, "MAX_CLASS_BYTES", int(one * 1.5))
    assert window.classroom.open_results(paths) == 1
    assert dialogs and "2 files left out" in dialogs[-1][1]
