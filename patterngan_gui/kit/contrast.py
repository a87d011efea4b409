"""Text colours that stay readable: WCAG's contrast ratio, and the Okabe-Ito colours (kept
apart for colour-blind eyes) darkened on a light background or lightened on a dark one until
text in them reaches 4.5:1 (WCAG AA for normal text). Vermillion (#D55E00) is 3.9:1 on white,
the undecided purple 3.1:1 and the log's grey #888 3.5:1: as text they are shown in the
readable shade of the same hue."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

LEAST = 4.5


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=64)
def _readable(color: str, background: str, least: float) -> str:
    c, bg = QColor(color), QColor(background)
    darker = luminance(bg) > 0.18  # a light background: darken the text, else lighten it
    h, s, lightness, _a = c.getHslF()
    for _ in range(100):
        if ratio(c, bg) >= least:
            return c.name()
        lightness = max(0.0, lightness - 0.01) if darker else min(1.0, lightness + 0.01)
        c = QColor.fromHslF(max(h, 0.0), s, lightness)
    return c.name()


def readable(color: str, background: QColor | None = None, least: float | None = None) -> str:
    """``color``'s shade that reads at ``least`` : 1 on ``background`` (the application's
    text background by default; ``least``: 4.5, or 7 in the high-contrast theme)."""
    from PySide6.QtWidgets import QApplication

    if background is None:
        background = QApplication.palette().color(QPalette.Base)
    if least is None:
        app = QApplication.instance()
        least = float((app.property("patterngan_least_contrast") if app else None) or LEAST)
    return _readable(QColor(color).name(), background.name(), least)
