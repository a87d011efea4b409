"""The run doctor: from a run's reports, say what went wrong, from when, and what to try.

Each report is reduced to a :class:`Point` (epoch, the two losses and the quality numbers the
plots show); :func:`diagnose` reads the points of a whole run (or of a run so far: the window's
live banner, :class:`DoctorWatch`) and returns :class:`Diagnosis` objects, each with its kind,
the epoch it began at, a sentence with the numbers that show it (``evidence``) and what to try.

The kinds, in the order they are looked for:

- ``nan``: a loss became NaN or infinite (the run stopped with an error, or a point holds one),
  or exploded: D's or G's loss at EXPLODE times D's loss at chance, for SUSTAIN reports (a BCE
  loss cannot become infinite: torch clips its log at -100).
- ``d_wins``: D's loss sits at its floor while strict validity is low or falling, or D is near
  its floor while G's loss climbs (D's score for G's numbers, as G's loss implies it, falls
  e-fold within a few reports) and strict validity is flat. A phase of it that the run
  recovers from is not the run's failure. "At its floor" is measured per loss kind as D's *edge*: how far D's loss went from
  its value at chance (D unsure of everything) towards its floor, 0 at chance and 1 at the
  floor (:func:`d_edge`). A WGAN critic's loss has no floor: its edge is the gap it opened
  between real and fake scores, on a scale the gradient penalty keeps near 1.
- ``no_learning``: the quality numbers never moved from where the first report had them.
- ``undecided``: many samples have a head with a tie (the book's ReLU head all zeros): argmax
  then reads index 0 and the number is a multiple of five by accident; the chapter's trap.
- ``mode_collapse``: G covers far fewer support values than it did (or than it should) while
  its numbers stay valid.
- ``oscillation``: the quality numbers swing up and down over a window without settling.
- ``healthy``: none of the above.

Every threshold is a module constant (the benchmark ``tests/bench_doctor.py`` measures them,
and the unit tests replay recorded runs against them). Losses are compared with thresholds only
through scales each loss kind defines (D's edge, D's score for G's numbers, multiples of D's
loss at chance), so one rule holds for every loss kind.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.teaching import history as run_history  # its cap bounds the doctor's points too
from core.teaching.words import PLURAL, QT_TRANSLATE_NOOP, Num, Pct, Said, Sig, translate

D = "Doctor"  # the context of the doctor's sentences in the window's translations

KINDS = ("nan", "d_wins", "no_learning", "undecided", "mode_collapse", "oscillation", "healthy")

# D's loss at chance (D outputs 1/2, or a score of 0, for everything), per loss kind: the real
# term plus the fake term. BCE: 2 ln 2; least squares: 2 x 0.5 x 0.5^2; hinge: 2 x relu(1).
CHANCE_D_LOSS = {
    "minimax": 2.0 * math.log(2.0),
    "nonsaturating": 2.0 * math.log(2.0),
    "lsgan": 0.25,
    "hinge": 2.0,
}
WGAN_GAP = 2.0  # a critic's real-minus-fake score gap that counts as an edge of 1/2

EXPLODE = 50.0  # a D loss this many times its value at chance (WGAN: WGAN_GAP), sustained:
#                 diverged (BCE's log is clipped at -100, so its loss stops near 100 a term)
SUSTAIN = 3  # reports in a row a sign must hold (fewer only where the run ends first)
WARMUP = 0.1  # share of the planned epochs before collapse and oscillation are looked for
WIN_EDGE = 0.9  # D's edge at or above this: D's loss is at its floor
WIN_STRICT = 0.5  # ... while strict validity is below this (or fell by WIN_FALL from its best)
WIN_FALL = 0.2
WIN_POOR_TV = 0.5  # ... or TV at least this
GROW_EDGE = 0.75  # or: D's edge at least this while ...
GROW_NATS = 1.0  # ... D's score for G's numbers fell e-fold (G's loss grew) within SUSTAIN reports
FLAT_MOVE = 0.1  # no_learning: strict validity and TV never moved this much from the start
FLAT_REPORTS = 5  # ... over at least this many reports
UNDECIDED_SHARE = 0.15  # undecided: at least this share of samples undecided ...
UNDECIDED_TAIL = 0.25  # ... on average over the last quarter of the run, from an onset on
COLLAPSE_FALL = 0.25  # mode_collapse: modes covered fell this share of the support from its best
COLLAPSE_BEST = 0.5  # ... from a best of at least this
COLLAPSE_KEEP = 0.5  # ... while strict validity kept at least half of its best
NARROW_STRICT = 0.8  # or: strict validity at least this ...
NARROW_MODES = 0.6  # ... yet at most this share of the support appears
NARROW_TV = 0.4  # ... or TV at least this (a few values take most of the numbers)
SWING_WINDOW = 6  # oscillation: reports in a window (at least; a quarter of the run's reports)
SWING_RANGE = 0.25  # TV or strict validity spans at least this within the window ...
SWING_TURNS = 3  # ... turning back at least this many times by at least SWING_STEP
SWING_STEP = 0.08


@dataclass(frozen=True)
class Point:
    """The numbers of one report that the doctor reads."""

    epoch: int
    d_loss: float  # NaN before any D step
    g_loss: float  # NaN before any G step
    strict: float  # strict validity
    book: float  # book validity
    undecided: float  # share of undecided samples
    tv: float  # total variation distance to the target
    modes: float  # modes covered, as a share of the support
    support: int = 0  # the support's size (0: unknown)


@dataclass(frozen=True)
class Diagnosis:
    kind: str  # one of KINDS
    onset_epoch: int  # the epoch it began at (the report where the sign first held)
    sentence: str  # what went wrong, with the numbers, and what to try
    evidence: dict[str, Any] = field(default_factory=dict)  # the numbers behind the sentence
    advice: str = ""  # what to try (also at the end of the sentence)
    words: tuple[Said, ...] = ()  # the sentence as sentences the window translates

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "onset_epoch": self.onset_epoch,
            "sentence": self.sentence,
            "evidence": {k: _plain(v) for k, v in self.evidence.items()},
        }


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6) if math.isfinite(value) else str(value)
    return value


# -- points from what runs leave behind --------------------------------------------------------
def point_of(report: Any) -> Point:
    """A :class:`Point` from a ``core.engine.reports.Report`` (losses NaN where it has none:
    a sweep's report)."""
    m = report.metrics
    return Point(
        epoch=int(report.epoch),
        d_loss=float(getattr(report, "d_loss", math.nan)),
        g_loss=float(getattr(report, "g_loss", math.nan)),
        strict=float(m.strict_validity),
        book=float(m.book_validity),
        undecided=float(m.undecided),
        tv=float(m.tv),
        modes=float(m.modes_covered / m.support_size) if m.support_size else 0.0,
        support=int(m.support_size),
    )


def point_of_row(row: dict[str, Any]) -> Point:
    """A :class:`Point` from a history row (``core.teaching.history.RunHistory.rows``), which
    a session or a lab result keeps for every report."""
    support = int(row.get("support_size") or 0)
    return Point(
        epoch=int(row["epoch"]),
        d_loss=float(row.get("d_loss", math.nan)),
        g_loss=float(row.get("g_loss", math.nan)),
        strict=float(row["strict_validity"]),
        book=float(row.get("book_validity", row["strict_validity"])),
        undecided=float(row.get("undecided", 0.0)),
        tv=float(row["tv"]),
        modes=float(row.get("modes_covered", 0)) / support if support else 0.0,
        support=support,
    )


def history_points(history: Any) -> list[Point]:
    """Every report of a ``RunHistory`` (its rows: all reports, not only the kept snapshots);
    a row that is not a report's numbers (a damaged or crafted file) is left out."""
    out = []
    for row in history.rows:
        try:
            out.append(point_of_row(row))
        except (AttributeError, KeyError, TypeError, ValueError, OverflowError):
            continue
    return out


# -- D's edge ------------------------------------------------------------------------------------
def d_edge(d_loss: float, loss: str) -> float:
    """How far D's loss went from chance towards its floor: 0 at chance (or worse), 1 at the
    floor. For a WGAN critic (no floor) the real-minus-fake gap g it opened: g / (g + WGAN_GAP).
    NaN for a NaN loss."""
    if not math.isfinite(d_loss):
        return math.nan
    chance = CHANCE_D_LOSS.get(loss)
    if chance is None:  # wgan-gp: loss = mean(fake) - mean(real) + penalty
        gap = max(0.0, -d_loss)
        return gap / (gap + WGAN_GAP)
    return min(1.0, max(0.0, 1.0 - d_loss / chance))


def _g_words(loss: str) -> Said:
    said = {
        "minimax": QT_TRANSLATE_NOOP(
            "Doctor", "G's loss log(1 - D(G(z))) rose towards 0: its gradient vanished"
        ),
        "nonsaturating": QT_TRANSLATE_NOOP("Doctor", "G's loss -log D(G(z)) grew"),
        "lsgan": QT_TRANSLATE_NOOP("Doctor", "G's loss grew towards 0.5 (D scores every fake 0)"),
    }.get(loss, QT_TRANSLATE_NOOP("Doctor", "G's loss -D(G(z)) grew"))
    return Said(D, said)


def _found(
    kind: str, onset: int, words: list[Said], evidence: dict[str, Any], advice: str
) -> Diagnosis:
    """A diagnosis whose sentence is ``words`` and the advice, in English; the window
    translates the same words."""
    words = [*words, Said(D, advice)]
    return Diagnosis(kind, onset, " ".join(str(w) for w in words), evidence, advice, tuple(words))


# -- the diagnosis -------------------------------------------------------------------------------
EPOCH_IN_ERROR = re.compile(r"(?:by|at) epoch (\d+)")
NOT_A_NUMBER = re.compile(r"\b(?:nan|-?inf)\b")  # in a run's error ("became nan by epoch 9")


def diagnose(
    points: Sequence[Point],
    *,
    epochs: int,
    loss: str,
    error: str | None = None,
    preset: str = "",
) -> list[Diagnosis]:
    """What went wrong in a run with these report points (in epoch order) of ``epochs``
    planned epochs and loss kind ``loss``; ``error`` is the message a run ended with, if it
    failed. Returns the diagnoses in order of onset, or one ``healthy`` diagnosis."""
    pts = [p for p in points if p.epoch >= 0]
    found: list[Diagnosis] = []
    nan = _nan(pts, error, loss)
    if nan is not None:
        found.append(nan)
        # what happened before (and besides) it is still worth saying: D may have won
        # outright on the way; only the infinite values themselves are left out
        pts = [p for p in pts if _finite(p)]
    if pts:
        a = _arrays(pts, loss)
        for check in (_d_wins, _no_learning, _undecided, _mode_collapse, _oscillation):
            d = check(a, pts, epochs, loss, preset)
            if d is not None and not (nan is not None and d.kind == "no_learning"):
                found.append(d)  # (a diverged run does not learn: that is its divergence)
    if not found:
        last = pts[-1] if pts else None
        evidence = {} if last is None else _numbers(last)
        if last is None:
            said = Said(
                D, QT_TRANSLATE_NOOP("Doctor", "Healthy: no sign of a failure (no reports yet).")
            )
        else:
            said = QT_TRANSLATE_NOOP(
                "Doctor",
                "Healthy: no sign of a failure (strict validity {0}, TV {1}, modes covered {2} "
                "at epoch {3}).",
            )
            numbers = (Pct(last.strict), Num(last.tv, 3), Pct(last.modes, 0), Num(last.epoch))
            said = Said(D, said, numbers)
        return [Diagnosis("healthy", last.epoch if last else 0, str(said), evidence, "", (said,))]
    return sorted(found, key=lambda d: (d.onset_epoch, KINDS.index(d.kind)))


def _finite(p: Point) -> bool:
    return not (math.isinf(p.d_loss) or math.isinf(p.g_loss))


def _numbers(p: Point) -> dict[str, Any]:
    return {
        "epoch": p.epoch,
        "strict_validity": p.strict,
        "tv": p.tv,
        "modes_covered": p.modes,
        "undecided": p.undecided,
    }


class _Arrays:
    def __init__(self, pts: Sequence[Point], loss: str) -> None:
        self.epoch = np.array([p.epoch for p in pts], dtype=np.int64)
        self.d = np.array([p.d_loss for p in pts], dtype=np.float64)
        self.g = np.array([p.g_loss for p in pts], dtype=np.float64)
        self.strict = np.array([p.strict for p in pts], dtype=np.float64)
        self.undecided = np.array([p.undecided for p in pts], dtype=np.float64)
        self.tv = np.array([p.tv for p in pts], dtype=np.float64)
        self.modes = np.array([p.modes for p in pts], dtype=np.float64)
        self.edge = np.array([d_edge(x, loss) for x in self.d], dtype=np.float64)
        self.support = max((p.support for p in pts), default=0)


def _arrays(pts: Sequence[Point], loss: str) -> _Arrays:
    return _Arrays(pts, loss)


def _first_sustained(flags: np.ndarray, sustain: int | None = None) -> int | None:
    """Index of the first report from which ``flags`` holds ``sustain`` reports in a row (or
    to the end of the run, if it ends sooner but holds at least two)."""
    sustain = SUSTAIN if sustain is None else sustain  # read now: the module's value
    n = len(flags)
    run = 0
    for i in range(n):
        run = run + 1 if flags[i] else 0
        start = i - run + 1
        if run >= sustain or (run >= 2 and i == n - 1):
            return start
    return None


def _nan(pts: Sequence[Point], error: str | None, loss: str) -> Diagnosis | None:
    # a NaN in a report means "no step of that kind yet"; a failed loss ends the run with an
    # error instead, so an infinite value is the one a report can hold
    bad = next((p for p in pts if math.isinf(p.d_loss) or math.isinf(p.g_loss)), None)
    scale = CHANCE_D_LOSS.get(loss, WGAN_GAP)
    exploded = np.array(
        [p.d_loss >= EXPLODE * scale or abs(p.g_loss) >= EXPLODE * scale for p in pts],
        dtype=bool,
    )
    at = _first_sustained(exploded)  # a spike that settles again is not a divergence
    burst = pts[at] if at is not None else None
    text = (error or "").lower()
    failed = bool(NOT_A_NUMBER.search(text)) or "diverged" in text
    if bad is None and not failed and burst is None:
        return None
    last = pts[-1] if pts else None
    if burst is not None and (bad is None or burst.epoch < bad.epoch):
        onset = burst.epoch
        which = "D" if burst.d_loss >= EXPLODE * scale else "G"
        value = burst.d_loss if which == "D" else burst.g_loss
        advice = QT_TRANSLATE_NOOP(
            "Doctor",
            "Lower the learning rate (by 10x), use Adam instead of SGD with high momentum, or "
            "choose a preset.",
        )
        said = (
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Diverged: {0}'s loss exploded to {1} by epoch {2} ({3}x D's loss at chance or "
                "more; a BCE loss stops near 100 only because torch clips its log), so the "
                "weights are as good as infinite: G and D no longer learn.",
            )
            if loss in ("minimax", "nonsaturating")
            else QT_TRANSLATE_NOOP(
                "Doctor",
                "Diverged: {0}'s loss exploded to {1} by epoch {2} ({3}x D's loss at chance or "
                "more), so the weights are as good as infinite: G and D no longer learn.",
            )
        )
        words = [Said(D, said, (which, Sig(value), Num(onset), Num(EXPLODE)))]
        evidence = {"loss": which, "value": value, "epoch": onset, "chance": scale}
        return _found("nan", onset, words, evidence, advice)
    if bad is not None:
        onset, which = bad.epoch, "D" if math.isinf(bad.d_loss) else "G"
        value = bad.d_loss if which == "D" else bad.g_loss
    else:
        found = EPOCH_IN_ERROR.search(text)
        onset = int(found.group(1)) if found else (last.epoch if last else 0)
        which = "G" if "the g loss" in text else "D"
        value = math.nan
    evidence: dict[str, Any] = {"loss": which, "value": str(value), "epoch": onset}
    said = QT_TRANSLATE_NOOP(
        "Doctor", "Diverged: {0}'s loss became {1} by epoch {2}: a step was so large that a weight "
        "overflowed.",
    )  # fmt: skip
    words = [Said(D, said, (which, value, Num(onset)))]
    if last is not None and last.epoch < onset:
        evidence["last_finite_epoch"] = last.epoch
        evidence["last_d_loss"] = last.d_loss
        evidence["last_g_loss"] = last.g_loss
        said = QT_TRANSLATE_NOOP(
            "Doctor", "The last report before it (epoch {0}) had D loss {1} and G loss {2}."
        )
        words.append(Said(D, said, (Num(last.epoch), Sig(last.d_loss), Sig(last.g_loss))))
    advice = QT_TRANSLATE_NOOP(
        "Doctor",
        "Lower the learning rate (by 10x), use Adam instead of SGD with high momentum, or "
        "choose a preset.",
    )
    return _found("nan", onset, words, evidence, advice)


