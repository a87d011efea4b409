"""Core's translatable sentences (``core.teaching.words``) in the window's language: each
template translated with its context, its values written in the window's locale."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from core.files.errors import MAX_PART, GeneratorFileError, one_line
from core.teaching.words import Num, Pct, Said, Sig, Text, said_of
from patterngan_gui.kit.i18n import PLURAL, translate
from patterngan_gui.kit.numbers import number

# the run doctor's findings (core.teaching.doctor.KINDS): a short name each
KIND_NAMES = {
    "nan": QT_TRANSLATE_NOOP("Doctor", "diverged"),
    "d_wins": QT_TRANSLATE_NOOP("Doctor", "D wins"),
    "no_learning": QT_TRANSLATE_NOOP("Doctor", "no learning"),
    "undecided": QT_TRANSLATE_NOOP("Doctor", "undecided"),
    "mode_collapse": QT_TRANSLATE_NOOP("Doctor", "mode collapse"),
    "oscillation": QT_TRANSLATE_NOOP("Doctor", "oscillation"),
    "healthy": QT_TRANSLATE_NOOP("Doctor", "healthy"),
}


def said(value) -> str:
    """A :class:`Said` (or a number, or anything else) as the window writes it."""
    if isinstance(value, Text):  # English text that keeps its sentence
        value = value.said
    if isinstance(value, Said):
        if value.n is None:
            template = translate(value.context, value.template)
        else:
            template = translate(value.context, value.template, None, PLURAL, value.n)
        return template.format(*(said(a) for a in value.args))
    if isinstance(value, Num):
        return number(value.value, value.decimals)
    if isinstance(value, Pct):
        return f"{number(value.value * 100, value.decimals)}%"
    if isinstance(value, Sig):
        if not math.isfinite(value.value):
            return str(value)
        return QLocale().toString(float(value.value), "g", value.digits)
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


def diagnoses_cell(diagnoses) -> str:
    """The doctor's findings as a table cell ("D wins @ 1,200; undecided @ 300", or
    "healthy"): core's ``short_words`` in the window's language."""
    from core.teaching.doctor import problems

    bad = problems(diagnoses)
    if not bad:
        return kind_name("healthy")
    return "; ".join(f"{kind_name(d.kind)} @ {number(d.onset_epoch)}" for d in bad)


def doctor_sentence(diagnosis) -> str:
    """What the doctor found, with all its numbers, in the window's language (core's own
    English sentence for a diagnosis that carries no words: one read from an older file)."""
    words = getattr(diagnosis, "words", ())
    if not words:
        return diagnosis.sentence
    return " ".join(said(w) for w in words)


def error_words(error: BaseException) -> str:
    """An error's message in the window's language: the sentence core raised it with
    (``core.teaching.words.said_error``; a file's problem after its name), else its English
    text (a message no translation covers yet, or one from outside the project)."""
    told = said_of(error)
    if told is None:
        return str(error)
    text = said(told)
    if isinstance(error, GeneratorFileError):  # "file: problem", one line as core writes it
        return f"{error.path}: {one_line(text, 2 * MAX_PART)}"
    return one_line(text, 2 * MAX_PART)  # text from a file inside: one line, as in English
