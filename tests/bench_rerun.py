"""Rerun benchmark: a class of book-lab results re-trained and compared, as a teacher runs it:

    python -m tests.bench_rerun [--students 30] [--limit 60]

Makes ``--students`` results of ``resources/class-lab.toml`` (``patterngan lab run``, seeds
0, 1, ..., not timed), then times one whole process of
``patterngan results FOLDER --lab LAB --rerun --json`` (start-up, reading, judging, one sweep
for the class, comparing) and checks every row is verified and reproduced. Target (issue 35):
30 results in at most 60 s on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--limit", type=float, default=60.0)
    args = parser.parse_args()
    from patterngan_gui.cli import main as cli

    lab = ROOT / "resources" / "class-lab.toml"
    folder = Path(tempfile.mkdtemp(prefix="patterngan-rerun-"))
    started = time.perf_counter()
    for seed in range(args.students):
        out = folder / f"student-{seed:02d}.pgresult"
        argv = ["lab", "run", str(lab), "--name", f"S{seed}", "--seed", str(seed)]
        assert cli([*argv, "--answer", "1=60%", "--out", str(out)]) == 0
    made = time.perf_counter() - started
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "patterngan_gui.cli", "results", str(folder), "--lab", str(lab)]
        + ["--rerun", "--json"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    took = time.perf_counter() - started
    rows = json.loads(done.stdout)["rows"]
    reproduced = sum(r["reproduced"] for r in rows)
    verified = sum(r["verified"] for r in rows)
    print(f"made {len(rows)} results in {made:.1f} s (not timed)")
    print(
        f"results --rerun: {took:.1f} s for {len(rows)} results (target <= {args.limit:.0f} s); "
        f"{reproduced} reproduced, {verified} verified"
    )
    for r in rows:
        if not r["reproduced"]:
            print(f"  {r['file']}: {r['rerun']}")
    ok = took <= args.limit and reproduced == verified == len(rows)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
