"""The window's memory per report, measured on the real window (offscreen) training the book at
report interval 1: is everything it keeps per report bounded? (issue 34)

    python -m tests.bench_window_memory [REPORTS] [CAP] [SNAPSHOTS]
    # defaults: 6000 reports, cap 1000 points, 20 snapshots; exit status 1 when over 1 GB

A 10,000,000-epoch run cannot be run here, so every bound the window keeps per report is
lowered in this process to one the run passes several times: the run's history keeps ``CAP``
curve points and rows (the real ``MAX_POINTS``: 200,000) and ``SNAPSHOTS`` whole reports (the
real ``MAX_SNAPSHOTS``: 500), the samples log ``CAP`` lines; the doctor follows the history's
cap. RSS (VmRSS) is read as reports arrive, twice: as it is, and after ``malloc_trim`` (glibc
keeps up to 128 MB of freed memory at its heap's top, ``core.engine.process``; trimmed, RSS
follows what is live). Printed:

- the cost of a report before the cap (reports CAP/5..CAP): a point of every structure kept
  per report (curves, rows, plots' arrays, the doctor's and the samples log's share);
- the growth per report after every cap (reports 2 x CAP..REPORTS): ~0 when all is bounded;
- the projection for 10 M epochs at interval 1: RSS at the end, plus the points and
  snapshots the real caps keep beyond the lowered ones, plus the after-cap growth for the
  rest of the 10 M reports where it is above noise; and the memory estimate's own figure for
  the history (``core.engine.memory``), which should be within 1.5x of the measured one.
"""

from __future__ import annotations

import ctypes
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUN_EPOCHS = 10_000_000
NOISE = 64  # bytes per report: below this, after-cap growth is the heap's noise


def rss() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))


def trimmed_rss() -> int:
    """RSS after glibc hands its free memory back (where there is glibc)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return rss()


def slope(samples: list[tuple[int, int, int]], lo: int, hi: int, which: int) -> float:
    """Least-squares bytes per report over the samples whose report count is in [lo, hi]."""
    a = [(s[0], s[which]) for s in samples if lo <= s[0] <= hi]
    if len(a) < 3:
        return float("nan")
    n = len(a)
    mx, my = sum(x for x, _ in a) / n, sum(y for _, y in a) / n
    den = sum((x - mx) ** 2 for x, _ in a)
    return sum((x - mx) * (y - my) for x, y in a) / den if den else float("nan")


def main(argv: list[str]) -> int:
    reports = int(argv[0]) if argv else 6000
    cap = int(argv[1]) if len(argv) > 1 else 1000
    snaps = int(argv[2]) if len(argv) > 2 else 20
    import gc

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from core.engine import memory
    from core.engine.presets import make_config
    from core.engine.process import prepare_for_training
    from core.teaching import history

    real_points, real_snaps = history.MAX_POINTS, history.MAX_SNAPSHOTS
    history.MAX_POINTS, history.MAX_SNAPSHOTS = cap, snaps
    from patterngan_gui.panels import samples_log

    samples_log.MAX_LINES = cap
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    from patterngan_gui.main_window import MainWindow

    prepare_for_training()
    folder = os.path.join("/tmp", f"patterngan-window-memory-{os.getpid()}")
    os.makedirs(folder, exist_ok=True)
    window = MainWindow(settings=QSettings(f"{folder}/settings.ini", QSettings.IniFormat))
    window.dialogs.ask_unsaved = lambda names: "discard"
    window.show()
    window.finish_startup()
    config = make_config("book", epochs=reports, report_every=1, eval_samples=100, device="cpu")
    window.setup.set_config(config)
    QTest.qWait(200)
    window.training.set_speed(0)  # full speed: the default dial waits between reports
    samples: list[tuple[int, int, int]] = []  # (reports the history took, RSS, trimmed RSS)
    every = max(1, cap // 20)
    taken = [0]
    on_report = window.training.on_report

    def counted(report, step: str = "") -> None:
        on_report(report, step)
        taken[0] += 1
        if taken[0] % every == 0:
            gc.collect()
            raw = rss()
            samples.append((taken[0], raw, trimmed_rss()))

    window.training.on_report = counted
    window.action("train").trigger()
    while window.session.state.name not in ("FINISHED", "STOPPED") or not taken[0]:
        QTest.qWait(100)
    h = window.session.runs[-1]
    end, end_trimmed = rss(), trimmed_rss()
    per_snapshot = h.snapshots_nbytes() / max(1, len(h.snapshots))
    before = max(slope(samples, cap // 5, cap, 1), slope(samples, cap // 5, cap, 2))
    settled = 2 * cap
    after_raw, after = slope(samples, settled, reports, 1), slope(samples, settled, reports, 2)
    at_cap = next(s for s in samples if s[0] >= cap)
    start = samples[0]
    print(
        f"reports received: {taken[0]:,} (interval 1, {reports:,} epochs); kept: "
        f"{len(h.epochs):,} points, {len(h.snapshots)} snapshots, "
        f"{window.plots.samples_log.view.document().blockCount():,} log lines"
    )
    print(
        f"caps lowered to {cap:,} points, {snaps} snapshots, {cap:,} log lines "
        f"(the real ones: {real_points:,} points, {real_snaps} snapshots)"
    )
    print(
        f"RSS (trimmed) at report {start[0]:,}: {start[1] / 2**20:,.1f} MB "
        f"({start[2] / 2**20:,.1f}); at the cap ({at_cap[0]:,}): {at_cap[1] / 2**20:,.1f} MB "
        f"({at_cap[2] / 2**20:,.1f}); at the end: {end / 2**20:,.1f} MB "
        f"({end_trimmed / 2**20:,.1f})"
    )
    print(f"cost of a report before the cap ({cap // 5:,}-{cap:,}): {before:,.0f} bytes")
    print(
        f"growth per report after every cap ({settled:,}-{reports:,}): {after:,.1f} bytes "
        f"trimmed, {after_raw:,.1f} bytes as it is"
    )
    print(f"a snapshot: {per_snapshot:,.0f} bytes (the history's own count)")
    grows = max(after, after_raw)
    rest = max(0.0, grows if grows > NOISE else 0.0) * (RUN_EPOCHS - reports)
    projected = end + (real_points - cap) * before + (real_snaps - snaps) * per_snapshot + rest
    print(
        f"projected for {RUN_EPOCHS:,} epochs at interval 1: {projected / 2**20:,.0f} MB "
        f"(RSS at the end + {real_points - cap:,} more points x {before:,.0f} B + "
        f"{real_snaps - snaps} more snapshots"
        + (f" + {grows:,.0f} B x the remaining reports" if rest else "")
        + ")"
    )
    history.MAX_POINTS, history.MAX_SNAPSHOTS = real_points, real_snaps
    long = make_config("book", epochs=RUN_EPOCHS, report_every=1)
    estimated = memory.estimate(long, *long.validate(), window=True).parts["the run's history"]
    measured = real_points * before + real_snaps * per_snapshot
    print(
        f"the estimate's history for that run: {estimated / 2**20:,.0f} MB; measured "
        f"{measured / 2**20:,.0f} MB (ratio {estimated / measured:.2f})"
    )
    window.close()
    ok = projected < 1 << 30 and 1 / 1.5 <= estimated / measured <= 1.5
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
