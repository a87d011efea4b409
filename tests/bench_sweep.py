"""Seed-sweep benchmark, every figure beside its reference from the same run:

    python -m tests.bench_sweep [--seeds 32] [--singles 5]

1. wall time of `patterngan sweep --preset book --seeds 32` vs one `patterngan train --preset
   book` (both whole processes, start-up included): target <= 3x;
2. the sweep's median strict validity vs single book runs' (about 0.5-0.6);
3. a `default` sweep of 8 seeds: every seed >= 99% strict.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _timed(argv: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", *argv],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout
    return time.perf_counter() - started, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=32)
    parser.add_argument("--singles", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    singles = []
    for seed in range(args.singles):
        seconds, out = _timed(
            ["train", "--preset", "book", "--device", "cpu", "--seed", str(seed),
             "--json", "--out", str(folder / f"g{seed}.pt")]
        )  # fmt: skip
        last = [json.loads(line) for line in out.splitlines() if line.startswith('{"epoch"')][-1]
        singles.append((seconds, last["strict_validity"]))
    sweep_s, out = _timed(["sweep", "--preset", "book", "--seeds", str(args.seeds), "--json"])
    swept = [s["strict_validity"] for s in json.loads(out)["seeds"]]
    one = statistics.median(s for s, _ in singles)
    print(f"1. book, 10,000 epochs: one `patterngan train` {one:.1f} s (median of {args.singles});")
    print(
        f"   `patterngan sweep --seeds {args.seeds}` {sweep_s:.1f} s = {sweep_s / one:.2f}x "
        f"one run for {args.seeds} runs (target <= 3x)"
    )
    print(
        f"2. strict validity, median: sweep {statistics.median(swept):.3f} "
        f"(range {min(swept):.3f}-{max(swept):.3f}); single runs "
        f"{statistics.median(v for _, v in singles):.3f} "
        f"(range {min(v for _, v in singles):.3f}-{max(v for _, v in singles):.3f})"
    )
    default_s, out = _timed(["sweep", "--preset", "default", "--seeds", "8", "--json"])
    strict = [s["strict_validity"] for s in json.loads(out)["seeds"]]
    print(
        f"3. default, 8 seeds: strict {', '.join(f'{v:.1%}' for v in strict)}; all >= 99%: "
        f"{all(v >= 0.99 for v in strict)} ({default_s:.1f} s)"
    )


if __name__ == "__main__":
    main()
