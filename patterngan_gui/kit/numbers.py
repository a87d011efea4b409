"""One rule for the numbers the window shows and reads: the locale of the window's language.

Every number is written with ``QLocale()`` (the system's locale, or the one View > Language
chose): "10.000" in a German session in the status bar and in the spin boxes alike, "10,000"
in an English one. Typing follows the same locale, with one kindness in the decimal boxes
(learning rates, betas, ...): their values never need a group separator, so a single "." or
"," is always the decimal point the student means. "0.002" (as the tooltips and the book
write it) and "0,002" are both 0.002 in every locale; Qt alone reads "0.002" as 2 in German
(the "." taken for a thousands separator). Text with both marks is refused, in words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QToolTip, QWidget

from patterngan_gui.kit.i18n import translate

MARKS = ".,\u066b"  # the decimal marks a student may type: point, comma, Arabic decimal


def number(value: float, decimals: int = 0) -> str:
    """``value`` as the window writes numbers (the locale's group and decimal marks)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.DefaultNumberOptions)  # groups, in the C locale too
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def percent(share: float) -> str:
    """A share as a percentage with one decimal, the locale's way ("62.6%", "62,6%")."""
    return f"{number(share * 100, 1)}%"


def decimal_text(text: str, locale: QLocale) -> str | None:
    """``text`` with its one decimal mark made the locale's; None when it has two different
    marks (ambiguous: "1.000,5"). Group separators are dropped only when they are spaces."""
    point = locale.decimalPoint()
    found = {c for c in text if c in MARKS or c == point}
    if len(found) > 1:
        return None
    if found:
        mark = found.pop()
        if text.count(mark) > 1:
            return None  # "0.0.2": never a number
        text = text.replace(mark, point)
    return text


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that takes the decimal point the student means (see the module)."""

    REFUSED = QT_TRANSLATE_NOOP("Numbers", "Write the number with one decimal mark, e.g. {0}")

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.setGroupSeparatorShown(False)  # the values are small: "." or "," is a decimal

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt API
        fixed = decimal_text(text, self.locale())
        if fixed is None:
            example = self.locale().toString(0.002, "f", 3)
            if self.isVisible():
                where = self.mapToGlobal(self.rect().bottomLeft())
                QToolTip.showText(where, translate("Numbers", self.REFUSED).format(example), self)
            return QValidator.Intermediate, text, pos
        return super().validate(fixed, pos)

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt API
        # Qt's fixup drops "group separators": "1.000,5" would become 1.0005 in English
        fixed = decimal_text(text, self.locale())
        return text if fixed is None else super().fixup(fixed)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt API
        fixed = decimal_text(text, self.locale())
        return self.value() if fixed is None else super().valueFromText(fixed)
