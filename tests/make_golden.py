"""Writes the golden generator files under tests/golden/ (run once per released file format;
never to "fix" a failing golden test: files saved by a released version must open for ever).

    python -m tests.make_golden            # format 1/2: one file per preset (done: 0.1.0)
    python -m tests.make_golden --format3  # format 3: a file with knobs and a drawn target
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.engine.presets import PRESETS, make_config
from core.engine.trainer import train
from core.files.genfile import open_generator, save_trained

GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = 1234  # the sampling seed the expected numbers were drawn with
COUNT = 40


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    expected = {}
    for name in PRESETS:
        config = make_config(name, epochs=30, report_every=30, eval_samples=200, device="cpu")
        trainer, report = train(config)
        path = GOLDEN / f"{name}.pt"
        save_trained(path, trainer, report)
        drawn = open_generator(path).sample(COUNT, SEED)
        expected[name] = {
            "numbers": drawn.numbers.tolist(),
            "decisive": drawn.decisive.tolist(),
        }
    (GOLDEN / "expected.json").write_text(json.dumps({"seed": SEED, **expected}, indent=1))


FORMAT3 = dict(  # the knobs format 3 added, all away from their defaults
    pattern="weights:2=1,3=2,4=3,7=6",
    lo=0,
    hi=10,
    generator="softmax",
    g_hidden=(12, 8),
    d_hidden=(16,),
    activation="tanh",
    loss="lsgan",
    optimizer="rmsprop",
    momentum=0.5,
    d_steps=2,
    noise="uniform",
)


def main_format3() -> None:
    """One file of format 3 beside the others (the existing files are never rewritten)."""
    config = make_config(
        "collapse", epochs=30, report_every=30, eval_samples=200, device="cpu", **FORMAT3
    )
    trainer, report = train(config)
    path = GOLDEN / "knobs-v3.pt"
    save_trained(path, trainer, report)
    drawn = open_generator(path).sample(COUNT, SEED)
    expected = json.loads((GOLDEN / "expected.json").read_text())
    expected["knobs-v3"] = {"numbers": drawn.numbers.tolist(), "decisive": drawn.decisive.tolist()}
    (GOLDEN / "expected.json").write_text(json.dumps(expected, indent=1))


if __name__ == "__main__":
    main_format3() if "--format3" in sys.argv else main()
