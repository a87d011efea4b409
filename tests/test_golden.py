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


def test_the_format_3_golden_file_keeps_its_knobs_target_and_noise():
    """Saved by format 3 (tests/make_golden.py --format3): hidden layer lists, tanh, lsgan,
    RMSprop, k = 2, uniform noise and a drawn target, all read back."""
    gen = open_generator(GOLDEN / "knobs-v3.pt")
    assert not gen.trusted and gen.metadata["format_version"] == 3
    config = gen.metadata["config"]
    assert config["g_hidden"] == [12, 8] and config["loss"] == "lsgan" and config["d_steps"] == 2
    assert gen.noise == "uniform" and gen.pattern.spec == "weights:2=1,3=2,4=3,7=6"
    from core.files.genfile import chapter_lines

    assert chapter_lines(gen)[1] == "G(torch.rand(10, 100) * 2 - 1)"  # its own noise
    assert gen.pattern.weights.tolist() == [1 / 12, 2 / 12, 3 / 12, 6 / 12]
    drawn = gen.sample(len(EXPECTED["knobs-v3"]["numbers"]), EXPECTED["seed"])
    assert drawn.numbers.tolist() == EXPECTED["knobs-v3"]["numbers"]
    assert drawn.decisive.tolist() == EXPECTED["knobs-v3"]["decisive"]
