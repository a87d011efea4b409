"""Issue 34: recovery that loses nothing. Each window keeps its own recovery session (another
window never overwrites it), with the lab, the answers and the sealed predictions; a data folder
that cannot be written falls back to a private temporary folder, and where nothing can be
written the terminal says so: never a traceback, never a dialog at a shutdown."""

from __future__ import annotations

import pytest

from patterngan_gui.controllers import recovery
from tests.gui_helpers import short, train_to_end
from tests.test_class_results import lab_file


@pytest.fixture
def folders(tmp_path, monkeypatch):
    places = [tmp_path / "data", tmp_path / "temp"]
    monkeypatch.setattr(recovery, "recovery_folders", lambda: places)
    return places


def trained(make_window, qtbot):
    w = make_window()
    short(w, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, w)
    return w


def test_two_windows_keep_two_recovery_sessions(make_window, qtbot, folders):
    one, two = trained(make_window, qtbot), trained(make_window, qtbot)
    kept = [one.recovery.keep(), two.recovery.keep()]
    assert all(p is not None and p.is_file() for p in kept)
    assert kept[0] != kept[1]  # neither overwrote the other
    assert len(recovery.waiting_recoveries()) == 2
    again = make_window()
    assert again.recovery.open_recovered()  # the newest; the other still waits
    assert len(recovery.waiting_recoveries()) == 1


def test_the_lab_answers_and_sealed_predictions_come_back(make_window, qtbot, tmp_path, folders):
    w = make_window()
    assert w.labs.open_lab(str(lab_file(tmp_path)))
    w.lab_panel.answer_fields[0].setText("60%")  # a prediction, sealed at F5
    short(w, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, w)
    w.lab_panel.answer_fields[1].setText("because")
    assert w.session.history.sealed == {w.session.lab.questions[0].text: "60%"}
    kept = w.recovery.keep()
    assert kept is not None
    again = make_window()
    assert again.recovery.open_recovered()
    s = again.session
    assert s.lab is not None and s.lab.title == "Class lab"
    assert s.answers == ["60%", "because"]
    assert s.history is not None and s.history.sealed == {s.lab.questions[0].text: "60%"}
    assert again.lab_panel.answers() == ["60%", "because"]
    assert again.lab_panel.answer_fields[0].isReadOnly()  # still sealed
    assert len(s.runs) == 1


def test_an_unwritable_data_folder_falls_back_to_the_temporary_folder(
    make_window, qtbot, folders, capfd
):
    folders[0].parent.mkdir(parents=True, exist_ok=True)
    folders[0].write_text("a file where the data folder should be")  # cannot hold files
    w = trained(make_window, qtbot)
    kept = w.recovery.keep()
    assert kept is not None and kept.parent == folders[1]
    assert (folders[1].stat().st_mode & 0o077) == 0  # private in a shared folder
    assert str(kept) in capfd.readouterr().err  # says where


def test_nowhere_to_write_is_one_line_never_a_traceback_or_a_dialog(
    make_window, qtbot, folders, capfd, monkeypatch
):
    for f in folders:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("not a folder")
    w = trained(make_window, qtbot)
    monkeypatch.setattr(w.dialogs, "error", lambda *a: pytest.fail(f"a dialog at shutdown: {a}"))
    w.recovery.save_and_quit()
    assert not w.isVisible() and w.recovery.kept is None
    err = capfd.readouterr().err
    assert "could not keep the unsaved runs anywhere" in err and "Traceback" not in err


def test_ctrl_c_in_the_launching_terminal_keeps_the_work_and_closes(make_window, qtbot, folders):
    """SIGINT took Python's default path: a KeyboardInterrupt traceback from inside Qt."""
    import os
    import signal

    w = trained(make_window, qtbot)
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        assert w.recovery.install()
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: w.recovery.caught == "SIGINT" and not w.isVisible(), timeout=10_000)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        signal.set_wakeup_fd(-1)
    assert w.recovery.kept is not None and w.recovery.kept.is_file()


def test_a_closed_window_gives_the_signals_back(make_window):
    import signal

    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    w = make_window()
    try:
        assert w.recovery.install()
        assert signal.getsignal(signal.SIGTERM) == w.recovery._caught
        assert w.close()
        assert {s: signal.getsignal(s) for s in before} == before
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)
        signal.set_wakeup_fd(-1)
