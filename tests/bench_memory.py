"""Memory estimates against measured peaks: a table of set-ups (each preset, each loss, batch
10^2..10^6, report interval 1 on long runs, sweeps of 2-32 seeds, the window's run history).

Each row runs in a child process: imports, then the RSS high-water mark is reset
(``/proc/self/clear_refs``) and the baseline taken (VmRSS after imports), then the set-up is
built and trained with its reports (after ``core.engine.process.prepare_for_training``, as the
command line and the window do); measured = VmHWM - baseline. Estimated =
``core.engine.memory.estimate`` for the same set-up (what a run is checked against before any
tensor exists). Linux only (it reads /proc).

    python -m tests.bench_memory            # the whole table (several minutes)
    python -m tests.bench_memory --quick    # a few small rows
    python -m tests.bench_memory --only "book b1e5" "book sweep 8"
    python -m tests.bench_memory --from "book b1e5"   # the table from that row on

Rows whose estimate is more than the memory free now (``MemAvailable``, less 2 GB kept for
others) are skipped with a line saying so. ``tests/test_memory_table.py`` asserts
1/1.5 <= measured/estimated <= 1.5 per row (``pytest -m slow``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RATIO = 1.5  # the bound: measured within 1.5x of the estimate, either way
KEEP_FREE = 2 << 30  # bytes left to others on a shared machine


@dataclass(frozen=True)
class Row:
    name: str
    preset: str
    overrides: dict[str, Any] = field(default_factory=dict)
    seeds: int = 1  # > 1: a sweep
    window: bool = False  # the run's reports kept as the window keeps them (RunHistory)
    every: int = 0  # a sweep's report interval (0: the sweep's own)


def _table() -> list[Row]:
    # epochs: enough for two report intervals, the peak's whole cycle (a report folds the
    # kept outputs and evaluates), not the preset's length
    rows = [Row(p, p, {"epochs": 200}) for p in ("book", "default", "collapse")]
    for loss in ("minimax", "lsgan"):  # nonsaturating: the presets' own; the book's D ends
        rows.append(Row(f"book {loss}", "book", {"loss": loss, "epochs": 200}))  # in a Sigmoid
    for loss in ("minimax", "lsgan", "hinge", "wgan-gp"):
        rows.append(Row(f"default {loss}", "default", {"loss": loss, "epochs": 100}))
    rows.append(
        Row(
            "collapse wgan-gp b1e4",
            "collapse",
            {"loss": "wgan-gp", "epochs": 20, "batch": 10_000, "report_every": 10},
        )
    )
    rows.append(Row("book sgd", "book", {"optimizer": "sgd", "epochs": 200}))
    rows.append(Row("default rmsprop", "default", {"optimizer": "rmsprop", "epochs": 100}))
    for exp in range(2, 7):
        b = 10**exp
        every = 10 if b >= 100_000 else 50
        epochs = 2 * every if b < 1_000_000 else 4
        every = every if b < 1_000_000 else 2
        rows.append(
            Row(f"book b1e{exp}", "book", {"batch": b, "epochs": epochs, "report_every": every})
        )
        if b <= 100_000:
            rows.append(
                Row(
                    f"default b1e{exp}",
                    "default",
                    # a multiple of the pack (16)
                    {"batch": b // 16 * 16, "epochs": min(epochs, 40), "report_every": every},
                )
            )
    rows.append(
        Row("collapse b1e6", "collapse", {"batch": 1_000_000, "epochs": 2, "report_every": 1})
    )
    rows.append(Row("book b1e5 every 100", "book", {"batch": 100_000, "epochs": 200}))
    rows.append(
        Row("default wide 10000", "default", {"pattern": "odd", "hi": 10_000, "epochs": 50})
    )
    rows.append(
        Row(
            "default onehot 3000",
            "default",
            {"pattern": "odd", "hi": 3000, "codec": "onehot", "epochs": 20},
        )
    )
    rows.append(Row("default g 1500x1500", "default", {"g_hidden": (1500, 1500), "epochs": 20}))
    rows.append(Row("default pack 1 b1e4", "default", {"pack": 1, "batch": 10_000, "epochs": 40}))
    every1 = {"epochs": 5000, "report_every": 1, "eval_samples": 1000}
    rows.append(Row("book every 1", "book", every1))
    rows.append(Row("book every 1 window", "book", every1, window=True))
    rows.append(Row("default every 1 window", "default", {**every1, "epochs": 2000}, window=True))
    for n in (2, 8, 32):
        rows.append(Row(f"book sweep {n}", "book", {"epochs": 1000}, seeds=n))
        rows.append(Row(f"default sweep {n}", "default", {"epochs": 40}, seeds=n))
    rows.append(Row("book sweep 8 b5e4", "book", {"batch": 50_000, "epochs": 20}, seeds=8))
    rows.append(
        Row("collapse sweep 4 lsgan", "collapse", {"loss": "lsgan", "epochs": 100}, seeds=4)
    )
    rows.append(Row("book sweep 4 every 1", "book", {"epochs": 1000}, seeds=4, every=1))
    return rows


TABLE = _table()
QUICK = ("book", "collapse", "book b1e4", "book sweep 2")  # --quick


CHILD = r"""
import json, sys
spec = json.loads(sys.argv[1])
from core.engine.memory import estimate
from core.engine.presets import make_config
from core.engine.sweep import SweepTrainer
from core.engine.trainer import Trainer
from core.teaching.history import RunHistory
from core.engine.process import prepare_for_training

