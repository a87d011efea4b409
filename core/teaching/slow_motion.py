"""Slow motion: run one training step and say what it changed, in one sentence.

``explain(trainer, kind)`` measures what the step can change before and after it runs: D's
score for every integer (D's view) for a D step; for a G step, how often G makes each number
and how real D finds G's samples, on a fixed probe of noise. It returns a :class:`StepStory`
with the sentence and the plots the step changed (for the GUI to highlight).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from core.engine.outcomes import outcome_shares
from core.engine.step_names import STEP_NAMES
from core.engine.trainer import Trainer
from core.teaching.words import QT_TRANSLATE_NOOP, Num, Pct, Said, joined

C = "SlowMotion"  # the translations' context of these sentences
PROBE = 2000  # noise vectors behind the G step's "how often" figures
PLOTS_OF = {  # which live plots each kind of step changes
    "d_real": ("d_view", "losses"),
    "d_fake": ("d_view", "losses"),
    "d": ("d_view", "losses"),
    "g": ("distribution", "quality", "losses"),
}


@dataclass(frozen=True)
class StepStory:
    kind: str  # d_real, d_fake, d or g
    title: str  # "Epoch 12, step 1 of 3: D on real"
    sentence: str  # what happened, with numbers
    changed: tuple[str, ...]  # plot keys: d_view, distribution, quality, losses
    d_view_before: np.ndarray  # float64 (R,)
    d_view_after: np.ndarray
    # the step's formulas with the batch's numbers plugged in (core.teaching.maths), or ()
    maths: tuple = ()
    # title and sentence as templates and values (core.teaching.words): the window's language
    words: tuple = ()


def explain(trainer: Trainer, kind: str = "phase") -> StepStory:
    """Run one step and explain it. ``kind="phase"`` runs the epoch's next step (F10 in slow
    motion); d_real, d_fake, d and g run that step alone, outside the epoch's order."""
    epoch, phase = trainer.epoch, trainer.phase
    phases = trainer.epoch_phases
    step_kind = trainer.next_phase if kind == "phase" else kind
    if step_kind not in PLOTS_OF:
        raise ValueError(f"step kind must be phase or one of {tuple(PLOTS_OF)}, got {kind!r}")
    view_before = trainer.d_view()
    probe_before = _probe(trainer) if step_kind == "g" else None
    maths = _maths_before(trainer, step_kind)
    if kind == "phase":
        trainer.step_phase()
        title = Said(
            C,
            QT_TRANSLATE_NOOP("SlowMotion", "Epoch {0}, step {1} of {2}: {3}"),
            (Num(epoch + 1), phase + 1, len(phases), _step_name(step_kind)),
        )
    else:
        trainer.step(step_kind)
        title = Said(
            C,
            QT_TRANSLATE_NOOP("SlowMotion", "A single step: {0} (outside the epoch's order)"),
            (_step_name(step_kind),),
        )
    view_after = trainer.d_view()
    if step_kind == "g":
        sentence = _g_sentence(trainer, probe_before, _probe(trainer))
    else:
        sentence = _d_sentence(trainer, step_kind, view_before, view_after)
    worked = _maths_after(maths, title)
    return StepStory(
        step_kind,
        str(title),
        joined(sentence),
        PLOTS_OF[step_kind],
        view_before,
        view_after,
        worked,
        (title, sentence),
    )


def _step_name(kind: str) -> Said:
    """A step's short name (core.engine.step_names), translatable as the menus' are."""
    return Said("steps", STEP_NAMES[kind])


def _maths_before(trainer: Trainer, kind: str):
    """What the step's maths needs from before it (None where it cannot be written out: a
    batch too big to write out, an optimiser it does not cover)."""
    from core.teaching.maths import StepMaths, check_batch

    try:
        check_batch(trainer.config)
        return StepMaths(trainer, kind)
    except Exception:  # noqa: BLE001 - the maths is extra: the step goes on without it
        return None


def _maths_after(maths, title: Said) -> tuple:
    if maths is None:
        return ()
    try:
        return tuple(maths.after(title))
    except Exception:  # noqa: BLE001 - as above
        return ()


def _decoded(trainer: Trainer, batch: torch.Tensor) -> np.ndarray:
    if not len(batch):
        return np.zeros(0, dtype=np.int64)
    return trainer.codec.decode(batch.float().cpu().numpy()).numbers


def _list(numbers: np.ndarray, limit: int = 10) -> str:
    values = sorted(set(int(n) for n in numbers))
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (", ..." if len(values) > limit else "")


def _biggest(change: np.ndarray, among: np.ndarray, sign: int) -> int:
    """The integer among ``among`` whose score moved most in the direction ``sign``."""
    candidates = np.unique(among[(among >= 0) & (among < change.size)])
    if not candidates.size:
        candidates = np.arange(change.size)
    return int(candidates[np.argmax(sign * change[candidates])])