def _log_hope(g_loss: np.ndarray, loss: str) -> np.ndarray:
    """log of D's mean "real" score for G's numbers, as G's loss implies it (G's hope):
    -g for the non-saturating loss, log(1 - e^g) for minimax, log(1 - sqrt(2g)) for least
    squares, log sigmoid(-g) for a score (hinge, wgan-gp)."""
    with np.errstate(all="ignore"):
        if loss == "nonsaturating":
            hope = -g_loss
        elif loss == "minimax":
            hope = np.log(np.clip(1.0 - np.exp(g_loss), 1e-12, 1.0))
        elif loss == "lsgan":
            hope = np.log(np.clip(1.0 - np.sqrt(np.clip(2.0 * g_loss, 0.0, None)), 1e-12, 1.0))
        else:
            hope = -np.logaddexp(0.0, g_loss)
    return hope


def _recovered(a: _Arrays) -> bool:
    """The run ends well (strict validity high, TV low, D off its floor): an early phase of D
    winning that G escaped from is part of learning, not the run's failure."""
    return bool(
        a.strict[-1] >= NARROW_STRICT and a.tv[-1] < NARROW_TV and not a.edge[-1] >= GROW_EDGE
    )


def _d_wins(a: _Arrays, pts: Sequence[Point], epochs: int, loss: str, preset: str):
    n = len(pts)
    best = np.maximum.accumulate(a.strict)
    best_tv = np.minimum.accumulate(a.tv)
    poor = (
        (a.strict < WIN_STRICT)
        | (a.tv >= WIN_POOR_TV)
        | (a.strict <= best - WIN_FALL)
        | (a.tv >= best_tv + WIN_FALL)
    )
    back = np.maximum(np.arange(n) - 2, 0)
    flat = a.strict <= a.strict[back] + 0.03  # not improving over the last reports
    outright = (a.edge >= WIN_EDGE) & poor & flat
    hope = _log_hope(a.g, loss)
    before = np.maximum(np.arange(n) - SUSTAIN, 0)
    sinking = (a.edge >= GROW_EDGE) & (hope <= hope[before] - GROW_NATS) & flat
    start = _first_sustained(outright | sinking)
    if start is None or _recovered(a):
        return None
    p = pts[start]
    end = pts[-1]
    g0 = float(np.nanmin(a.g[: start + 1])) if np.isfinite(a.g[: start + 1]).any() else math.nan
    evidence = {
        "d_loss": p.d_loss,
        "d_edge": float(a.edge[start]),
        "g_loss": p.g_loss,
        "g_loss_end": end.g_loss,
        "g_loss_lowest_before": g0,
        "strict_validity": p.strict,
        "strict_validity_best_before": float(best[start]),
        "strict_validity_end": end.strict,
    }
    said = (
        QT_TRANSLATE_NOOP(
            "Doctor",
            "D wins outright from epoch {0}: D's loss {1} is at its floor ({2} of the way from "
            "chance), {3} ({4} -> {5} by epoch {6}), and strict validity is {7} (best before: "
            "{8}). G gets no useful gradient.",
        )
        if loss in CHANCE_D_LOSS
        else QT_TRANSLATE_NOOP(
            "Doctor",
            "D wins outright from epoch {0}: D's loss {1} is at a wide real-fake gap ({2} of the "
            "way from chance), {3} ({4} -> {5} by epoch {6}), and strict validity is {7} (best "
            "before: {8}). G gets no useful gradient.",
        )
    )
    numbers = (
        Num(p.epoch), Sig(p.d_loss), Pct(float(a.edge[start]), 0), _g_words(loss),
        Sig(p.g_loss), Sig(end.g_loss), Num(end.epoch), Pct(p.strict), Pct(float(best[start])),
    )  # fmt: skip
    advice = QT_TRANSLATE_NOOP(
        "Doctor",
        "Slow D down: a lower learning rate for D (or a higher one for G), one D step per G "
        "step, or a D with fewer weights.",
    )
    return _found("d_wins", p.epoch, [Said(D, said, numbers)], evidence, advice)


