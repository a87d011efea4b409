"""Issue 34: saving writes only where the user chose in this window's lifetime. A path read from a
file (a session's or a result's ``saved_path``, the session or result file itself) is never a
save target: Ctrl+S after opening one asks (Save As) and never replaces a file with a
generator."""

from __future__ import annotations

import pytest

from core.app.session import Session
from core.engine.presets import make_config
from core.teaching.history import RunHistory
from patterngan_gui.controllers import files
from tests.gui_helpers import short, train_to_end
from tests.test_class_results import lab_file
from tests.test_cli import run


def test_a_saved_path_read_from_a_file_is_never_a_save_target(tmp_path):
    victim = tmp_path / "gradebook.ods"
    session = Session()
    h = RunHistory(1, make_config("book"))
    h.saved_path = str(victim)  # as a crafted session file would carry it (no epochs)
    session.add_runs([h])
    assert session.run is not None and session.run.save_path == str(victim)
    assert session.save_path is None  # Save asks
    session.chose_path(str(tmp_path / "mine.pt"))
    session.run.save_path = str(tmp_path / "mine.pt")
    assert session.save_path == str(tmp_path / "mine.pt")  # chosen here: Ctrl+S writes there


@pytest.fixture
def asked(monkeypatch):
    """Every Save dialog the window opens (each cancelled)."""
    titles = []
    monkeypatch.setattr(files, "ask_save_path", lambda _w, title, *a: titles.append(title))
    return titles


def test_ctrl_s_after_opening_a_session_asks_and_leaves_the_files_alone(
    window, make_window, qtbot, tmp_path, monkeypatch, asked
):
    from patterngan_gui.controllers import classroom

    short(window, epochs=100, eval_samples=300)
    train_to_end(qtbot, window)
    victim = tmp_path / "notes.txt"
    victim.write_text("a teacher's notes")
    window.session.runs[0].saved_path = str(victim)  # a crafted session's saved_path
    target = tmp_path / "class.pgsession"
    monkeypatch.setattr(classroom, "ask_save_path", lambda *a: str(target))
    assert window.classroom.save_session(str(target))
    before = target.read_bytes()
    other = make_window()
    assert other.classroom.open_session(str(target))
    assert other.session.save_path is None
    assert other.files.save() is False and asked == ["Save generator"]  # it asked
    assert victim.read_text() == "a teacher's notes" and target.read_bytes() == before


def test_ctrl_s_after_opening_a_result_asks(window, tmp_path, asked):
    result = tmp_path / "r.pgresult"
    assert run("lab", "run", str(lab_file(tmp_path)), "--name", "A", "--out", str(result))[0] == 0
    before = result.read_bytes()
    assert window.classroom.open_results([str(result)]) == 1
    assert window.session.save_path is None
    assert window.files.save() is False and asked == ["Save generator"]
    assert result.read_bytes() == before


def test_a_path_chosen_in_this_window_is_saved_to_again_without_asking(
    window, qtbot, tmp_path, monkeypatch
):
    short(window, epochs=100, eval_samples=300)
    train_to_end(qtbot, window)
    target = tmp_path / "mine.pt"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(target))
    assert window.files.save()  # asks (the first time), saves there
    monkeypatch.setattr(files, "ask_save_path", lambda *a: pytest.fail("asked again"))
    target.unlink()
    assert window.files.save() and target.exists()  # Ctrl+S: the same file, no question
