"""The status bar's run clock (patterngan_gui/kit/run_clock.py): elapsed, epochs/s and time
remaining from the wall time between reports while running, so the speed dial's waits count
and pauses do not. A fake clock: no sleeping, no wall-clock bounds."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from patterngan_gui.kit.run_clock import RunClock


def report(epoch, elapsed=0.02, rate=4577.0):
    return SimpleNamespace(epoch=epoch, elapsed=elapsed, epochs_per_second=rate)


def test_at_one_report_a_second_the_clock_says_the_runs_own_pace():
    t = [0.0]
    clock = RunClock(lambda: t[0])
    run = object()
    clock.see(run, report(100), running=True)  # trained in 20 ms, then the dial waits
    for k in range(2, 6):
        t[0] += 1.0
        clock.see(run, report(100 * k, elapsed=0.02 * k), running=True)
    assert clock.rate == pytest.approx(100.0)  # not 4,577
    assert clock.elapsed == pytest.approx(4.02)
    assert clock.remaining(2500 - 500) == pytest.approx(20.0)


def test_a_pause_stops_the_clock_and_a_new_run_restarts_it():
    t = [0.0]
    clock = RunClock(lambda: t[0])
    run = object()
    clock.see(run, report(100), running=True)
    t[0] += 0.5
    clock.see(run, report(200), running=True)
    clock.see(run, report(200), running=False)  # paused
    t[0] += 60.0  # a long pause
    clock.see(run, report(200), running=True)  # resumed
    t[0] += 0.5
    clock.see(run, report(300), running=True)
    assert clock.elapsed == pytest.approx(1.02) and clock.rate == pytest.approx(200.0)
    clock.see(object(), None, running=True)
    assert clock.elapsed == 0.0 and clock.rate == 0.0 and clock.remaining(10) is None


def test_steps_by_hand_while_paused_count_their_training_time():
    """Slow motion steps a paused run: the wall clock stands still, but each step trains (the
    status bar said "elapsed 0.0 s" at epoch 2,001)."""
    t = [0.0]
    clock = RunClock(lambda: t[0])
    run = object()
    clock.see(run, report(100, elapsed=0.5), running=True)
    t[0] += 1.0
    clock.see(run, report(200, elapsed=1.0), running=True)
    clock.see(run, report(200, elapsed=1.0), running=False)  # slow motion on: paused
    for k in range(1, 4):  # three steps by hand, 0.25 s of training each, a minute apart
        t[0] += 60.0
        clock.see(run, report(200 + k, elapsed=1.0 + 0.25 * k), running=False)
        clock.see(run, report(200 + k, elapsed=1.0 + 0.25 * k), running=False)  # seen again
    assert clock.elapsed == pytest.approx(1.5 + 0.75)


def test_reports_handed_over_in_a_burst_never_make_the_run_younger_than_its_training():
    t = [0.0]
    clock = RunClock(lambda: t[0])
    run = object()
    for k in range(1, 21):  # 2,000 epochs trained in 3 s, shown within a millisecond
        t[0] += 0.00005
        clock.see(run, report(100 * k, elapsed=0.15 * k), running=True)
    assert clock.elapsed == pytest.approx(3.0)


def test_in_slow_motion_the_status_bar_counts_the_steps(window, qtbot):
    """The real window: a run stepped by hand from its start says at least its training time."""
    from tests.gui_helpers import short, step

    short(window, "book", epochs=300, eval_samples=300)
    window.training.set_slow_motion(True)
    for _ in range(4):
        step(qtbot, window, "step_epoch")
    window.refresh()
    trained = window.session.run.last_report.elapsed
    assert window.status.clock.elapsed >= trained > 0