def _no_learning(a: _Arrays, pts: Sequence[Point], epochs: int, loss: str, preset: str):
    if len(pts) < FLAT_REPORTS:
        return None
    moved_strict = float(np.max(np.abs(a.strict - a.strict[0])))
    moved_tv = float(np.max(np.abs(a.tv - a.tv[0])))
    if moved_strict >= FLAT_MOVE or moved_tv >= FLAT_MOVE:
        return None
    if np.nanmax(a.edge, initial=0.0) >= WIN_EDGE:
        return None  # D learned (and won): that is d_wins, not a run that never moved
    if a.strict[-1] >= NARROW_STRICT and a.tv[-1] < NARROW_TV:
        return None  # already good from the first report: nothing left to learn
    first, end = pts[0], pts[-1]
    advice = QT_TRANSLATE_NOOP(
        "Doctor",
        "Raise the learning rates (the set-up's are too small to move the weights), or train "
        "more epochs.",
    )
    n = end.epoch - first.epoch
    said = translate(
        "Doctor", "No learning: over %n epoch(s) strict validity stayed {0} -> {1} (never more than "
        "{2} away) and TV {3} -> {4}.", None, PLURAL, n
    )  # fmt: skip
    numbers = (Pct(first.strict), Pct(end.strict), Pct(moved_strict), Num(first.tv, 3))
    return _found(
        "no_learning",
        first.epoch,
        [Said(D, said, (*numbers, Num(end.tv, 3)), n)],
        {
            "strict_validity_start": first.strict,
            "strict_validity_end": end.strict,
            "strict_validity_moved": moved_strict,
            "tv_start": first.tv,
            "tv_end": end.tv,
            "tv_moved": moved_tv,
            "epochs": end.epoch - first.epoch,
        },
        advice,
    )


