"""Session files: every run of a window, saved whole and opened safely next lesson."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

from core.app.session import Session
from core.engine.presets import make_config
from core.engine.reports import Report
from core.files.genfile import chapter_ready, script_bytes
from core.files.session_file import SessionFileError, load_session, save_session
from tests.gui_helpers import short, train_to_end


def _session_with_two_runs() -> Session:
    s = Session(ready=True)
    for preset, seed in (("book", 1), ("default", 2)):
        config = make_config(preset, epochs=40, report_every=20, eval_samples=300, seed=seed)
        s.set_draft(config, None)
        s.begin_run(config)
        for event in s.driver.train_to_end():
            if isinstance(event, Report):
                s.add_report(event)
    s.close()  # the last run's thread ends; its generator is kept (sealed)
    return s


def _save(s: Session, path) -> None:
    generators = {
        n: script_bytes(chapter_ready(m, meta), meta)
        for n, (m, meta) in s.generators_by_run().items()
    }
    save_session(path, s.runs, generators)


def test_a_session_round_trips_runs_curves_timeline_and_generators(tmp_path):
    s = _session_with_two_runs()
    path = tmp_path / "class.pgsession"
    _save(s, path)
    runs = load_session(path)
    assert [r.config for r in runs] == [h.config for h in s.runs]
    for got, want in zip(runs, s.runs):
        assert got.epochs == want.epochs and got.curves == pytest.approx(want.curves, nan_ok=True)
        assert got.rows == want.rows
        assert [r.epoch for r in got.snapshots] == [r.epoch for r in want.snapshots]
        a, b = got.snapshots[-1], want.snapshots[-1]
        assert np.array_equal(a.d_view, b.d_view) and np.array_equal(a.samples, b.samples)
        assert a.metrics.summary() == b.metrics.summary()
        assert np.array_equal(a.metrics.histogram, b.metrics.histogram)
        assert got.result is not None and got.result.metadata["epochs_trained"] == 40


def test_opening_a_session_adds_its_runs_and_shows_the_last(tmp_path):
    s = _session_with_two_runs()
    _save(s, tmp_path / "a.pgsession")
    fresh = Session(ready=True)
    fresh.add_runs(load_session(tmp_path / "a.pgsession"))
    assert [h.number for h in fresh.runs] == [1, 2]
    assert fresh.history is fresh.runs[-1] and fresh.can_export_bundle and fresh.can_save


def _rewrite(src, dst, member: str, data: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, data if name == member else zin.read(name))


@pytest.mark.parametrize(
    "member,data,match",
    [
        ("session.json", b"[" * 100_000 + b"]" * 100_000, "malformed|not a PatternGAN"),
        ("session.json", json.dumps({"format": "other"}).encode(), "not a PatternGAN session"),
        (
            "session.json",
            json.dumps({"format": "patterngan-session", "version": 99}).encode(),
            "newer",
        ),
    ],
)
def test_malformed_sessions_are_refused_in_one_line(tmp_path, member, data, match):
    s = _session_with_two_runs()
    good = tmp_path / "good.pgsession"
    _save(s, good)
    bad = tmp_path / "bad.pgsession"
    _rewrite(good, bad, member, data)
    with pytest.raises(SessionFileError, match=match) as failure:
        load_session(bad)
    assert "\n" not in str(failure.value)


def test_a_session_array_of_objects_is_never_unpickled(tmp_path):
    s = _session_with_two_runs()
    good = tmp_path / "good.pgsession"
    _save(s, good)
    evil = io.BytesIO()
    np.savez(evil, epoch=np.array([object()], dtype=object))
    bad = tmp_path / "bad.pgsession"
    _rewrite(good, bad, "runs/1/snapshots.npz", evil.getvalue())
    with pytest.raises(SessionFileError, match="only numbers are read"):
        load_session(bad)


def test_a_text_file_is_not_a_session(tmp_path):
    (tmp_path / "notes.pgsession").write_text("hello")
    with pytest.raises(SessionFileError, match="not a PatternGAN session"):
        load_session(tmp_path / "notes.pgsession")


def test_save_session_then_open_it_in_a_fresh_window(make_window, qtbot, tmp_path, monkeypatch):
    w = make_window()
    short(w, "book", epochs=200, eval_samples=300, seed=5)
    train_to_end(qtbot, w)
    short(w, "default", epochs=40, batch=64, pack=4, report_every=20, eval_samples=300)
    train_to_end(qtbot, w)
    path = tmp_path / "lesson1"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    w.action("save_session").trigger()
    assert (tmp_path / "lesson1.pgsession").exists()
    w2 = make_window()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "lesson1.pgsession"), "")
    )
    w2.action("open_session").trigger()
    assert [h.config.preset for h in w2.session.runs] == ["book", "default"]
    assert w2.tabs.currentWidget() is w2.runs_panel and w2.runs_panel.table.rowCount() == 2
    assert w2.action("export_csv").isEnabled() and w2.action("save").isEnabled()
    assert w2.plots.shown_report().epoch == 40


def test_a_sessions_sweep_rows_come_back_with_it(window, qtbot, tmp_path, monkeypatch):
    from patterngan_gui.kit import ask
    from tests.gui_helpers import short, train_to_end

    short(window, "book", epochs=200, eval_samples=300)
    train_to_end(qtbot, window)
    monkeypatch.setattr(ask, "get_int", lambda *a, **k: (3, True))
    with qtbot.waitSignal(window.sweep_finished, timeout=60_000):
        window.action("sweep").trigger()
    saved = window.session.sweeps[0]
    path = tmp_path / "with-sweep.pgsession"
    assert window.classroom.save_session(str(path))
    window.classroom.open_session(str(path))  # into the same window: numbered after its own
    again = window.session.sweeps[-1]
    assert len(window.session.sweeps) == 2 and again.number == 2
    assert again.seeds == saved.seeds and again.config == saved.config
    assert again.final_median("strict_validity") == saved.final_median("strict_validity")
    assert np.array_equal(again.mean_histogram(), saved.mean_histogram())
    x, y = again.median_curve("tv")
    assert np.array_equal(y, saved.median_curve("tv")[1])
    table = window.runs_panel.table
    assert sum(table.sweep_at(r) >= 0 for r in range(table.rowCount())) == 2


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen, on showing the offer
def test_sigterm_keeps_the_unsaved_runs_in_a_recovery_session_offered_next_time(
    make_window, qtbot, tmp_path, monkeypatch
):
    """A lab machine shut down mid-lesson: SIGTERM stops the run, saves the runs never saved
    into the user's data folder, and closes; the next window opens them again."""
    import os
    import signal

    from patterngan_gui.controllers import recovery

    folders = [tmp_path / "data", tmp_path / "temp"]
    monkeypatch.setattr(recovery, "recovery_folders", lambda: folders)
    w = make_window()
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        assert w.recovery.install()
        short(w, "book", epochs=200, eval_samples=300)
        train_to_end(qtbot, w)
        os.kill(os.getpid(), signal.SIGTERM)  # handled on the GUI thread, through the loop
        qtbot.waitUntil(
            lambda: w.recovery.caught == "SIGTERM" and not w.isVisible(), timeout=10_000
        )
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        signal.set_wakeup_fd(-1)
    kept = w.recovery.kept
    assert kept is not None and kept.is_file() and kept.parent == folders[0]
    again = make_window()
    said = []
    monkeypatch.setattr(again, "say", lambda text, ms=0: said.append(text))
    again.recovery.offer()
    assert said and "Open recovered session" in said[0]
    assert again.recovery.offer_box.isVisible()  # a dialog offers it, never waiting
    again.recovery.offer_box.close()
    assert again.recovery.open_recovered()
    assert len(again.session.runs) == 1 and again.session.runs[0].epochs[-1] == 200
    assert not kept.exists() and recovery.waiting_recoveries() == []  # not offered again
