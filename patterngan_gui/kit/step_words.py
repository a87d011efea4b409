"""Core's translatable sentences (``core.teaching.words``) in the window's language: each
template translated with its context, its values written in the window's locale."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.teaching.words import Num, Pct, Said
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number

# the run doctor's findings (core.teaching.doctor.KINDS): a name, and a headline with the
# epoch it began at, for the window's languages (core's own sentence has more numbers, in
# English: the window shows it where no translation of its advice exists)
KIND_NAMES = {
    "nan": QT_TRANSLATE_NOOP("Doctor", "diverged"),
    "d_wins": QT_TRANSLATE_NOOP("Doctor", "D wins"),
    "no_learning": QT_TRANSLATE_NOOP("Doctor", "no learning"),
    "undecided": QT_TRANSLATE_NOOP("Doctor", "undecided"),
    "mode_collapse": QT_TRANSLATE_NOOP("Doctor", "mode collapse"),
    "oscillation": QT_TRANSLATE_NOOP("Doctor", "oscillation"),
    "healthy": QT_TRANSLATE_NOOP("Doctor", "healthy"),
}
HEADLINES = {
    "nan": QT_TRANSLATE_NOOP(
        "Doctor",
        "Diverged by epoch {0}: a loss exploded or became not a number, so G and D no longer "
        "learn.",
    ),
    "d_wins": QT_TRANSLATE_NOOP(
        "Doctor",
        "D wins outright from epoch {0}: it tells real from fake so easily that G gets no "
        "useful gradient.",
    ),
    "no_learning": QT_TRANSLATE_NOOP(
        "Doctor",
        "No learning from epoch {0}: strict validity and the distance to the target hardly moved.",
    ),
    "undecided": QT_TRANSLATE_NOOP(
        "Doctor",
        "Undecided samples from epoch {0}: many of G's numbers have a head without one largest "
        "value, so only argmax makes them a number.",
    ),
    "mode_collapse": QT_TRANSLATE_NOOP(
        "Doctor",
        "Mode collapse from epoch {0}: G makes only a few of the pattern's numbers.",
    ),
    "oscillation": QT_TRANSLATE_NOOP(
        "Doctor",
        "Oscillation from epoch {0}: the curves swing up and down instead of settling.",
    ),
}


def said(value) -> str:
    """A :class:`Said` (or a number, or anything else) as the window writes it."""
    if isinstance(value, Said):
        template = translate(value.context, value.template)
        return template.format(*(said(a) for a in value.args))
    if isinstance(value, Num):
        return number(value.value, value.decimals)
    if isinstance(value, Pct):
        return f"{number(value.value * 100, value.decimals)}%"
    return str(value)


def story_words(story) -> tuple[str, str]:
    """(title, sentence) of a slow-motion step, translated; English if it carries no words."""
    words = getattr(story, "words", ())
    if not words:
        return story.title, story.sentence
    title, parts = words
    return said(title), " ".join(said(p) for p in parts)


def kind_name(kind: str) -> str:
    """A finding's short name ("mode collapse"), translated."""
    return translate("Doctor", KIND_NAMES.get(kind, kind.replace("_", " ")))


def doctor_sentence(diagnosis) -> str:
    """What the doctor found: core's own sentence (all its numbers) where its advice has no
    translation (English), else the finding's headline and advice in the window's language."""
    advice = diagnosis.advice
    if not advice or diagnosis.kind not in HEADLINES:
        return diagnosis.sentence
    translated = translate("Doctor", advice)
    if translated == advice:
        return diagnosis.sentence
    headline = translate("Doctor", HEADLINES[diagnosis.kind]).format(number(diagnosis.onset_epoch))
    return f"{headline} {translated}"