prepare_for_training()  # as the command line and the window do before training

def kb(name):
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith(name + ":"))

config = make_config(spec["preset"], device="cpu", **spec["overrides"])
pattern, codec = config.validate()
seeds = spec["seeds"]
est = estimate(config, pattern, codec, seeds, window=spec["window"])
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # the high-water mark starts again from here
before = kb("VmRSS")
if seeds > 1:
    sweep = SweepTrainer(config, list(range(seeds)))
    for _ in sweep.reports(spec["every"] or max(1, config.epochs // 50)):
        pass
else:
    history = RunHistory(1, config) if spec["window"] else None
    for report in Trainer(config).reports():
        if history is not None:
            history.add(report)
print(json.dumps({"estimated": est.total, "measured": (kb("VmHWM") - before) * 1024,
                  "parts": est.parts}))
"""


def available() -> int:
    with open("/proc/meminfo") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("MemAvailable:"))


def estimate_of(row: Row) -> int:
    from core.engine.memory import estimate
    from core.engine.presets import make_config

    config = make_config(row.preset, device="cpu", **row.overrides)
    return estimate(config, *config.validate(), row.seeds, window=row.window).total


def measure(row: Row) -> dict[str, Any]:
    """{"estimated", "measured", "parts"} for ``row``, from a fresh child process."""
    spec = {
        "preset": row.preset,
        "overrides": row.overrides,
        "seeds": row.seeds,
        "window": row.window,
        "every": row.every,
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(spec)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def main(argv: list[str]) -> int:
    rows = TABLE
    if "--quick" in argv:
        rows = [r for r in TABLE if r.name in QUICK]
    if "--from" in argv:  # the table from this row on
        first = argv[argv.index("--from") + 1]
        rows = rows[[r.name for r in rows].index(first) :]
    if "--only" in argv:
        wanted = argv[argv.index("--only") + 1 :]
        rows = [r for r in TABLE if r.name in wanted]
    print(f"{'set-up':28} {'estimated':>11} {'measured':>11} {'measured/est':>12}")
    worst = 1.0
    for row in rows:
        est = estimate_of(row)
        if est > available() - KEEP_FREE:
            print(f"{row.name:28} {mb(est):>11} {'skipped':>11}   (more than is free now)")
            continue
        got = measure(row)
        ratio = got["measured"] / got["estimated"]
        worst = max(worst, ratio, 1 / ratio)
        flag = "" if 1 / RATIO <= ratio <= RATIO else "  OUT"
        print(
            f"{row.name:28} {mb(got['estimated']):>11} {mb(got['measured']):>11} "
            f"{ratio:12.2f}{flag}",
            flush=True,
        )
    print(f"worst factor either way: {worst:.2f} (bound {RATIO})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