def _undecided(a: _Arrays, pts: Sequence[Point], epochs: int, loss: str, preset: str):
    n = len(pts)
    tail = max(1, int(math.ceil(n * UNDECIDED_TAIL)))
    if n < 2 or float(a.undecided[-tail:].mean()) < UNDECIDED_SHARE:
        return None
    # the onset: the start of the last stretch of reports at or above the share
    above = a.undecided >= UNDECIDED_SHARE
    start = n - 1
    while start > 0 and above[start - 1]:
        start -= 1
    if not above[start]:
        start = n - tail
    p, end = pts[start], pts[-1]
    share = float(a.undecided[-tail:].mean())
    advice = QT_TRANSLATE_NOOP(
        "Doctor",
        "Use a generator whose every head always has one largest value: the softmax or gumbel "
        "head (the 'default' preset), or judge by strict validity, not book validity.",
    )
    said = QT_TRANSLATE_NOOP(
        "Doctor",
        "Undecided samples: from epoch {0}, {1} of G's numbers have a head with a tie (a ReLU "
        "head all zeros); argmax then reads index 0 of that head, a digit G never chose (the "
        "book's remainder 0: a multiple of five by accident): book validity {2}, strict "
        "validity {3}.",
    )
    numbers = (Num(p.epoch), Pct(share, 0), Pct(end.book), Pct(end.strict))
    return _found(
        "undecided",
        p.epoch,
        [Said(D, said, numbers)],
        {
            "undecided": share,
            "undecided_at_onset": p.undecided,
            "book_validity": end.book,
            "strict_validity": end.strict,
        },
        advice,
    )