def _d_sentence(trainer: Trainer, kind: str, before: np.ndarray, after: np.ndarray) -> tuple:
    change = after - before
    real = _decoded(trainer, trainer.gan.last_real)
    fake = _decoded(trainer, trainer.gan.last_fake)
    parts: list[Said] = []
    if kind in ("d_real", "d"):
        n = _biggest(change, real, +1)
        parts.append(_score_moved(n, before[n], after[n]))
        a, b = before[real].mean(), after[real].mean()
        parts.append(
            Said(
                C,
                QT_TRANSLATE_NOOP(
                    "SlowMotion",
                    "It was shown real numbers ({0}) labelled real; its mean score for them {1}.",
                ),
                (_list(real), _went(a, b)),
            )
        )
    if kind in ("d_fake", "d"):
        n = _biggest(change, fake, -1)
        parts.append(_score_moved(n, before[n], after[n]))
        parts.append(
            Said(
                C,
                QT_TRANSLATE_NOOP(
                    "SlowMotion",
                    "It was shown G's numbers ({0}) labelled fake, so it learns to score what G "
                    "makes lower.",
                ),
                (_list(fake),),
            )
        )
    return tuple(parts)


def _digits(a: float, b: float, digits: int = 3, most: int = 9) -> int | None:
    """The fewest decimals (from ``digits``) that tell ``a`` and ``b`` apart; None if none."""
    for d in range(digits, most + 1):
        if f"{a:.{d}f}" != f"{b:.{d}f}":
            return d
    return None


def moved(a: float, b: float, digits: int = 3, most: int = 9) -> str:
    """``a -> b`` with enough decimals that the two differ (never "0.543 -> 0.543"), or
    ``a (unchanged)`` when they are equal to ``most`` decimals."""
    d = _digits(a, b, digits, most)
    if d is not None:
        return f"{a:.{d}f} -> {b:.{d}f}"
    return f"{a:.{digits}f} (unchanged)"


def _went(a: float, b: float) -> Said:
    d = _digits(a, b)
    if d is None:
        return Said(C, QT_TRANSLATE_NOOP("SlowMotion", "stayed {0}"), (Num(a, 3),))
    return Said(C, QT_TRANSLATE_NOOP("SlowMotion", "went {0} -> {1}"), (Num(a, d), Num(b, d)))


def _score_moved(n: int, a: float, b: float) -> Said:
    d = _digits(a, b)
    if d is None:
        return Said(
            C,
            QT_TRANSLATE_NOOP("SlowMotion", "D's score for {0} did not change: {1}."),
            (n, Num(a, 3)),
        )
    if b > a:
        said = QT_TRANSLATE_NOOP("SlowMotion", "D now scores {0} as more real: {1} -> {2}.")
    else:
        said = QT_TRANSLATE_NOOP("SlowMotion", "D now scores {0} as less real: {1} -> {2}.")
    return Said(C, said, (n, Num(a, d), Num(b, d)))


@torch.no_grad()
def _probe(trainer: Trainer) -> tuple[np.ndarray, float]:
    """(share of each outcome 0..R-1 plus undecided, mean D score) of G on fixed noise."""
    pack = trainer.config.pack
    noise = trainer.gan.eval_noise
    n = max(pack, (min(PROBE, len(noise)) // pack) * pack)
    out = trainer.G(noise[:n])
    decoded = trainer.codec.decode(out)
    shares = outcome_shares(decoded.numbers, decoded.decisive, trainer.codec.R)
    score = trainer.gan.score(out)
    return shares, float(score.mean())


def _g_sentence(trainer: Trainer, before: tuple, after: tuple) -> tuple:
    (share0, score0), (share1, score1) = before, after
    R = trainer.codec.R
    change = share1 - share0
    score = Said(
        C,
        QT_TRANSLATE_NOOP(
            "SlowMotion", "D's mean score for G's numbers {0} (G's goal is to raise it)."
        ),
        (_went(score0, score1),),
    )
    if not np.any(change):
        said = QT_TRANSLATE_NOOP(
            "SlowMotion",
            "G changed its weights, but none of {0} probe numbers decodes differently yet.",
        )
        return (Said(C, said, (Num(PROBE),)), score)
    i = int(np.argmax(change))
    if i == R:
        said = Said(
            C,
            QT_TRANSLATE_NOOP(
                "SlowMotion", "G now makes undecided numbers more often: {0} of its numbers."
            ),
            (_pct(share0[i], share1[i]),),
        )
    else:
        said = Said(
            C,
            QT_TRANSLATE_NOOP("SlowMotion", "G now makes {0} more often: {1} of its numbers."),
            (i, _pct(share0[i], share1[i])),
        )
    return (said, score)


def _pct(a: float, b: float) -> Said:
    """Two shares in percent, with as many decimals as it takes to tell them apart."""
    for digits in range(1, 8):
        if f"{a:.{digits}%}" != f"{b:.{digits}%}":
            return Said(C, "{0} -> {1}", (Pct(a, digits), Pct(b, digits)))
    return Said(C, QT_TRANSLATE_NOOP("SlowMotion", "{0} (unchanged)"), (Pct(a, 1),))
