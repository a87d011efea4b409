"""Metrics and the collapse alert on tiny cases worked out by hand from README "Metrics".

The expected numbers are written from the definitions (shares counted on paper, TV and JS
summed term by term), not taken from the code's output.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.engine.codecs import Codec
from core.engine.metrics import evaluate, evaluate_decoded
from core.engine.patterns import parse_pattern
from core.teaching.collapse import check_collapse, still_collapsed

BOOK = parse_pattern()  # multiples of 5 in [0, 50): support {0, 5, ..., 45}, 10 values
QR5 = Codec("qr", 100, 5)  # quotient head (20) + remainder head (5)


def qr5_row(quotient: int | None, remainder: int | None) -> np.ndarray:
    """One output row: 1.0 at the given index of each head; None leaves that head all zero."""
    row = np.zeros(25)
    if quotient is not None:
        row[quotient] = 1.0
    if remainder is not None:
        row[20 + remainder] = 1.0
    return row


def test_four_samples_of_the_book_by_hand():
    outputs = np.stack(
        [
            qr5_row(0, 0),  # 0: decisive, in the support
            qr5_row(1, 0),  # 5: decisive, in the support
            qr5_row(1, 2),  # 7: decisive, not a multiple of 5
            qr5_row(2, None),  # remainder head all zero: argmax reads 10, but undecided
        ]
    )
    m = evaluate(outputs, QR5, BOOK)
    assert m.samples == 4
    assert m.strict_validity == 2 / 4  # 0 and 5
    assert m.book_validity == 3 / 4  # 0, 5 and the "10" argmax reads
    assert m.undecided == 1 / 4
    assert m.modes_covered == 2 and m.support_size == 10
    # generated: 0, 5, 7 and undecided a quarter each; target: 0.1 on each multiple of 5
    # TV = 1/2 (|.25-.1| + |.25-.1| + 8 x .1 + .25 (for 7) + .25 (undecided)) = 1/2 x 1.6
    assert m.tv == pytest.approx(0.8, abs=1e-12)
    # JS: M = .175 at 0 and 5, .05 at the other 8 multiples, .125 at 7 and at undecided
    kl_generated = 2 * 0.25 * math.log2(0.25 / 0.175) + 2 * 0.25 * math.log2(0.25 / 0.125)
    kl_target = 2 * 0.1 * math.log2(0.1 / 0.175) + 8 * 0.1 * math.log2(0.1 / 0.05)
    assert m.js_bits == pytest.approx(0.5 * (kl_generated + kl_target), abs=1e-12)
    assert m.js_bits == pytest.approx(0.6979078, abs=1e-7)


def test_a_tie_in_a_head_is_undecided_and_a_mode_needs_a_valid_sample():
    tie = qr5_row(3, 0)
    tie[4] = 1.0  # quotient head: 3 and 4 tie -> argmax reads 15, not decisive
    outputs = np.stack([tie, tie, qr5_row(4, 0)])  # and one real 20
    m = evaluate(outputs, QR5, BOOK)
    assert m.strict_validity == 1 / 3 and m.book_validity == 1.0 and m.undecided == 2 / 3
    assert m.modes_covered == 1  # 15 was only ever read from ties: not covered
    # TV = 1/2 (|1/3 - .1| (20) + 9 x .1 (the other multiples) + 2/3 (undecided))
    assert m.tv == pytest.approx(0.5 * (1 / 3 - 0.1 + 0.9 + 2 / 3), abs=1e-12)


def test_perfect_coverage_is_zero_distance():
    numbers = np.arange(0, 50, 5).repeat(7)
    m = evaluate_decoded(numbers, np.ones(70, dtype=bool), BOOK, 100)
    assert (m.strict_validity, m.tv, m.js_bits, m.modes_covered) == (1.0, 0.0, 0.0, 10)


def test_disjoint_distributions_are_one_bit_apart():
    m = evaluate_decoded(np.array([1, 2, 3, 4]), np.ones(4, dtype=bool), BOOK, 100)
    assert m.tv == pytest.approx(1.0) and m.js_bits == pytest.approx(1.0)
    assert m.strict_validity == 0.0 and m.book_validity == 0.0


def test_a_weighted_target_is_judged_against_its_weights():
    p = parse_pattern("weights:2=1,3=3", 0, 10)  # target .25 on 2, .75 on 3
    m = evaluate_decoded(np.array([2, 2, 3, 5]), np.ones(4, dtype=bool), p, 10)
    assert m.strict_validity == 3 / 4 and m.support_size == 2 and m.modes_covered == 2
    # generated .5, .25, .25 on 2, 3, 5: TV = 1/2 (.25 + .5 + .25)
    assert m.tv == pytest.approx(0.5, abs=1e-12)
    kl_generated = 0.5 * math.log2(0.5 / 0.375) + 0.25 * math.log2(0.25 / 0.5) + 0.25 * 1.0
    kl_target = 0.25 * math.log2(0.25 / 0.375) + 0.75 * math.log2(0.75 / 0.5)
    assert m.js_bits == pytest.approx(0.5 * (kl_generated + kl_target), abs=1e-12)


def test_a_value_outside_the_range_is_an_outcome_of_its_own_kind():
    # qr:7 over R = 100 can decode 14 x 7 + 4 = 102, which is no integer of [0, 100)
    codec = Codec("qr", 100, 7)
    row = np.zeros(codec.width)
    row[14] = row[15 + 4] = 1.0
    m = evaluate(row[None, :], codec, parse_pattern("multiples:7", 0, 100))
    assert m.strict_validity == 0.0 and m.undecided == 1.0 and m.histogram[100] == 1.0


# -- the collapse alert's three conditions, at and beside their thresholds ------------------


def metrics_of(counts: dict[int, int], pattern=BOOK, R=100):
    numbers = np.repeat(list(counts), list(counts.values()))
    return evaluate_decoded(numbers, np.ones(numbers.size, dtype=bool), pattern, R)


def uniform_over(values, each=10):
    return dict.fromkeys(values, each)


def test_coverage_falling_by_a_quarter_of_the_support_raises_the_alert():
    seven = metrics_of(uniform_over(range(0, 35, 5)))  # 7 of 10 values
    assert check_collapse(1.0, seven, epoch=10, epochs=1000, preset="book")  # 1.0 - .7 >= .25
    eight = metrics_of(uniform_over(range(0, 40, 5)))  # 8 of 10: a fall of .2 only
    assert check_collapse(1.0, eight, epoch=10, epochs=1000, preset="book") is None


def test_one_value_with_three_fair_shares_and_a_quarter_of_all_numbers():
    counts = uniform_over(range(5, 50, 5), each=7)  # nine values, 7 numbers each (63)
    counts[0] = 28  # 28 / 91 = 0.308: over 3 x its fair share of 0.1, and >= 0.25
    alert = check_collapse(1.0, metrics_of(counts), epoch=500, epochs=1000, preset="book")
    assert alert and "0 makes up 31%" in alert.headline
    assert "fair share would be 10%" in alert.headline
    counts[0] = 26  # 26 / 89 = 0.292: under 3 x 0.1
    assert check_collapse(1.0, metrics_of(counts), epoch=500, epochs=1000, preset="book") is None
    counts[0] = 28
    # before a quarter of the planned epochs, the dominance sign waits
    assert check_collapse(1.0, metrics_of(counts), epoch=249, epochs=1000, preset="book") is None


def test_valid_but_narrow_raises_the_textbook_collapse():
    six = metrics_of(uniform_over(range(0, 30, 5)))  # all valid, 6 of 10 values (0.6)
    alert = check_collapse(0.6, six, epoch=500, epochs=1000, preset="book")
    assert alert and "use only 6 of the 10" in alert.headline and alert.preset == "default"
    seven = metrics_of(uniform_over(range(0, 35, 5)))  # 0.7 > 0.6
    assert check_collapse(0.7, seven, epoch=500, epochs=1000, preset="book") is None


def test_a_lopsided_target_learned_well_raises_nothing():
    p = parse_pattern("weights:2=12,3=1,4=1,5=1,6=1", 0, 10)  # 2 is 75% of the target
    m = metrics_of({2: 75, 3: 6, 4: 6, 5: 6, 6: 7}, pattern=p, R=10)  # and of G's numbers
    # judged against a uniform share (0.2) it would be 3.75 fair shares: a false alarm
    assert check_collapse(1.0, m, epoch=500, epochs=1000, preset="default") is None
    assert not still_collapsed(1.0, m)
    # the same 60% on a value whose target share is 10% is a collapse
    q = parse_pattern("weights:2=1,3=1,4=1,5=1,6=1,7=1,8=1,9=1,1=1,0=1", 0, 10)
    m = metrics_of({2: 60, 3: 5, 4: 5, 5: 5, 6: 5, 7: 5, 8: 5, 9: 5, 1: 5, 0: 0}, pattern=q, R=10)
    assert check_collapse(1.0, m, epoch=500, epochs=1000, preset="default")
