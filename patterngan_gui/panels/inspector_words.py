"""The Encoding inspector's sentences in the window's language.

``core.teaching.inspector`` reads a vector head by head and says what it found in English (the
command line prints that); here the same readings are told from their numbers with translated
templates (never fragments glued together), numbers in the window's locale.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.engine.codecs import Codec
from core.teaching.inspector import HeadReading, VectorReading
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number

HEAD_NAMES = {
    "quotient": QT_TRANSLATE_NOOP("Inspector", "quotient"),
    "remainder": QT_TRANSLATE_NOOP("Inspector", "remainder"),
    "value": QT_TRANSLATE_NOOP("Inspector", "value"),
}


def head_name(name: str) -> str:
    return translate("Inspector", HEAD_NAMES.get(name, name))


def _short(value: float) -> str:
    """Three significant digits (as ``:.3g``), the locale's decimal mark."""
    text = f"{value:.3g}"
    if "e" in text or "." not in text:
        return text
    return number(float(text), len(text.split(".")[1]))


def why(head: HeadReading) -> str:
    """One phrase: why this head is decisive or not."""
    values = head.values
    if np.isnan(values).any():
        return translate("Inspector", "contains NaN")
    top = values.max()
    at_top = np.flatnonzero(values == top)
    if at_top.size == 1:
        said = translate("Inspector", "unique maximum {0} at index {1}")
        return said.format(_short(top), head.argmax)
    if values.size and np.all(values == 0):
        return translate("Inspector", "all zeros")
    shown = ", ".join(str(int(i)) for i in at_top[:6]) + (", ..." if at_top.size > 6 else "")
    return translate("Inspector", "tie at {0} between indices {1}").format(_short(top), shown)


def sentence(reading: VectorReading, codec: Codec) -> str:
    """What decoding made of the vector, in plain words."""
    parts = []
    for h in reading.heads:
        if h.decisive:
            said = translate("Inspector", "{0} head: {1}").format(head_name(h.name), why(h))
        else:
            said = translate("Inspector", "{0} head: {1}, so argmax gives {2}")
            said = said.format(head_name(h.name), why(h), h.argmax)
        parts.append(said)
    text = translate("Inspector", "{0}.").format("; ".join(parts))
    if reading.decisive:
        more = translate(
            "Inspector", "Every head has a unique maximum: the generator really said {0}."
        )
        return f"{text} {more.format(reading.number)}"
    more = translate(
        "Inspector",
        "Not decisive: argmax alone reads {0}, but that number was not chosen by the generator.",
    )
    text = f"{text} {more.format(reading.number)}"
    zero = [
        h.name for h in reading.heads if not h.decisive and h.values.size and not h.values.any()
    ]
    if codec.kind == "qr" and "remainder" in zero:
        accident = translate(
            "Inspector",
            "An all-zero remainder head gives remainder 0, so the number looks like a "
            "multiple of {0} by accident: the book counts it as valid.",
        )
        text += " " + accident.format(codec.M)
    return text


def explain_number(codec: Codec, n: int) -> str:
    """How ``n`` is written by the codec, in one sentence."""
    if codec.kind == "qr":
        q, r = divmod(n, codec.M)
        said = translate(
            "Inspector",
            "{0} = {1} x {2} + {3}: quotient one-hot has a 1 at index {1} of {4}, remainder "
            "one-hot a 1 at index {3} of {2} ({5} values in all).",
        )
        return said.format(n, q, codec.M, r, codec.heads[0], codec.width)
    said = translate("Inspector", "{0}: a single one-hot of {1} values with its 1 at index {0}.")
    return said.format(n, codec.R)
