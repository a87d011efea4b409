"""Text contrast (issue 36): the samples log's coloured numbers and grey metrics, the step
story's grey line, read at least 4.5:1 on the light and the dark theme (the Okabe-Ito colours
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


def test_the_raw_colours_are_too_faint_as_text():
    white = QColor("white")
    assert ratio(QColor(VERMILLION), white) < 4.5 and ratio(QColor(PURPLE), white) < 4.5
    assert ratio(QColor("#888888"), white) < 4.5


@pytest.mark.parametrize("theme", ["light", "dark"], indirect=True)
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
    assert all(ratio(QColor(c), base) >= 4.5 for c in colours), colours
    assert readable(VERMILLION, base) != QColor(VERMILLION).name()  # a shade of it, adjusted