def _mode_collapse(a: _Arrays, pts: Sequence[Point], epochs: int, loss: str, preset: str):
    if 0 < a.support < 2:
        return None
    after = a.epoch >= WARMUP * epochs
    best_modes = np.maximum.accumulate(a.modes)
    best_strict = np.maximum.accumulate(a.strict)
    fell = (
        (best_modes - a.modes >= COLLAPSE_FALL)
        & (best_modes >= COLLAPSE_BEST)
        & (a.strict >= COLLAPSE_KEEP * best_strict)
    )
    narrow = (a.strict >= NARROW_STRICT) & ((a.modes <= NARROW_MODES) | (a.tv >= NARROW_TV))
    start = _first_sustained(after & (fell | narrow))
    if start is None:
        return None
    p, end = pts[start], pts[-1]
    best = Pct(float(best_modes[start]), 0)
    if (p.modes <= NARROW_MODES or fell[start]) and a.support:
        said = QT_TRANSLATE_NOOP(
            "Doctor", "G covers only {0} of the {1} support values (best before: {2}); TV {3}"
        )
        what = Said(D, said, (Pct(p.modes, 0), a.support, best, Num(p.tv, 3)))
    elif p.modes <= NARROW_MODES or fell[start]:
        said = QT_TRANSLATE_NOOP(
            "Doctor", "G covers only {0} of the support (best before: {1}); TV {2}"
        )
        what = Said(D, said, (Pct(p.modes, 0), best, Num(p.tv, 3)))
    else:
        said = QT_TRANSLATE_NOOP(
            "Doctor", "a few values take most of G's numbers (TV {0}, modes covered {1})"
        )
        what = Said(D, said, (Num(p.tv, 3), Pct(p.modes, 0)))
    advice = QT_TRANSLATE_NOOP(
        "Doctor",
        "G found a few numbers that fool D and stopped exploring: let D judge several numbers "
        "at once (pack, as the 'default' preset does), keep noise in G's output (the gumbel "
        "head), or lower G's learning rate.",
    )
    said = QT_TRANSLATE_NOOP(
        "Doctor",
        "Mode collapse from epoch {0}: strict validity is {1} but {2}. At the end: {3} "
        "covered, TV {4}.",
    )
    numbers = (Num(p.epoch), Pct(p.strict), what, Pct(end.modes, 0), Num(end.tv, 3))
    return _found(
        "mode_collapse",
        p.epoch,
        [Said(D, said, numbers)],
        {
            "modes_covered": p.modes,
            "modes_covered_best_before": float(best_modes[start]),
            "strict_validity": p.strict,
            "tv": p.tv,
            "modes_covered_end": end.modes,
            "tv_end": end.tv,
        },
        advice,
    )


