"""Your own target distribution: weights: and data:FILE, and every judge of a generator
(strict validity, TV, JS, modes covered, real data) against a non-uniform target."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from core.engine.codecs import Codec
from core.engine.data import RealSampler
from core.engine.metrics import evaluate_decoded
from core.engine.patterns import parse_pattern
from core.engine.targets import data_target_from_text, read_data_target, resolve_data_pattern

DICE = "weights:2=1,3=2,4=3,5=4,6=5,7=6,8=5,9=4,10=3,11=2,12=1"


def test_a_weighted_target_has_its_support_and_probabilities():
    p = parse_pattern(DICE, 0, 100)
    assert p.support.tolist() == list(range(2, 13))
    assert p.probabilities[5] == pytest.approx(6 / 36) and p.probabilities.sum() == pytest.approx(1)
    assert p.spec == DICE  # canonical: the weights as given
    assert parse_pattern("weights:5=0,3=2", 0, 100).support.tolist() == [3]  # zero: not support


@pytest.mark.parametrize(
    "spec, words",
    [
        ("weights:", "no values"),
        ("weights:3=x", "is not VALUE=WEIGHT"),
        ("weights:3=-1", "0 or more"),
        ("weights:300=1", "outside the range"),
        ("weights:3=1,3=2", "given twice"),
        ("weights:3=0", "empty support"),
    ],
)
def test_bad_weights_are_refused_in_words(spec, words):
    with pytest.raises(ValueError, match=words):
        parse_pattern(spec, 0, 100)


def test_metrics_compare_to_the_weights():
    p = parse_pattern(DICE, 0, 100)
    rng = np.random.default_rng(0)
    exact = rng.choice(p.support, 200_000, p=p.probabilities)
    m = evaluate_decoded(exact, np.ones(exact.size, bool), p, 100)
    assert m.strict_validity == 1.0 and m.tv < 0.01 and m.js_bits < 0.001
    assert m.modes_covered == 11 == m.support_size
    uniform = rng.choice(p.support, 200_000)  # valid, but the wrong shape
    u = evaluate_decoded(uniform, np.ones(uniform.size, bool), p, 100)
    assert u.strict_validity == 1.0 and u.tv == pytest.approx(0.2121, abs=0.005)


def test_real_data_follows_the_weights_in_both_sampling_modes():
    p = parse_pattern("weights:1=1,7=3", 0, 100)
    for mode in ("book", "iid"):
        sampler = RealSampler(p, Codec("onehot", 100), mode, np.random.default_rng(1))
        numbers = sampler.numbers(40_000)
        assert set(numbers.tolist()) == {1, 7}
        assert (numbers == 7).mean() == pytest.approx(0.75, abs=0.01)


def test_a_data_file_becomes_its_frequencies(tmp_path):
    path = tmp_path / "rolls.csv"
    path.write_text("value\n3, 3, 4\n# a comment\n4;4 9\n\n")
    target = read_data_target(path)
    assert target.spec == "weights:3=2,4=3,9=1" and (target.lo, target.hi) == (0, 100)
    assert target.count == 6 and target.distinct == 3
    assert target.skipped == "value"  # said, not silently dropped
    text, data = resolve_data_pattern(f"data:{path}")
    assert text == target.spec and data == target
    assert resolve_data_pattern("odd") == ("odd", None)
    assert data_target_from_text("250 3").hi == 251  # the range holds the largest value


@pytest.mark.parametrize(
    "content, words",
    [
        ("1 2\n3 x7\n", "line 2: 'x7' is not a whole number"),
        ("1\n-4\n", "line 2: -4 is outside"),
        ("# nothing\n", "no integers"),
        # one rule: ASCII digits and an optional minus, not Python's int()
        ("1\n\u0663\n", "line 2: '\u0663' is not a whole number"),  # Arabic-Indic 3
        ("1\n\uff13\n", "line 2: '\uff13' is not a whole number"),  # full-width 3
        ("1\n1_0\n", "line 2: '1_0' is not a whole number"),
        ("1\n+3\n", "line 2: '\\+3' is not a whole number"),
        # a first line with a digit is data, not a header: its numbers are never dropped
        ("NaN 3\n4\n", "line 1: 'NaN' is not a whole number"),
        ("\u0663 x\n4\n", "line 1"),
    ],
)
def test_a_bad_data_file_is_one_line_naming_the_line(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    path.write_text(content)
    with pytest.raises(ValueError, match=words) as info:
        read_data_target(path)
    assert "\n" not in str(info.value)


def test_unreadable_data_files_are_refused(tmp_path):
    with pytest.raises(ValueError, match="cannot be read"):
        read_data_target(tmp_path / "missing.txt")
    (tmp_path / "bin").write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(ValueError, match="not a text file"):
        read_data_target(tmp_path / "bin")
    with pytest.raises(ValueError, match="not a regular file"):
        read_data_target(tmp_path)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(ValueError, match="not a regular file"):  # refused, not a hang
        read_data_target(fifo)


def test_cli_trains_on_a_data_file_and_eval_judges_against_it(tmp_path):
    from core.files.genfile import open_generator
    from tests.test_cli import run

    data = tmp_path / "d.txt"
    data.write_text(" ".join(["2"] * 1 + ["5"] * 3 + ["11"] * 6))
    out = tmp_path / "g.pt"
    code, _, err = run(
        "train", "--preset", "default", "--pattern", f"data:{data}", "--epochs", "20",
        "--report-every", "10", "--device", "cpu", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    gen = open_generator(str(out))
    assert gen.pattern.spec == "weights:2=1,5=3,11=6"  # the target rides in the file
    code, text, err = run("eval", str(out), "--pattern", f"data:{data}", "--json")
    assert code == 0, err
    assert json.loads(text)["support_size"] == 3
    code, _, _ = run("train", "--pattern", f"data:{tmp_path / 'none.txt'}")
    assert code == 1  # a file that cannot be used is a failure, not a usage error


def test_the_take_apart_lab_carries_its_drawn_target_and_round_trips():
    from pathlib import Path

    from core.files.lab_file import dump_lab, load_lab, parse_lab

    lab = load_lab(Path(__file__).resolve().parent.parent / "resources" / "take-apart-lab.toml")
    pattern = lab.config.resolve_pattern()
    assert pattern.support.tolist() == list(range(2, 13)) and pattern.weights is not None
    assert lab.goals and any(q.before for q in lab.questions)
    assert parse_lab(dump_lab(lab)) == lab


def test_default_learns_a_data_file_target_judged_on_20000_samples_of_the_saved_file(tmp_path):
    """The issue's acceptance run: `patterngan train --preset default --pattern data:FILE`,
    then 20,000 samples from the saved file (the sum of two dice, 0..12)."""
    from tests.test_cli import run

    rng = np.random.default_rng(0)
    rolls = rng.integers(1, 7, 5000) + rng.integers(1, 7, 5000)
    data = tmp_path / "dice.txt"
    data.write_text("\n".join(map(str, rolls)))
    out = tmp_path / "dice.pt"
    code, _, err = run("train", "--preset", "default", "--pattern", f"data:{data}",
                       "--device", "cpu", "--out", str(out))  # fmt: skip
    assert code == 0, err
    code, text, err = run("eval", str(out), "--samples", "20000", "--json")
    assert code == 0, err
    result = json.loads(text)
    assert result["strict_validity"] >= 0.99 and result["tv"] <= 0.05, result


def test_a_lopsided_target_learned_well_raises_no_collapse_alert():
    """7 is meant to be six times as common as 2: that is the target, not a collapse."""
    from core.teaching.collapse import check_collapse, still_collapsed

    p = parse_pattern("weights:0=8,1=4,2=2,3=1,4=1", 0, 100)
    rng = np.random.default_rng(3)
    good = rng.choice(p.support, 20_000, p=p.probabilities)
    m = evaluate_decoded(good, np.ones(good.size, bool), p, 100)
    assert m.histogram[0] == pytest.approx(0.5, abs=0.02)  # 2.5x a uniform share, as drawn
    assert check_collapse(1.0, m, 900, 1000, "default") is None
    assert not still_collapsed(1.0, m)
    piled = np.where(rng.random(20_000) < 0.9, 3, good)  # 3 is meant to be 1/16
    bad = evaluate_decoded(piled, np.ones(piled.size, bool), p, 100)
    alert = check_collapse(1.0, bad, 900, 1000, "default")
    assert alert is not None and alert.headline.startswith("Mode collapse: 3 makes up")


def test_the_cli_says_which_header_it_skipped_and_fails_a_bad_file_with_1(tmp_path):
    from tests.test_cli import run

    good = tmp_path / "dice.csv"
    good.write_text("sum of two dice\n7\n8\n7\n12\n")
    out_file = tmp_path / "g.pt"
    code, _, err = run(
        "train", "--pattern", f"data:{good}", "--epochs", "5", "--report-every", "5",
        "--out", str(out_file),
    )  # fmt: skip
    assert code == 0 and "skipped the header line 'sum of two dice'" in err
    bad = tmp_path / "bad.txt"
    bad.write_text("1\n2\nx\n")
    code, _, err = run("train", "--pattern", f"data:{bad}", "--epochs", "5")
    assert code == 1 and err.count("\n") == 1 and "line 3: 'x'" in err
    code, _, err = run("eval", str(out_file), "--pattern", f"data:{tmp_path / 'none.txt'}")
    assert code == 1 and "cannot be read" in err


def test_huge_weights_are_normalised_without_overflow():
    p = parse_pattern("weights:1=1e308,2=1e308,3=1e307", 0, 10)
    assert np.isfinite(p.weights).all() and p.weights.sum() == pytest.approx(1.0)
    assert p.weights.tolist() == pytest.approx([1 / 2.1, 1 / 2.1, 0.1 / 2.1])
    m = evaluate_decoded(np.array([1, 2]), np.ones(2, dtype=bool), p, 10)
    assert m.tv == pytest.approx(0.5 * (abs(0.5 - 1 / 2.1) * 2 + 0.1 / 2.1))
