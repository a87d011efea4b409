"""The maths with its numbers as the window shows it (slow motion's window and the
inspector): short numbers by default, and a full-precision toggle whose numbers are the
engine's float32 ones (within 1e-6 relative); rendered as HTML offline, with plain text as its
alternative. The formulas are core.teaching.maths' own: nothing here defines one again."""

from __future__ import annotations

import math
import re

import pytest

from core.teaching.maths import (
    MathStep,
    maths_html,
    maths_plain,
    shown_expression,
    shown_result,
)
from tests.test_maths import OPTIMISERS, QUICK, SET_UPS, evaluate, explain

NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d*)?(?:[eE][-+]?\d+)?")


def digits(number: str) -> int:
    """Significant digits of a number as written ("0.01235" 4, "3e-08" 1, "10" 2)."""
    mantissa = re.split("[eE]", number)[0].replace(".", "").lstrip("0")
    return len(mantissa) or 1


def steps_of(setup: str, optimiser: str) -> list[MathStep]:
    raw = explain(*SET_UPS[setup], *OPTIMISERS[optimiser], "--after", "3")
    return [MathStep(s["name"], s["formula"], s["expression"], s["result"]) for s in raw]


@pytest.mark.parametrize("setup, optimiser", sorted(QUICK))
def test_full_precision_agrees_with_the_engines_float32_within_1e_6(setup, optimiser):
    for m in steps_of(setup, optimiser):
        full = evaluate(shown_expression(m.expression, True))
        assert full == pytest.approx(m.result, rel=1e-6, abs=1e-12), m.name
        assert float(shown_result(m.result, True)) == pytest.approx(m.result, rel=1e-8)
        short = shown_expression(m.expression, False)
        # every number at 4 significant digits at most: readable, and about the result still
        assert all(digits(n) <= 4 for n in NUMBER.findall(short)), short[:200]
        assert evaluate(short) == pytest.approx(m.result, rel=0.05, abs=0.01), m.name


def test_short_numbers_are_four_significant_digits_and_full_ones_as_written():
    expression = "-(log(0.693147182) + log(1 - 0.0123456789)) / 2 + 3e-08 * 10"
    assert shown_expression(expression, True) == expression
    assert (
        shown_expression(expression, False) == "-(log(0.6931) + log(1 - 0.01235)) / 2 + 3e-08 * 10"
    )
    assert shown_result(0.693147182, False) == "0.6931"
    assert shown_result(0.693147182, True) == "0.693147182"


def test_the_html_is_escaped_and_reads_like_maths_and_the_text_says_the_same():
    step = MathStep(
        "<b>D's</b> loss",
        "0.5 * mean((D(x) - 1)**2)",
        "0.5 * ((0.25 - 1)**2 + sqrt(4)) / 2",
        0.640625,
    )
    page = maths_html([step], full=False)
    assert "<b>D's</b> loss" not in page and "&lt;b&gt;D&#x27;s&lt;/b&gt; loss" in page
    assert "<sup>2</sup>" in page and "\u221a(4)" in page and "\u00b7" in page
    assert "http" not in page and "src=" not in page  # nothing to fetch: works offline
    text = maths_plain([step], full=False)
    assert text.splitlines()[0] == "<b>D's</b> loss"  # plain text: shown as it is
    assert "= 0.5 * ((0.25 - 1)**2 + sqrt(4)) / 2" in text and text.endswith("= 0.6406")
    assert math.isclose(evaluate(text.splitlines()[2].removeprefix("  = ")), 0.640625)