def _turns(values: np.ndarray, step: float) -> int:
    """Reversals of direction in ``values``, each a move of at least ``step`` (a zig-zag)."""
    turns, direction, anchor = 0, 0, values[0]
    for v in values[1:]:
        if direction >= 0 and v <= anchor - step:
            turns += direction > 0
            direction, anchor = -1, v
        elif direction <= 0 and v >= anchor + step:
            turns += direction < 0
            direction, anchor = 1, v
        elif (direction > 0 and v > anchor) or (direction < 0 and v < anchor):
            anchor = v
    return turns


def _oscillation(a: _Arrays, pts: Sequence[Point], epochs: int, loss: str, preset: str):
    n = len(pts)
    window = max(SWING_WINDOW, n // 4)
    first = int(np.searchsorted(a.epoch, WARMUP * epochs))
    metrics = (("tv", a.tv), ("strict_validity", a.strict), ("modes", a.modes))

    def swings(start: int) -> tuple[str, np.ndarray, int] | None:
        for name, values in metrics:
            part = values[start : start + window]
            if float(part.max() - part.min()) < SWING_RANGE:
                continue
            turns = _turns(part, SWING_STEP)
            if turns >= SWING_TURNS:
                return name, part, turns
        return None

    # windows a quarter window apart (a long run costs a few dozen windows, not thousands);
    # the first that swings is then moved back report by report to where the swinging began
    stride = max(1, window // 4)
    for coarse in range(first, n - window + 1, stride):
        if swings(coarse) is None:
            continue
        start = coarse
        while start - 1 >= max(first, coarse - stride + 1) and swings(start - 1) is not None:
            start -= 1
        name, part, turns = swings(start) or swings(coarse)
        p, q = pts[start], pts[start + window - 1]
        label = {
            "tv": QT_TRANSLATE_NOOP("Doctor", "TV"),
            "strict_validity": QT_TRANSLATE_NOOP("Doctor", "strict validity"),
        }.get(name, QT_TRANSLATE_NOOP("Doctor", "modes covered"))
        advice = QT_TRANSLATE_NOOP(
            "Doctor",
            "Lower the learning rates (or the momentum), or use a cosine schedule so the "
            "steps shrink towards the end.",
        )
        said = translate(
            "Doctor", "Oscillation from epoch {0}: between epochs {0} and {1} {2} swung between {3} "
            "and {4}, turning back %n time(s): G and D chase each other instead of settling.",
            None, PLURAL, turns
        )  # fmt: skip
        numbers = (
            Num(p.epoch), Num(q.epoch), Said(D, label), Num(float(part.min()), 3),
            Num(float(part.max()), 3),
        )  # fmt: skip
        return _found(
            "oscillation",
            p.epoch,
            [Said(D, said, numbers, turns)],
            {
                "metric": name,
                "low": float(part.min()),
                "high": float(part.max()),
                "turns": turns,
                "window_start": p.epoch,
                "window_end": q.epoch,
            },
            advice,
        )
    return None


def diagnose_reports(
    reports: Iterable[Any], config: Any, error: str | None = None
) -> list[Diagnosis]:
    """:func:`diagnose` for a run's reports and its config."""
    return diagnose(
        [point_of(r) for r in reports],
        epochs=int(config.epochs),
        loss=str(config.loss),
        error=error,
        preset=str(getattr(config, "preset", "")),
    )


def diagnose_history(history: Any, error: str | None = None) -> list[Diagnosis]:
    """:func:`diagnose` for a ``RunHistory`` (a run of the window, a session or a result)."""
    c = history.config
    return diagnose(
        history_points(history), epochs=c.epochs, loss=c.loss, error=error, preset=c.preset
    )


def problems(diagnoses: Sequence[Diagnosis]) -> list[Diagnosis]:
    """The diagnoses that name a failure (all but ``healthy``)."""
    return [d for d in diagnoses if d.kind != "healthy"]


def short_words(diagnoses: Sequence[Diagnosis]) -> str:
    """``d wins @ 1,200; undecided @ 300`` or ``healthy``: a table cell."""
    bad = problems(diagnoses)
    if not bad:
        return "healthy"
    return "; ".join(f"{d.kind.replace('_', ' ')} @ {d.onset_epoch:,}" for d in bad)


class DoctorWatch:
    """The doctor during a run: feed it every report (``add``), read ``diagnoses``. It
    diagnoses again after every report while a run is short and every ``len / CHECKS``
    reports after that, so its cost stays a small share of the run's."""

    CHECKS = 100  # diagnoses at most about this many times per doubling of the run

    def __init__(self, config: Any) -> None:
        self.epochs = int(config.epochs)
        self.loss = str(config.loss)
        self.preset = str(getattr(config, "preset", ""))
        self.points: list[Point] = []
        self.diagnoses: list[Diagnosis] = []
        self._next = 1
        self._stride = 1  # epochs between its older points once thinned

    def add(self, report: Any) -> bool:
        """Record a report; True when the diagnoses changed (a new kind, or one gone)."""
        self.points.append(point_of(report))
        if len(self.points) > run_history.MAX_POINTS:  # thinned as a run's history is (a
            # 10,000,000-epoch run at interval 1 held 10 M points)
            epochs = [p.epoch for p in self.points]
            keep, self._stride = run_history.kept_points(epochs, self._stride)
            self.points = [self.points[i] for i in keep]
            self._next = min(self._next, len(self.points))
        if len(self.points) < self._next and not getattr(report, "done", False):
            return False
        self._next = len(self.points) + max(1, len(self.points) // self.CHECKS)
        return self._update(None)

    def finish(self, error: str | None = None) -> bool:
        """The run ended (with ``error``, if it failed): a last diagnosis of all of it."""
        return self._update(error)

    def _update(self, error: str | None) -> bool:
        before = [(d.kind, d.onset_epoch) for d in self.diagnoses]
        self.diagnoses = diagnose(
            self.points, epochs=self.epochs, loss=self.loss, error=error, preset=self.preset
        )
        return [(d.kind, d.onset_epoch) for d in self.diagnoses] != before
