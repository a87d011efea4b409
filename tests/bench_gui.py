"""Benchmark: the app while training, against the same run headless, in one process.

    python -m tests.bench_gui [--preset book] [--epochs N] [--repeats 3]

Prints, side by side: headless epochs/s (core trainer, no Qt), epochs/s inside the window with
live plots, their ratio (the median of the pairs' ratios: each pair is run one after the
other, so a slower spell of the machine hits both sides), and the GUI thread's event-loop
latency while training (a 5 ms timer measures how late it fires: p50, p99, max). Medians over the repeats. Both sides time the
whole run, set-up included (headless: building the trainer and its reports loop; the window:
Train pressed to run finished), over the preset's own number of epochs unless --epochs says.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def headless_eps(config) -> float:
    from core.engine.trainer import Trainer

    started = time.perf_counter()
    trainer = Trainer(config)
    for _ in trainer.reports():
        pass
    return config.epochs / (time.perf_counter() - started)


def gui_run(config) -> tuple[float, list[float], int]:
    """(epochs/s, timer lateness samples in ms, plot refreshes) for one run in the window."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from tests.screenshot import fresh_window

    app, w = fresh_window()
    w.setup.set_config(config)
    app.processEvents()
    lateness: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(5)

    def tick() -> None:
        if clock.isValid():
            lateness.append(max(0.0, clock.nsecsElapsed() / 1e6 - 5.0))
        clock.restart()

    probe.timeout.connect(tick)
    loop = QEventLoop()
    w.run_finished.connect(loop.quit)
    refreshes_before = w.plots.refresh_count
    started = time.perf_counter()
    w.training.train()
    if os.environ.get("BENCH_PROBE", "1") == "1":
        probe.start()
    loop.exec()
    elapsed = time.perf_counter() - started
    probe.stop()
    refreshes = w.plots.refresh_count - refreshes_before
    w.close()
    w.deleteLater()
    app.processEvents()
    return config.epochs / elapsed, lateness, refreshes


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="book")
    parser.add_argument("--epochs", type=int, help="default: the preset's own")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    import torch

    from core.engine.presets import make_config

    torch.set_num_threads(1)
    config = make_config(args.preset, device="cpu")
    config = config.replace(epochs=args.epochs or config.epochs)
    head, gui, p50, p99, worst, refresh = [], [], [], [], [], []
    for _ in range(args.repeats):
        head.append(headless_eps(config))
        eps, late, n = gui_run(config)
        gui.append(eps)
        p50.append(percentile(late, 0.50))
        p99.append(percentile(late, 0.99))
        worst.append(max(late) if late else float("nan"))
        refresh.append(n)
    med = statistics.median
    print(
        f"preset {args.preset}, {config.epochs:,} epochs, {args.repeats} repeats (medians), "
        f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )
    ratios = sorted(g / h for g, h in zip(gui, head))  # each pair run one after the other
    print(f"{'':32}{'headless':>12}{'in window':>12}{'ratio':>9}")
    print(f"{'epochs per second':32}{med(head):>12,.0f}{med(gui):>12,.0f}{med(ratios):>9.2f}")
    print(f"the pairs' ratios: {', '.join(f'{r:.2f}' for r in ratios)}")
    print(
        f"GUI-thread timer lateness, ms:  p50 {med(p50):.1f}  p99 {med(p99):.1f}  "
        f"max {med(worst):.1f}  (target p99 <= 50)"
    )
    print(f"plot refreshes per run: {med(refresh):.0f}")


if __name__ == "__main__":
    main()
