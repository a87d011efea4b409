"""Sentences that the window can translate: a template and its arguments, never fragments.

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
class Said:
    """``template.format(*args)`` in English; the window translates it (``context``)."""

    context: str
    template: str
    args: tuple = ()

    def __str__(self) -> str:
        return self.template.format(*(str(a) for a in self.args))


def joined(parts, sep: str = " ") -> str:
    return sep.join(str(p) for p in parts)
