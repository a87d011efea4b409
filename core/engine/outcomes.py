"""Outcomes of decoded samples, one definition for the whole app.

An outcome is an integer 0..R-1, or "undecided" (index R): a sample that is not decisive (a
head with a tie, e.g. all zeros), or a decisive one whose value falls outside [0, R) (possible
with ``qr:M`` when M does not divide R). Metrics, slow motion, the sampling histogram and the
plots all count outcomes through here; numbers are written the same way everywhere too
(``35``, or ``35?`` when undecided: what argmax would have read).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def outcome_indices(numbers: np.ndarray, decisive: np.ndarray, R: int) -> np.ndarray:
    """Map decoded samples to outcome indices 0..R (R = undecided or outside [0, R))."""
    n = np.asarray(numbers, dtype=np.int64)
    ok = np.asarray(decisive, dtype=bool) & (n >= 0) & (n < R)
    return np.where(ok, n, R)


def outcome_counts(numbers: np.ndarray, decisive: np.ndarray, R: int) -> np.ndarray:
    """int64 (R + 1,): how many samples fell on each outcome; the last is undecided."""
    return np.bincount(outcome_indices(numbers, decisive, R), minlength=R + 1)


def outcome_shares(numbers: np.ndarray, decisive: np.ndarray, R: int) -> np.ndarray:
    """float64 (R + 1,): the share of samples on each outcome (zeros for no samples)."""
    counts = outcome_counts(numbers, decisive, R).astype(np.float64)
    total = counts.sum()
    return counts / total if total else counts


def target_distribution(
    support: np.ndarray, R: int, weights: np.ndarray | None = None
) -> np.ndarray:
    """p over the R + 1 outcomes: ``weights`` on the support (a drawn or data target; they
    sum to 1), else uniform over it; 0 for undecided."""
    p = np.zeros(R + 1, dtype=np.float64)
    if support.size:
        p[support] = 1.0 / support.size if weights is None else weights
    return p


def number_text(number: int, decisive: bool) -> str:
    """``35``, or ``35?`` for an undecided sample (what argmax would have read)."""
    return f"{int(number)}" if decisive else f"{int(number)}?"


def numbers_text(numbers: Iterable[int], decisive: Iterable[bool]) -> list[str]:
    return [number_text(n, ok) for n, ok in zip(numbers, decisive)]
