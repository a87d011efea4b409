"""Sentences that the window can translate: a template and its arguments, never fragments.
They live in the engine, the lowest layer, because its errors are such sentences too;
``core.teaching.words`` is the same module under the name the teaching code uses.

Core never imports Qt, yet the window shows core's sentences in the student's language. A
sentence is built as :class:`Said` (an English template with ``{0}`` placeholders and the
values that fill it); ``str()`` gives the English (the command line, the logs), and the window
translates the template with Qt and fills it with the values in its locale. Templates are
marked with :func:`QT_TRANSLATE_NOOP`, a no-op of the same name as Qt's, so ``pyside6-lupdate``
collects them (``python -m patterngan_gui.kit.i18n_build`` reads the modules that use it).
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """``text`` unchanged: the mark that puts it in the translations under ``context``."""
    return text


PLURAL = "plural"  # a counted template's fourth argument (see ``translate``)


def translate(
    context: str, text: str, disambiguation: None = None, plural: str = PLURAL, n: int = -1
) -> str:
    """``text`` unchanged: the mark of a counted template, ``translate(context, "%n file(s)
    ...", None, PLURAL, n)``. pyside6-lupdate takes a five-argument ``translate`` call for a
    text with plural forms (numerus), which ``QT_TRANSLATE_NOOP`` cannot mark; the window
    picks the form for the :class:`Said`'s ``n``."""
    return text


def _counted(text: str, n: int | None) -> str:
    """English's own plural: ``%n`` as the number, "(s)" as "s" or nothing."""
    if n is None:
        return text
    return text.replace("%n", f"{n:,}").replace("(s)", "" if n == 1 else "s")


@dataclass(frozen=True)
class Num:
    """A number written with ``decimals`` decimals (the window: in its locale)."""

    value: float
    decimals: int = 0

    def __str__(self) -> str:
        return f"{self.value:,.{self.decimals}f}" if self.decimals else f"{self.value:,.0f}"


@dataclass(frozen=True)
class Pct:
    """A share written as a percentage with ``decimals`` decimals."""

    value: float
    decimals: int = 1

    def __str__(self) -> str:
        return f"{self.value:.{self.decimals}%}"


@dataclass(frozen=True)
class Sig:
    """A number written with ``digits`` significant digits (a loss: 0.6931, 1.234e+05)."""

    value: float
    digits: int = 4

    def __str__(self) -> str:
        return f"{self.value:.{self.digits}g}"


@dataclass(frozen=True)
class Said:
    """``template.format(*args)`` in English; the window translates it (``context``). A
    counted template (``%n``, marked with ``translate``) carries its count ``n``."""

    context: str
    template: str
    args: tuple = ()
    n: int | None = None

    def __str__(self) -> str:
        return _counted(self.template, self.n).format(*(str(a) for a in self.args))


def joined(parts, sep: str = " ") -> str:
    return sep.join(str(p) for p in parts)


def said_error(kind: type[Exception], *args) -> Exception:
    """``kind(*args)`` with its last argument, a :class:`Said`, given as its English text (the
    command line, the logs, ``str()``); the sentence is kept as the error's ``said`` so that
    the window can show it in the student's language."""
    *rest, said = args
    error = kind(*rest, str(said))
    error.said = said  # type: ignore[attr-defined]
    return error


def said_of(error: object) -> Said | None:
    """The sentence an error was raised with (:func:`said_error`) or a :class:`Text` keeps,
    None if it has none."""
    said = getattr(error, "said", None)
    return said if isinstance(said, Said) else None


class Text(str):
    """A sentence as plain English text (``str``: compared, searched, joined, saved) that
    keeps its :class:`Said` for the window to translate (``said``)."""

    said: Said

    def __new__(cls, said: Said) -> Text:
        text = super().__new__(cls, str(said))
        text.said = said
        return text
