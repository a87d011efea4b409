"""Files saved by a released version open for ever: one small golden file per preset, saved by
PatternGAN 0.1 (tests/make_golden.py), must open safely and sample the same numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.engine.presets import PRESETS
from core.files.genfile import open_generator

GOLDEN = Path(__file__).resolve().parent / "golden"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text())


@pytest.mark.parametrize("preset", list(PRESETS))
def test_golden_files_open_safely_and_sample_the_same_numbers(preset):
    gen = open_generator(GOLDEN / f"{preset}.pt")
    assert not gen.trusted and not gen.inferred  # read as a zip, rebuilt locally
    assert gen.metadata["preset"] == preset and gen.metadata["versions"]["patterngan"] == "0.1.0"
    drawn = gen.sample(len(EXPECTED[preset]["numbers"]), EXPECTED["seed"])
    assert drawn.numbers.tolist() == EXPECTED[preset]["numbers"]
    assert drawn.decisive.tolist() == EXPECTED[preset]["decisive"]
