"""Core's translatable sentences (``core.teaching.words``) in the window's language: each
template translated with its context, its values written in the window's locale."""

from __future__ import annotations

from core.teaching.words import Num, Pct, Said
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number


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
