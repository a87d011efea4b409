"""The window's memory per report, measured on the real window (offscreen) training the book at
report interval 1: is everything it keeps per report bounded? (issue 34)

    python -m tests.bench_window_memory [REPORTS] [CAP]     # defaults: 8000 reports, cap 1000

The run's history keeps ``MAX_POINTS`` points (200,000) before it thins its old ones; a
10,000,000-epoch run cannot be run here, so the cap is lowered to ``CAP`` in this process and
the run made a few times longer than the cap. RSS (VmRSS) is read as reports arrive: the growth
per report before the cap is what each report costs the window (plots, timeline, doctor, run
history, samples log, all together); after the cap, a structure that is not bounded would keep
growing at its own cost per report. The projection for 10 M epochs at interval 1 is the cost
per report times the 200,000 points kept, plus what the run holds when it starts.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


LOG_LINES = 5000  # the samples log's own bound (patterngan_gui.panels.samples_log)


def rss() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))


def main(argv: list[str]) -> int:
    reports = int(argv[0]) if argv else 8000
    cap = int(argv[1]) if len(argv) > 1 else 1000
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from core.engine.presets import make_config
    from core.engine.process import prepare_for_training
    from core.teaching import history

    real_cap = history.MAX_POINTS
    history.MAX_POINTS = cap
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    from patterngan_gui.main_window import MainWindow

    prepare_for_training()
    folder = os.path.join("/tmp", f"patterngan-window-memory-{os.getpid()}")
    os.makedirs(folder, exist_ok=True)
    window = MainWindow(settings=QSettings(f"{folder}/settings.ini", QSettings.IniFormat))
    window.dialogs.ask_unsaved = lambda names: "discard"
    window.show()
    window.finish_startup()
    window.setup.set_config(
        make_config("book", epochs=reports, report_every=1, eval_samples=100, device="cpu")
    )
    QTest.qWait(200)
    window.action("train").trigger()
    samples: list[tuple[int, int]] = []  # (reports the history holds so far, RSS)
    seen = 0
    while True:
        QTest.qWait(100)
        runs = window.session.runs
        if runs:
            h = runs[-1]
            seen = h._seen
            samples.append((seen, rss()))
        if window.session.state.name in ("FINISHED", "STOPPED", "IDLE") and seen:
            break
    kept = len(window.session.runs[-1].epochs)

    def slope(lo: int, hi: int) -> float:
        a = [s for s in samples if lo <= s[0] <= hi]
        if len(a) < 2 or a[-1][0] == a[0][0]:
            return float("nan")
        return (a[-1][1] - a[0][1]) / (a[-1][0] - a[0][0])

    before = slope(cap // 5, cap)
    settled = max(2 * cap, LOG_LINES + 500)  # the samples log keeps its last LOG_LINES lines
    after = slope(settled, reports)
    start = next(r for n, r in samples if n >= 1)
    print(f"reports received: {seen:,} (interval 1, {reports:,} epochs); points kept: {kept:,}")
    print(f"history cap lowered to {cap:,} (the real one: {real_cap:,})")
    print(f"growth per report before the cap ({cap // 5:,}-{cap:,}): {before:,.0f} bytes")
    print(f"growth per report after the caps ({settled:,}-{reports:,}): {after:,.0f} bytes")
    print(f"RSS at the first report: {start / 2**20:,.0f} MB; at the end: {rss() / 2**20:,.0f} MB")
    projected = before * real_cap
    print(
        f"projected for 10,000,000 epochs at interval 1: {projected / 2**20:,.0f} MB for the "
        f"{real_cap:,} points kept (cost per report before the cap x the cap), plus the "
        "after-cap growth per report x 10 M if it is not noise"
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
