"""Writes the golden generator files under tests/golden/ (run once per released file format;
never to "fix" a failing golden test: files saved by a released version must open for ever).

    python -m tests.make_golden
"""

from __future__ import annotations

import json
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


if __name__ == "__main__":
    main()
