"""Mode-collapse alert: notice when a generator stops covering the pattern, say it plainly.

Checked after every report from the run's history. Three signs, each in words a student can
check on the plots: the share of support values produced ("modes covered") fell well below its
best; one value takes an outsized share of the numbers; or nearly every number is valid but
only a few values ever appear (the textbook collapse). Early in a run coverage is naturally
low, so the last two wait for a quarter of the planned epochs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.teaching.words import QT_TRANSLATE_NOOP, Pct, Said

FALL = 0.25  # modes covered dropped by at least this share of the support from its best
DOMINANT_FACTOR = 3.0  # one value has at least 3x its fair share ...
DOMINANT_MIN = 0.25  # ... and at least a quarter of all numbers
NARROW_VALID = 0.9  # valid numbers, yet ...
NARROW_MODES = 0.6  # ... at most this share of the support appears
WARMUP = 0.25  # share of the planned epochs before the last two signs count
SWITCH_TO = "default"
C = "Collapse"  # the translations' context of these sentences
CLEAR_REPORTS = 2  # reports in a row with no sign of collapse before "recovered" is said


@dataclass(frozen=True)
class CollapseAlert:
    headline: str  # what is happening, with the numbers
    advice: str  # what to change
    preset: str | None  # a preset that avoids it (for a one-click switch), if not in use
    # headline and advice as templates and values (core.teaching.words): the window's language
    words: tuple = ()


def check_collapse(
    best_modes: float, metrics: Any, epoch: int, epochs: int, preset: str
) -> CollapseAlert | None:
    """An alert for the latest report (``metrics``), or None. ``best_modes`` is the best share
    of modes covered so far in the run, this report included."""
    support = metrics.support_size
    if support < 2:
        return None
    now = metrics.modes_fraction
    best = max(best_modes, now)
    headline = None
    if best - now >= FALL and best >= 0.5:
        headline = Said(
            C,
            QT_TRANSLATE_NOOP(
                "Collapse",
                "Mode collapse: G now produces only {0} of the {1} support values; it produced "
                "{2} earlier in this run.",
            ),
            (metrics.modes_covered, support, round(best * support)),
        )
    elif epoch >= WARMUP * epochs:
        shares = metrics.histogram[:-1]
        fairs = fair_shares(metrics)
        top = int((shares / fairs).argmax())  # the value furthest above its fair share
        fair = float(fairs[top])
        if support >= 4 and shares[top] >= max(DOMINANT_FACTOR * fair, DOMINANT_MIN):
            headline = Said(
                C,
                QT_TRANSLATE_NOOP(
                    "Collapse",
                    "Mode collapse: {0} makes up {1} of G's numbers; a fair share would be {2}.",
                ),
                (top, Pct(float(shares[top]), 0), Pct(fair, 0)),
            )
        elif metrics.strict_validity >= NARROW_VALID and now <= NARROW_MODES:
            headline = Said(
                C,
                QT_TRANSLATE_NOOP(
                    "Collapse",
                    "Mode collapse: {0} of G's numbers are valid, but they use only {1} of the {2} "
                    "support values.",
                ),
                (Pct(metrics.strict_validity, 0), metrics.modes_covered, support),
            )
    if headline is None:
        return None
    if preset != SWITCH_TO:
        advice = QT_TRANSLATE_NOOP(
            "Collapse",
            "G has found a few numbers that fool D and stopped exploring. The 'default' "
            "preset avoids this: its D judges 16 numbers at once (PacGAN), so a G that "
            "repeats itself is easy to catch, and its G keeps sampling noise in every output.",
        )
        return CollapseAlert(str(headline), advice, SWITCH_TO, (headline, Said(C, advice)))
    advice = QT_TRANSLATE_NOOP(
        "Collapse",
        "Try another seed, a lower learning rate for G, or more epochs: the cosine schedule "
        "and weight averaging usually bring the lost values back.",
    )
    return CollapseAlert(str(headline), advice, None, (headline, Said(C, advice)))


def fair_shares(metrics: Any) -> np.ndarray:
    """Each integer's fair share of G's numbers: its share in the target (a drawn or data
    target is lopsided on purpose), and at least a uniform share of the support (so a value
    outside the support is measured as before)."""
    uniform = 1.0 / metrics.support_size
    target = getattr(metrics, "target", None)
    if target is None:
        return np.full(metrics.histogram.size - 1, uniform)
    return np.maximum(target[:-1], uniform)


def still_collapsed(best_modes: float, metrics: Any) -> bool:
    """Any sign of collapse left, by looser thresholds than raising an alert (hysteresis): a
    run is recovered only when coverage is back near its best, no value has more than
    ``DOMINANT_FACTOR`` times its fair share, and valid numbers use most of the support."""
    support = metrics.support_size
    if support < 2:
        return False
    now = metrics.modes_fraction
    if max(best_modes, now) - now >= FALL:
        return True
    if support >= 4 and bool(
        (metrics.histogram[:-1] > DOMINANT_FACTOR * fair_shares(metrics)).any()
    ):
        return True
    return metrics.strict_validity >= NARROW_VALID and now <= NARROW_MODES


@dataclass
class CollapseWatch:
    """The alert's state over a run: raised by :func:`check_collapse`, cleared only after
    ``CLEAR_REPORTS`` reports in a row where :func:`still_collapsed` finds nothing."""

    alert: CollapseAlert | None = None  # the alert shown now
    recovered: str | None = None  # "Recovered by epoch ..." once it has cleared
    _clear: int = field(default=0, repr=False)

    def update(
        self, best_modes: float, metrics: Any, epoch: int, epochs: int, preset: str
    ) -> str | None:
        """Take a report; returns "raised", "changed", "recovered" or None (no change)."""
        new = check_collapse(best_modes, metrics, epoch, epochs, preset)
        if new is not None:
            self._clear = 0
            changed = new != self.alert
            was_none = self.alert is None
            self.alert, self.recovered = new, None
            if not changed:
                return None
            return "raised" if was_none else "changed"
        if self.alert is None:
            return None
        if still_collapsed(best_modes, metrics):
            self._clear = 0
            return None
        self._clear += 1
        if self._clear < CLEAR_REPORTS:
            return None
        earlier, self.alert, self._clear = self.alert, None, 0
        self.recovered = (
            f"Recovered by epoch {epoch:,}: modes covered {metrics.modes_covered}/"
            f"{metrics.support_size} again, no value over {DOMINANT_FACTOR:g}x its fair share, "
            f"TV {metrics.tv:.2f}. Earlier: {earlier.headline}"
        )
        return "recovered"
