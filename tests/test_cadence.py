"""The plots' redraw cadence (patterngan_gui/kit/cadence.py): redraws are spaced out while the
GUI thread is busy (its paints hold the GIL the training thread needs) and come back to four a
second when it is not."""

from __future__ import annotations

import time

from patterngan_gui.kit.cadence import FASTEST_MS, SHARE, SLOWEST_MS, Cadence, next_interval


def test_the_interval_stretches_while_busy_and_shrinks_back_within_bounds():
    interval, seen = FASTEST_MS, []
    for _ in range(6):
        interval = next_interval(interval, 3 * SHARE)
        seen.append(interval)
    assert seen[0] > FASTEST_MS and seen == sorted(seen) and seen[-1] == SLOWEST_MS
    assert next_interval(600, SHARE * 0.75) == 600  # in between: kept
    for _ in range(6):
        interval = next_interval(interval, 0.0)
    assert interval == FASTEST_MS


def test_a_busy_gui_thread_spaces_the_redraws_out(qtbot):
    ticks = []
    busy = Cadence(lambda: ticks.append(1), clock=lambda: time.perf_counter() * 0.5)
    busy.start()
    for _ in range(2):
        with qtbot.waitSignal(busy.timer.timeout, timeout=5000):
            pass
    assert busy.share > SHARE and busy.interval_ms > FASTEST_MS and len(ticks) == 2
    idle = Cadence(lambda: None, clock=lambda: 0.0)
    idle.start()
    with qtbot.waitSignal(idle.timer.timeout, timeout=5000):
        pass
    assert idle.share == 0.0 and idle.interval_ms == FASTEST_MS
    busy.timer.stop()
    idle.timer.stop()
