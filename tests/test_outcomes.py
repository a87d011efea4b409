"""Outcomes, their shares and their words, and a report's summary, on hand-made cases."""

from __future__ import annotations

import numpy as np
import pytest

from core.engine.metrics import evaluate_decoded
from core.engine.outcomes import (
    number_text,
    numbers_text,
    outcome_counts,
    outcome_indices,
    outcome_shares,
    target_distribution,
)
from core.engine.patterns import parse_pattern

BOOK = parse_pattern()


def test_outcome_indices_put_undecided_and_out_of_range_numbers_last():
    numbers = np.array([0, 7, 99, 100, 104, -1, 5])
    decisive = np.array([True, True, True, True, True, True, False])
    assert outcome_indices(numbers, decisive, 100).tolist() == [0, 7, 99, 100, 100, 100, 100]
    assert outcome_counts(numbers, decisive, 100).tolist() == [1] + [0] * 6 + [1] + [0] * 91 + [
        1,
        4,
    ]


def test_outcome_shares_are_counts_over_the_total_and_zeros_for_nothing():
    shares = outcome_shares(np.array([1, 1, 2, 3]), np.array([True, True, True, False]), 4)
    assert shares.tolist() == [0.0, 0.5, 0.25, 0.0, 0.25] and shares.dtype == np.float64
    empty = outcome_shares(np.array([], dtype=np.int64), np.array([], dtype=bool), 3)
    assert empty.tolist() == [0.0, 0.0, 0.0, 0.0]


def test_target_distribution_uniform_or_weighted_with_nothing_on_undecided():
    uniform = target_distribution(np.array([0, 5]), 10)
    assert uniform.tolist() == [0.5, 0, 0, 0, 0, 0.5, 0, 0, 0, 0, 0] and uniform.size == 11
    weighted = target_distribution(np.array([1, 2]), 4, np.array([0.25, 0.75]))
    assert weighted.tolist() == [0.0, 0.25, 0.75, 0.0, 0.0]
    assert target_distribution(np.array([], dtype=np.int64), 3).tolist() == [0.0] * 4


def test_numbers_are_written_with_a_question_mark_when_undecided():
    assert number_text(35, True) == "35" and number_text(35, False) == "35?"
    assert number_text(np.int64(7), np.bool_(False)) == "7?"
    assert numbers_text([0, 10, 45], [True, False, True]) == ["0", "10?", "45"]
    assert numbers_text([], []) == []


def test_a_reports_summary_is_exactly_its_numbers_by_name():
    m = evaluate_decoded(np.array([0, 5, 7, 5]), np.array([True, True, True, False]), BOOK, 100)
    assert m.summary() == {
        "samples": 4,
        "strict_validity": 0.5,
        "book_validity": 0.75,
        "undecided": 0.25,
        "tv": pytest.approx(m.tv),
        "js_bits": pytest.approx(m.js_bits),
        "modes_covered": 2,
        "support_size": 10,
    }
    assert m.modes_fraction == 0.2


def test_evaluate_decoded_reads_plain_lists_as_numbers_and_flags():
    """Lists of Python ints for the flags (0/1) mean True/False, never indices; numbers given
    as a list of floats are whole numbers."""
    a = evaluate_decoded([0, 5, 7, 5], [1, 1, 1, 0], BOOK, 100)
    b = evaluate_decoded(np.array([0, 5, 7, 5]), np.array([True, True, True, False]), BOOK, 100)
    assert a.summary() == b.summary() and np.array_equal(a.histogram, b.histogram)
    c = evaluate_decoded([0.0, 5.0, 7.0, 5.0], [True, True, True, False], BOOK, 100)
    assert c.summary() == b.summary()
    with pytest.raises(ValueError, match="^cannot evaluate zero samples$"):
        evaluate_decoded([], [], BOOK, 100)
