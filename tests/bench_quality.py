"""Quality benchmark: every preset on the book task, nine patterns over [0, 100) and three
non-uniform targets (the sum of two dice, a geometric decay, two bumps).

    python -m tests.bench_quality [--presets book,default,collapse] [--seeds 5] [--jobs 2]

Prints one row per (preset, task): medians over the seeds of strict validity, book validity,
TV, modes covered and training seconds (CPU, one torch thread per job), with the targets of
the core engine issue beside the `default` rows. Metrics are on 10,000 samples (README, "Metrics").
"""

from __future__ import annotations

import argparse
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

TASKS = [
    ("book task", "multiples:5", 0, 50),
    ("multiples:2", "multiples:2", 0, 100),
    ("multiples:3", "multiples:3", 0, 100),
    ("multiples:5", "multiples:5", 0, 100),
    ("multiples:7", "multiples:7", 0, 100),
    ("odd", "odd", 0, 100),
    ("even", "even", 0, 100),
    ("squares", "squares", 0, 100),
    ("primes", "primes", 0, 100),
]


def _weights(pairs) -> str:
    return "weights:" + ",".join(f"{v}={w:.6g}" for v, w in pairs)


# lopsided targets (issue: "can a GAN learn a lopsided distribution?"): TV is against the weights
WEIGHTED_TASKS = [
    ("two dice", _weights((s, 6 - abs(s - 7)) for s in range(2, 13)), 0, 100),
    ("geometric", _weights((k, 0.75**k) for k in range(20)), 0, 100),
    (
        "two bumps",
        _weights(
            (n, 2.0 ** (-((n - 20) ** 2) / 18) + 0.5 * 2.0 ** (-((n - 70) ** 2) / 18))
            for n in range(5, 86)
            if 2.0 ** (-((n - 20) ** 2) / 18) + 0.5 * 2.0 ** (-((n - 70) ** 2) / 18) >= 0.02
        ),
        0,
        100,
    ),
]
TASKS = TASKS + WEIGHTED_TASKS


def run_one(args: tuple[str, str, int, int, int, dict]) -> dict:
    preset, pattern, lo, hi, seed, overrides = args
    import torch

    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    torch.set_num_threads(1)
    config = make_config(
        preset, pattern=pattern, lo=lo, hi=hi, seed=seed, device="cpu", **overrides
    )
    config = config.replace(report_every=config.epochs)  # one report, at the end
    trainer = Trainer(config)
    m = list(trainer.reports())[-1].metrics
    return {
        "strict": m.strict_validity,
        "book": m.book_validity,
        "tv": m.tv,
        "modes": m.modes_covered,
        "support": m.support_size,
        "seconds": trainer.elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", default="book,default,collapse")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tasks", default="", help="comma-separated task names (default all)")
    parser.add_argument("--set", default="", help="overrides, e.g. epochs=400,batch=256")
    args = parser.parse_args()
    overrides = {}
    for item in filter(None, args.set.split(",")):
        key, value = item.split("=")
        overrides[key] = type_of(key)(value)
    tasks = [t for t in TASKS if not args.tasks or t[0] in args.tasks.split(",")]
    presets = args.presets.split(",")
    jobs = [
        (p, pat, lo, hi, s, overrides)
        for p in presets
        for _, pat, lo, hi in tasks
        for s in range(args.seeds)
    ]
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_one, jobs))
    med = statistics.median
    print(
        f"{len(jobs)} runs, {args.seeds} seeds each, medians; {args.jobs} jobs; "
        f"{time.perf_counter() - started:.0f} s wall"
        + (f"; overrides {overrides}" if overrides else "")
    )
    print(
        f"{'preset':10}{'task':14}{'strict':>9}{'book':>9}{'TV':>8}{'modes':>9}{'train s':>9}"
        f"{'worst strict':>14}{'worst TV':>10}   target (default)"
    )
    i = 0
    for p in presets:
        for name, *_ in tasks:
            rows = results[i : i + args.seeds]
            i += args.seeds
            target = ""
            if p == "default":
                target = (
                    "strict>=99.5% TV<=0.03 all modes <=1s"
                    if name == "book task"
                    else "strict>=99% TV<=0.05 all modes <=5s"
                )
            modes = f"{med([r['modes'] for r in rows]):.0f}/{rows[0]['support']}"
            print(
                f"{p:10}{name:14}{med([r['strict'] for r in rows]):>9.2%}"
                f"{med([r['book'] for r in rows]):>9.2%}{med([r['tv'] for r in rows]):>8.3f}"
                f"{modes:>9}{med([r['seconds'] for r in rows]):>9.2f}"
                f"{min(r['strict'] for r in rows):>14.2%}{max(r['tv'] for r in rows):>10.3f}"
                f"   {target}"
            )


def type_of(key: str):
    from dataclasses import fields

    from core.engine.config import TrainConfig

    kind = {f.name: f.type for f in fields(TrainConfig)}[key]
    return {
        "int": int,
        "float": float,
        "str": str,
        "bool": lambda v: v == "True",
        "tuple[int, ...]": lambda v: tuple(int(w) for w in v.split(":") if w),
    }[kind]


if __name__ == "__main__":
    main()
