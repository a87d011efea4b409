"""Issue 34: the window's memory stays bounded whatever the run's length: past MAX_POINTS a
run's older curve points and rows are thinned evenly (the first kept) and the newest quarter of
the cap kept each one, so a 10,000,000-epoch run at report interval 1 stays far under 1 GB
(tests/test_window_bounds.py feeds the whole window)."""

from __future__ import annotations

from core.engine.presets import make_config
from core.teaching import history
from core.teaching.history import CURVE_KEYS, RunHistory
from tests.test_teaching_core import fake_report


def test_a_long_run_keeps_a_bounded_evenly_thinned_history(monkeypatch):
    monkeypatch.setattr(history, "MAX_POINTS", 100)
    h = RunHistory(1, make_config("book"), max_snapshots=10)
    report = fake_report(1)
    for e in range(1, 2001):
        h.add(report.__class__(**{**report.__dict__, "epoch": e}))
    assert len(h.epochs) <= 100
    assert h.epochs[0] == 1 and h.epochs[-1] == 2000
    assert all(len(h.curves[k]) == len(h.epochs) for k in CURVE_KEYS)
    assert [r["epoch"] for r in h.rows] == h.epochs  # each row stays with its point
    assert h.epochs == sorted(h.epochs)


def test_the_real_bound_holds_a_10_million_epoch_run_under_1_gb():
    per_point = RunHistory(1, make_config("book")).nbytes() + 8 * (1 + len(CURVE_KEYS)) + 400
    assert history.MAX_POINTS * per_point * 2 < 1 << 30  # twice: before a thinning
