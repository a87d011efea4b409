"""The Quality plot's curves, laid out so that none hides another.

On the book preset strict validity sits near 0.6 while book validity and modes covered both
sit at the top: drawn on one axis, book validity's line lay under modes covered's and the
chapter's trap (book ~100% against strict ~60%) could not be read off the plot. So the shares
(strict validity, book validity, TV) keep the left axis, 0 to 1, and modes covered gets its
own right-hand axis in support values, scaled so that full coverage sits at 80% of the height;
styles differ too (solid, dashed, dotted), not only colours.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP

from patterngan_gui.kit.plot_kit import BLUE, GREEN, SKY, VERMILLION, Styler, TidyAxis

FULL_COVERAGE_AT = 0.8  # of the right axis' height


class QualityCurves:
    """Strict and book validity and TV on the share axis; modes covered on its own axis."""

    def __init__(self, plot: pg.PlotWidget, styler: Styler) -> None:
        self.item = item = plot.getPlotItem()
        plot.setYRange(0, 1.05, padding=0)
        self.strict = styler.curve(plot.plot(), BLUE)
        self.book = styler.curve(plot.plot(), SKY, 2, dashed=True)
        self.tv = styler.curve(plot.plot(), VERMILLION)
        # pyqtgraph's second axis: a ViewBox sharing x, drawn over the plot's own
        self.view = pg.ViewBox(enableMouse=False)
        item.setAxisItems({"right": TidyAxis("right")})  # its numbers never touch either
        item.showAxis("right")
        item.scene().addItem(self.view)
        axis = item.getAxis("right")
        axis.linkToView(self.view)
        axis.enableAutoSIPrefix(False)
        # read by Styler, in the window's language (short: the key says the rest)
        plot._right_label = QT_TRANSLATE_NOOP("plots", "modes")  # noqa: SLF001
        self.view.setXLink(item)
        self.modes = styler.curve(pg.PlotDataItem(), GREEN, 2.5, dashed="dot")
        self.view.addItem(self.modes)
        item.vb.sigResized.connect(self._follow)
        self._follow()
        self._support = 0

    def _follow(self) -> None:
        self.view.setGeometry(self.item.vb.sceneBoundingRect())
        self.view.linkedViewChanged(self.item.vb, self.view.XAxis)

    def set_data(self, x: np.ndarray, cols: dict[str, np.ndarray], support: int) -> None:
        """The curves of a run; ``cols["modes"]`` is a share of ``support`` values."""
        self.strict.setData(x, cols["strict"])
        self.book.setData(x, cols["book"])
        self.tv.setData(x, cols["tv"])
        if support != self._support and support > 0:
            self._support = support
            self.view.setYRange(0, support / FULL_COVERAGE_AT, padding=0)
        self.modes.setData(x, cols["modes"] * max(support, 1))
