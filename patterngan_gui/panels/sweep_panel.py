"""The Sweeps tab: the median and the band (lowest to highest seed) of strict validity and TV
over epochs, and a histogram of the final values, of the latest seed sweep."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from patterngan_gui.kit.i18n import PLURAL, translate
from patterngan_gui.kit.numbers import number, percent
from patterngan_gui.kit.plot_kit import BLUE, VERMILLION, Key, Styler, keyed, make_plot


class SweepPanel(QWidget):
    """Median and band over epochs, and the final values' histogram, of the latest sweep."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self._start: tuple | None = None  # (seeds, preset, pattern) of the sweep started
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.styler = Styler()
        self.strict_plot = self.styler.plot(make_plot("Strict validity", "epoch", "share"))
        self.tv_plot = self.styler.plot(make_plot("TV distance", "epoch", "TV"))
        self.hist_plot = self.styler.plot(
            make_plot("Final strict validity of each seed", "strict validity", "seeds")
        )
        for p in (self.strict_plot, self.tv_plot):
            p.setYRange(0, 1.05, padding=0)
        self.curves = {}
        for name, plot, color in (
            ("strict_validity", self.strict_plot, BLUE),
            ("tv", self.tv_plot, VERMILLION),
        ):
            low, high = plot.plot(), plot.plot()
            band = pg.FillBetweenItem(low, high, brush=pg.mkBrush(color + "44"))
            plot.addItem(band)
            median = self.styler.curve(plot.plot(), color)
            self.curves[name] = (low, high, median)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.02, brush=pg.mkBrush(BLUE + "99"))
        self.hist_plot.addItem(self.bars)
        keys = [Key(), Key(), Key()]
        keys[0].set_entries([("median", BLUE, "line"), ("lowest to highest seed", BLUE, "bar")])
        keys[1].set_entries(
            [("median", VERMILLION, "line"), ("lowest to highest seed", VERMILLION, "bar")]
        )
        keys[2].set_entries([("seeds", BLUE, "bar")])
        grid.addWidget(keyed(self.strict_plot, keys[0]), 0, 0)
        grid.addWidget(keyed(self.tv_plot, keys[1]), 0, 1)
        grid.addWidget(keyed(self.hist_plot, keys[2]), 1, 0, 1, 2)
        self.reports: list = []
        self.retranslate()

    def start(self, n: int, config) -> None:
        self.reports = []
        for plot in (self.strict_plot, self.tv_plot):
            plot.setXRange(0, config.epochs, padding=0.02)
        self._start = (n, config.preset, config.pattern)
        self.show_reports()

    def add(self, report) -> None:
        self.reports.append(report)
        self.show_reports()

    def show_reports(self) -> None:
        x = np.array([r.epoch for r in self.reports], dtype=float)
        for name, (low, high, median) in self.curves.items():
            if not len(x):
                for curve in (low, high, median):
                    curve.setData([], [])
                continue
            values = np.array([r.column(name) for r in self.reports])  # (reports, seeds)
            low.setData(x, values.min(axis=1))
            high.setData(x, values.max(axis=1))
            median.setData(x, np.median(values, axis=1))
        if not self.reports:
            self.bars.setOpts(x=[], height=[])
            self.retranslate()
            return
        last = self.reports[-1]
        strict = last.column("strict_validity")
        counts, edges = np.histogram(strict, bins=20, range=(0.0, 1.0))
        self.bars.setOpts(x=(edges[:-1] + edges[1:]) / 2, height=counts, width=0.045)
        tv = last.column("tv")
        seeds = len(strict)
        if last.done:
            said = translate(
                "Sweeps",
                "<b>%n seed(s)</b> at epoch {0} (done): strict validity median {1} (range {2} - "
                "{3}); TV median {4} (range {5} - {6}). Seeds {7}-{8}; trained in {9} s.",
                None, PLURAL, seeds
            )  # fmt: skip
        else:
            said = translate(
                "Sweeps",
                "<b>%n seed(s)</b> at epoch {0}: strict validity median {1} (range {2} - "
                "{3}); TV median {4} (range {5} - {6}). Seeds {7}-{8}; trained in {9} s.",
                None, PLURAL, seeds
            )  # fmt: skip
        self.summary.setText(
            said.format(
                number(last.epoch),
                percent(np.median(strict)),
                percent(strict.min()),
                percent(strict.max()),
                number(np.median(tv), 3),
                number(tv.min(), 3),
                number(tv.max(), 3),
                last.seeds[0],
                last.seeds[-1],
                number(last.elapsed, 1),
            )
        )

    def retranslate(self) -> None:
        """Its summary in the current language (View > Language)."""
        if self.reports:
            self.show_reports()
        elif self._start:
            n, preset, pattern = self._start
            said = translate(
                "Sweeps", "Training %n seed(s) of preset {0} on {1} together...", None, PLURAL, n
            )
            self.summary.setText(said.format(preset, pattern))
        else:
            self.summary.setText(
                translate("Sweeps", "No sweep yet: Run > Sweep seeds... trains many seeds at once.")
            )

    def set_text_scale(self, scale: float) -> None:
        self.styler.apply(scale)
