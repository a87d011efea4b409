"""The window's memory per report, measured on the real window (offscreen) training the book at
report interval 1: is everything it keeps per report bounded? (issue 34)

    python -m tests.bench_window_memory [--feed] [REPORTS] [CAP] [SNAPSHOTS]
    # defaults: 6000 reports, cap 1000 points, 20 snapshots; with --feed, PASS or FAIL (exit
    # status 1) for 10 M epochs under 1 GB and the estimate within 1.5x
    python -m tests.bench_window_memory --feed 60000 20000 20   # a cap with a clear signal

Trained (the default), the window trains the run on its thread at full speed: every report
is a real one, but this machine makes a few dozen a second, so the cap must stay small and a
point's cost is a few MB in RSS's noise. ``--feed`` gives the window 200 reports of a real run
again and again (their epochs renumbered) through the path a run's reports take
(``TrainingController.on_report``, the plots' redraw every 33 reports), a thousand a second:
a cap of 20,000 points then measures a point's cost clearly.

A 10,000,000-epoch run cannot be run here, so every bound the window keeps per report is
lowered in this process to one the run passes several times: the run's history keeps ``CAP``
curve points and rows (the real ``MAX_POINTS``: 200,000) and ``SNAPSHOTS`` whole reports (the
real ``MAX_SNAPSHOTS``: 500), the samples log ``LOG_LINES`` (the real one: 5,000; what its
lines cost is measured apart, on a log of its own); the doctor follows the history's cap. RSS (VmRSS) is read as reports arrive, twice: as it is, and after ``malloc_trim`` (glibc
keeps up to 128 MB of freed memory at its heap's top, ``core.engine.process``; trimmed, RSS
follows what is live). Printed:

- the cost of a report before the cap (reports CAP/5..CAP): a point of every structure kept
  per report up to the cap (curves, rows, the plots' arrays, the doctor's points);
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
LOG_LINES = 50  # the samples log's bound, lowered: full long before the history's cap


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


def real_reports(count: int) -> list:
    """``count`` reports of a real book run at interval 1 (their arrays as the trainer makes
    them), to feed the window many more times than it could train here."""
    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    config = make_config("book", epochs=count, report_every=1, eval_samples=100, device="cpu")
    out = []
    for report in Trainer(config).reports():
        out.append(report)
        if len(out) >= count:
            break
    return out


def main(argv: list[str]) -> int:
    feed = "--feed" in argv
    argv = [a for a in argv if a != "--feed"]
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

    real_lines, samples_log.MAX_LINES = samples_log.MAX_LINES, LOG_LINES
    app = QApplication.instance() or QApplication(sys.argv[:1])
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
    if feed:  # real reports again and again, through the path a run's reports take
        from dataclasses import replace

        kept = real_reports(200)
        window.session.begin_run(config, window.training.link.notify)
        window.show_current_run()
        for epoch in range(1, reports + 1):
            window.training.on_report(replace(kept[epoch % len(kept)], epoch=epoch))
            if epoch % 33 == 0:  # the plots' redraw cadence (30 Hz at ~1,000 reports/s)
                window.plots.refresh()
                app.processEvents()
    else:
        window.action("train").trigger()
        while window.session.state.name not in ("FINISHED", "STOPPED") or not taken[0]:
            QTest.qWait(100)
    h = window.session.runs[-1]
    end, end_trimmed = rss(), trimmed_rss()
    per_snapshot = h.snapshots_nbytes() / max(1, len(h.snapshots))
    per_line = log_line_cost(window, h.last, real_lines)
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
        f"caps lowered to {cap:,} points, {snaps} snapshots, {LOG_LINES} log lines "
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
    print(f"a line of the samples log: {per_line:,.0f} bytes ({real_lines:,} lines on a log)")
    grows = max(after, after_raw)
    rest = max(0.0, grows if grows > NOISE else 0.0) * (RUN_EPOCHS - reports)
    projected = end + (real_points - cap) * before + (real_snaps - snaps) * per_snapshot + rest
    print(
        f"projected for {RUN_EPOCHS:,} epochs at interval 1: {projected / 2**20:,.0f} MB "
        f"(RSS at the end + {real_points - cap:,} more points x {before:,.0f} B + "
        f"{real_snaps - snaps} more snapshots + {real_lines - LOG_LINES:,} more log lines"
        + (f" + {grows:,.0f} B x the remaining reports" if rest else "")
        + ")"
    )
    if not rest and grows > 0:  # the same, as if the slope under the noise were real
        worst = projected + grows * (RUN_EPOCHS - reports)
        print(f"  with the after-cap slope taken as real: {worst / 2**20:,.0f} MB")
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
    if not feed:  # a cap small enough to train past here leaves a point's cost in RSS's noise
        print(
            "no verdict from a trained run at this cap (its figures are within RSS's noise): "
            "--feed gives one"
        )
        return 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def log_line_cost(window, report, lines: int) -> float:
    """Bytes a line of the samples log costs: ``lines`` of the run's last line (its HTML, as
    the plots make it) on a log of its own, by trimmed RSS."""
    from patterngan_gui.panels import samples_log

    line = samples_log.log_line(report, set(window.plots.support.tolist()))
    samples_log.MAX_LINES = lines
    log = samples_log.SamplesLog()
    before = trimmed_rss()
    for i in range(lines):
        log.add(line)
        if i % 100 == 99:
            log.flush()
    log.flush()
    cost = (trimmed_rss() - before) / lines
    log.deleteLater()
    return cost


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
