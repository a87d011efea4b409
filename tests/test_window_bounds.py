"""Issue 34: the window keeps nothing per report without a bound, so a 10,000,000-epoch run at
report interval 1 stays under 1 GB (``python -m tests.bench_window_memory`` measures the real
window's RSS). Here the caps are lowered and the window is fed twenty times more reports than
they hold, through the path a training run's reports take (``TrainingController.on_report``,
the plots' redraw): the run's history (curves, rows, snapshots), the plots' curves, the samples
log, and every list, dict, set or deque that the session, the run, the controllers and the
panels hold must stop growing at their caps."""

from __future__ import annotations

import collections
import gc
from dataclasses import replace

import pytest

from core.engine.presets import make_config
from core.teaching import history
from core.teaching.history import CURVE_KEYS
from patterngan_gui.panels import samples_log
from tests.test_teaching_core import fake_report

CAP, SNAPSHOTS, LINES = 60, 12, 40
REPORTS = 20 * CAP


@pytest.fixture
def low_caps(monkeypatch):
    monkeypatch.setattr(history, "MAX_POINTS", CAP)
    monkeypatch.setattr(history, "MAX_SNAPSHOTS", SNAPSHOTS)
    monkeypatch.setattr(samples_log, "MAX_LINES", LINES)


def lengths(roots: dict[str, object], depth: int = 4) -> dict[str, int]:
    """The length of every list, dict, set and deque reachable from ``roots`` through the
    attributes of the app's own objects (core and patterngan_gui), by path."""
    found: dict[str, int] = {}
    seen: set[int] = set()
    queue = collections.deque((name, obj, 0) for name, obj in roots.items())
    while queue:
        path, obj, level = queue.popleft()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, list | dict | set | collections.deque):
            found[path] = len(obj)
            if level < depth and isinstance(obj, dict):
                for k, v in list(obj.items())[:50]:
                    queue.append((f"{path}[{k!r}]", v, level + 1))
            elif level < depth and isinstance(obj, list | collections.deque):
                for i, v in enumerate(list(obj)[:5]):
                    queue.append((f"{path}[{i}]", v, level + 1))
            continue
        module = type(obj).__module__ or ""
        if level >= depth or not module.startswith(("core.", "patterngan_gui.")):
            continue
        attrs = getattr(obj, "__dict__", None)
        if attrs is None:
            continue
        for k, v in attrs.items():
            queue.append((f"{path}.{k}", v, level + 1))
    return found


def feed(window, reports: range) -> None:
    report = fake_report(1)
    for epoch in reports:
        window.training.on_report(replace(report, epoch=epoch))
        if epoch % 25 == 0:
            window.plots.refresh()  # the redraw cadence: the plots take the history, the log
            #                         its lines


def test_a_run_twenty_times_past_every_cap_keeps_the_window_bounded(low_caps, make_window):
    window = make_window()
    config = make_config("book", epochs=10_000_000, report_every=1, eval_samples=100)
    window.setup.set_config(config)
    window.session.begin_run(config, window.training.link.notify)
    window.show_current_run()
    h = window.session.runs[-1]
    roots = {
        "session": window.session,
        "training": window.training,
        "files": window.files,
        "plots": window.plots,
        "runs_panel": window.runs_panel,
        "history": h,
    }
    feed(window, range(1, REPORTS // 2 + 1))
    halfway = lengths(roots)
    feed(window, range(REPORTS // 2 + 1, REPORTS + 1))
    window.plots.refresh()
    at_end = lengths(roots)

    assert len(h.epochs) <= CAP and len(h.rows) == len(h.epochs)
    assert all(len(h.curves[k]) == len(h.epochs) for k in CURVE_KEYS)
    assert h.epochs[0] == 1 and h.epochs[-1] == REPORTS  # thinned, first and last kept
    # the whole run stays drawn evenly (thinning all points each time the cap was passed left
    # the first half of the run with one point), the newest reports each one
    gaps = [b - a for a, b in zip(h.epochs, h.epochs[1:])]
    assert max(gaps) <= 8 * REPORTS // CAP
    assert h.epochs[-CAP // 4 :] == list(range(REPORTS - CAP // 4 + 1, REPORTS + 1))
    assert len(h.snapshots) <= SNAPSHOTS
    x = window.plots.d_curve.xData  # all it was given (getData: what the view shows)
    assert x is not None and len(x) == len(h.epochs)  # the plots show what the history kept
    assert window.plots.samples_log.view.document().blockCount() <= LINES
    grew = {
        path: (halfway[path], n) for path, n in at_end.items() if n > halfway.get(path, 0) + CAP
    }
    assert not grew  # a collection that kept growing past every cap
    gc.collect()
    reports = sum(type(o).__name__ == "Report" for o in gc.get_objects())
    assert reports <= SNAPSHOTS + 10  # whole reports: the snapshots, and the latest few
