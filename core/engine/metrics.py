"""Metrics, exactly as the README's "Metrics" section defines them.

Every part of the project (trainer reports, CLI ``eval``, GUI, benchmarks) calls
:func:`evaluate`, so there is one definition of each number.

Outcomes are the integers 0..R-1 plus one extra outcome, "undecided", that holds samples that
are not decisive (a head with a tie, e.g. all zeros). A decisive sample whose mixed-radix value
falls outside [0, R) (possible with ``qr:M`` when M does not divide R) cannot be any integer of
the range either, so it is counted in the same extra outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from core.engine.codecs import Codec
from core.engine.outcomes import outcome_counts, target_distribution
from core.engine.patterns import Pattern

if TYPE_CHECKING:
    import torch


@dataclass(frozen=True)
class Metrics:
    """Quality of a set of generated samples against a pattern."""

    samples: int  # how many samples were evaluated
    strict_validity: float  # share of samples that are decisive and in the support
    book_validity: float  # share whose argmax decoding (ties -> first index) is in the support
    undecided: float  # share of samples that are not decisive (or decode outside [0, R))
    tv: float  # total variation distance to the target (uniform over a rule's support), [0, 1]
    js_bits: float  # Jensen-Shannon divergence in bits, in [0, 1]
    modes_covered: int  # support values produced validly at least once
    support_size: int
    histogram: np.ndarray  # float64 (R + 1,): share of each outcome; last = undecided
    # float64 (R + 1,): the target's share of each outcome (None: uniform over the support)
    target: np.ndarray | None = None

    @property
    def modes_fraction(self) -> float:
        return self.modes_covered / self.support_size

    def summary(self) -> dict[str, float | int]:
        """Plain numbers for JSON and CSV output."""
        return {
            "samples": self.samples,
            "strict_validity": self.strict_validity,
            "book_validity": self.book_validity,
            "undecided": self.undecided,
            "tv": self.tv,
            "js_bits": self.js_bits,
            "modes_covered": self.modes_covered,
            "support_size": self.support_size,
        }


def total_variation(p_hat: np.ndarray, p: np.ndarray) -> float:
    return float(0.5 * np.abs(p_hat - p).sum())


def js_divergence_bits(p_hat: np.ndarray, p: np.ndarray) -> float:
    m = 0.5 * (p_hat + p)

    def kl(a: np.ndarray, b: np.ndarray) -> float:
        nz = a > 0  # 0 * log(0 / x) = 0; b > 0 wherever a > 0 because m includes a
        return float((a[nz] * np.log2(a[nz] / b[nz])).sum())

    return max(0.0, 0.5 * kl(p_hat, m) + 0.5 * kl(p, m))


def evaluate_decoded(
    numbers: np.ndarray, decisive: np.ndarray, pattern: Pattern, R: int
) -> Metrics:
    """Metrics from decoded numbers and decisive flags."""
    numbers = np.asarray(numbers, dtype=np.int64)
    decisive = np.asarray(decisive, dtype=bool)
    count = numbers.size
    if count == 0:
        raise ValueError("cannot evaluate zero samples")
    in_support = pattern.contains(numbers)
    valid = decisive & in_support
    histogram = outcome_counts(numbers, decisive, R).astype(np.float64) / count
    p = target_distribution(pattern.support, R, pattern.weights)
    return Metrics(
        samples=count,
        strict_validity=float(valid.mean()),
        book_validity=float(in_support.mean()),
        undecided=float(histogram[R]),
        tv=total_variation(histogram, p),
        js_bits=js_divergence_bits(histogram, p),
        modes_covered=int(np.count_nonzero(np.bincount(numbers[valid], minlength=R))),
        support_size=int(pattern.support.size),
        histogram=histogram,
        target=p,
    )


def evaluate(outputs: np.ndarray | torch.Tensor, codec: Codec, pattern: Pattern) -> Metrics:
    """Metrics for raw generator outputs of shape (N, codec.width).

    Pass a tensor as it is (no ``.numpy()``): the codec decodes it without a float64 copy.
    """
    decoded = codec.decode(outputs)
    return evaluate_decoded(decoded.numbers, decoded.decisive, pattern, codec.R)
