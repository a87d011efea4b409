"""Live plots fed by training reports: losses, quality, the generator's distribution, D's view,
and the samples log.

pyqtgraph house style: every curve is created once and updated with ``setData`` on numpy
arrays; long curves use downsampling and clip-to-view; refreshes are coalesced by a timer
(at most 30 per second) however fast reports arrive. Only the main thread calls in here.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
)
# Plots are redrawn at most 4 times a second: pyqtgraph paints in Python, holding the GIL the
# training thread also needs (measured: ~15 ms per redraw of the four plots; at 4 Hz that is
# under 10% of the worker's time). Grid lines are off for the same reason: they tripled it.
REFRESH_MS = 250


def pen(color: str, width: float = 2.0, dashed: bool = False) -> pg.QtGui.QPen:
    pen = pg.mkPen(color=color, width=width)
    if dashed:
        pen.setStyle(Qt.DashLine)
    pen.setCosmetic(True)
    return pen


def theme_plot(w: pg.PlotWidget, palette: QPalette) -> None:
    """Colour a plot's background, axes, title and legend from a light or dark palette."""
    bg = palette.color(QPalette.Base)
    fg = palette.color(QPalette.Text)
    w.setBackground(bg)
    item = w.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))
    item.titleLabel.setText(item.titleLabel.text, color=QColor(fg).name())
    if item.legend is not None:
        item.legend.setLabelTextColor(fg)
        item.legend.setBrush(pg.mkBrush(QColor(bg.red(), bg.green(), bg.blue(), 200)))


class PlotsPanel(QWidget):
    """Four plots and the samples log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=False)  # aliased paths paint ~2x faster; curves stay legible
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Vertical)
        layout.addWidget(self.splitter)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)

        self.loss_plot = self._plot("Losses", "epoch", "BCE loss")
        self.quality_plot = self._plot("Quality", "epoch", "share")
        self.dist_plot = self._plot("Generator's distribution", "integer", "share of samples")
        self.dview_plot = self._plot("D's view", "integer", 'D\'s "real" probability')
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.quality_plot, 0, 1)
        grid.addWidget(self.dist_plot, 1, 0)
        grid.addWidget(self.dview_plot, 1, 1)
        self.splitter.addWidget(grid_host)

        log_host = QWidget()
        log_layout = QVBoxLayout(log_host)
        log_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(
            "<b>Samples log</b> - each report's latest 10 numbers, as the chapter prints them. "
            f"<span style='color:{VERMILLION}'><b>bold vermillion</b></span> = not in the pattern; "
            f"<span style='color:{PURPLE}'><u>underlined purple?</u></span> = undecided (a tie "
            "or all-zero head; argmax alone would have called it the number shown)."
        )
        title.setWordWrap(True)
        log_layout.addWidget(title)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(5000)
        self.log.setFont(QFont("monospace"))
        self.log.setAccessibleName("Samples log")
        log_layout.addWidget(self.log)
        self.splitter.addWidget(log_host)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)

        for p in (self.loss_plot, self.quality_plot):
            p.getPlotItem().setClipToView(True)
            p.getPlotItem().setDownsampling(auto=True, mode="peak")
        self.d_curve = self.loss_plot.plot(name="D loss (real + fake)", pen=pen(BLUE))
        self.g_curve = self.loss_plot.plot(name="G loss", pen=pen(ORANGE))
        # headroom above 1 keeps the two-column legend off the curves
        self.quality_plot.setYRange(0, 1.45, padding=0)
        self.quality_plot.getPlotItem().legend.setColumnCount(2)
        self.loss_plot.getPlotItem().legend.setColumnCount(2)
        self.strict_curve = self.quality_plot.plot(name="strict validity", pen=pen(BLUE))
        self.book_curve = self.quality_plot.plot(
            name="book validity (argmax)", pen=pen(SKY, 1.5, dashed=True)
        )
        self.tv_curve = self.quality_plot.plot(name="TV distance", pen=pen(VERMILLION))
        self.modes_curve = self.quality_plot.plot(name="modes covered", pen=pen(GREEN))

        self.hist_curve = pg.PlotDataItem(
            stepMode="center",
            fillLevel=0,
            pen=pen(BLUE, 1),
            brush=pg.mkBrush(BLUE + "99"),
            name="generated",
        )
        self.undecided_bar = pg.BarGraphItem(
            x=[0], height=[0], width=1.0, brush=pg.mkBrush(PURPLE), pen=pen(PURPLE, 1)
        )
        self.target_curve = pg.PlotDataItem(
            stepMode="center",
            pen=pen(ORANGE, 2, dashed=True),
            name="target",
        )
        self.dist_plot.addItem(self.hist_curve)
        self.dist_plot.addItem(self.undecided_bar)
        self.dist_plot.addItem(self.target_curve)
        self.dist_plot.getPlotItem().legend.addItem(self.undecided_bar, "undecided (x = R)")
        self.support_marks = pg.ScatterPlotItem(
            symbol="t1", size=7, pen=None, brush=pg.mkBrush(GREEN)
        )
        self.dist_plot.addItem(self.support_marks)
        self.dist_plot.getPlotItem().legend.addItem(self.support_marks, "support")

        self.dview_curve = self.dview_plot.plot(name="D(x) for every integer", pen=pen(BLUE, 1.5))
        self.dview_support = pg.ScatterPlotItem(
            symbol="o", size=6, pen=None, brush=pg.mkBrush(GREEN)
        )
        self.dview_plot.addItem(self.dview_support)
        self.dview_plot.getPlotItem().legend.addItem(self.dview_support, "support values")
        self.dview_plot.addItem(pg.InfiniteLine(pos=0.5, angle=0, pen=pen("#888888", 1, True)))
        self.dview_plot.setYRange(0, 1.25, padding=0)
        self.dview_plot.getPlotItem().legend.setColumnCount(2)
        self.dist_plot.getPlotItem().legend.setColumnCount(2)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refreshed = self._timer.timeout  # listeners that want the same cadence
        self._timer.start()
        self.refresh_count = 0
        self.reset(100, np.arange(0, 50, 5))

    def _plot(self, title: str, x: str, y: str) -> pg.PlotWidget:
        w = pg.PlotWidget()
        w.setTitle(title)
        w.setLabel("bottom", x)
        w.setLabel("left", y)
        w.addLegend(offset=(-8, 8), labelTextSize="9pt")
        w.setMinimumSize(240, 170)
        w.getAxis("left").enableAutoSIPrefix(False)  # shares read as 0.1, not "100 (x0.001)"
        w.setAccessibleName(title)
        return w

    # -- data ---------------------------------------------------------------------------
    def reset(self, R: int, support: np.ndarray, epochs: int = 1000) -> None:
        """Forget every report; set up the axes for ``epochs`` of a task over [0, R).

        Axis ranges stay fixed while training (y ranges only grow) because pyqtgraph
        re-renders an axis whenever its range changes, and that dominates a redraw.
        """
        self.R = R
        for plot in (self.loss_plot, self.quality_plot):
            plot.setXRange(0, max(epochs, 1), padding=0.02)
        self._loss_top = 0.0
        self._dist_top = 0.0
        self.support = np.asarray(support)
        self.reports: list = []
        self._epochs: list[int] = []
        self._cols: dict[str, list[float]] = {
            k: [] for k in ("d", "g", "strict", "book", "tv", "modes")
        }
        self._latest = None
        self._dirty = True
        self._pending_log: list[str] = []
        self.log.clear()
        target = np.zeros(R + 1)
        target[self.support] = 1.0 / self.support.size
        edges = np.arange(R + 2) - 0.5
        self.target_curve.setData(edges, target)
        self.hist_curve.setData(edges, np.zeros(R + 1))
        self.undecided_bar.setOpts(x=[R], height=[0])
        self.support_marks.setData(self.support, np.zeros(self.support.size))
        self.dview_support.setData([], [])
        self.dview_curve.setData([], [])
        self.dist_plot.setXRange(-1.5, R + 1.5, padding=0.01)
        self._dist_top = 1.45 / self.support.size
        self.dist_plot.setYRange(0, self._dist_top, padding=0)
        self.dview_plot.setXRange(-1, R, padding=0.01)
        self.refresh()

    def add_report(self, report) -> None:
        """Store a report; the timer draws it. Cheap: safe to call at any rate."""
        m = report.metrics
        self.reports.append(report)
        self._epochs.append(report.epoch)
        for key, value in (
            ("d", report.d_loss),
            ("g", report.g_loss),
            ("strict", m.strict_validity),
            ("book", m.book_validity),
            ("tv", m.tv),
            ("modes", m.modes_fraction),
        ):
            self._cols[key].append(value)
        self._latest = report
        self._dirty = True
        self._pending_log.append(self._log_line(report))

    def _log_line(self, report) -> str:
        parts = []
        support = set(self.support.tolist())
        for n, ok in zip(report.samples.tolist(), report.samples_decisive.tolist()):
            if not ok:
                parts.append(f"<span style='color:{PURPLE}'><u>{n}?</u></span>")
            elif n not in support:
                parts.append(f"<span style='color:{VERMILLION}'><b>{n}</b></span>")
            else:
                parts.append(str(n))
        m = report.metrics
        return (
            f"<span style='color:#888'>epoch {report.epoch:>7}</span> [{', '.join(parts)}]"
            f" <span style='color:#888'>strict {m.strict_validity:.1%}, TV {m.tv:.3f}</span>"
            + (" <i>(stopped)</i>" if report.stopped else "")
        )

    def refresh(self) -> None:
        """Redraw from the stored reports, if anything changed since the last redraw."""
        if not self._dirty:
            return
        self._dirty = False
        self.refresh_count += 1
        for line in self._pending_log:  # log lines wait for the redraw too
            self.log.appendHtml(line)
        self._pending_log.clear()
        x = np.asarray(self._epochs, dtype=float)
        cols = {k: np.asarray(v, dtype=float) for k, v in self._cols.items()}
        self.d_curve.setData(x, cols["d"])
        self.g_curve.setData(x, cols["g"])
        losses = np.concatenate([cols["d"], cols["g"]])
        losses = losses[np.isfinite(losses)]
        if losses.size and losses.max() > self._loss_top:
            self._loss_top = float(losses.max()) * 1.35  # grow-only; headroom for the legend
            self.loss_plot.setYRange(0, self._loss_top, padding=0)
        if x.size and x[-1] > self.loss_plot.viewRange()[0][1]:  # stepped past the plan
            for plot in (self.loss_plot, self.quality_plot):
                plot.setXRange(0, x[-1] * 1.25, padding=0.02)
        self.strict_curve.setData(x, cols["strict"])
        self.book_curve.setData(x, cols["book"])
        self.tv_curve.setData(x, cols["tv"])
        self.modes_curve.setData(x, cols["modes"])
        r = self._latest
        if r is not None:
            hist = r.metrics.histogram
            edges = np.arange(self.R + 2) - 0.5
            decided = hist.copy()
            decided[-1] = 0.0
            self.hist_curve.setData(edges, decided)
            self.undecided_bar.setOpts(x=[self.R], height=[hist[-1]])
            top = max(float(hist.max()), 1.0 / self.support.size)
            if top * 1.45 > self._dist_top:  # grow-only, with room for the legend
                self._dist_top = top * 1.45
                self.dist_plot.setYRange(0, self._dist_top, padding=0)
            self.dview_curve.setData(np.arange(self.R), r.d_view)
            self.dview_support.setData(self.support, r.d_view[self.support])

    # -- looks --------------------------------------------------------------------------
    def apply_theme(self, palette: QPalette) -> None:
        """Follow the window's light or dark palette."""
        for w in (self.loss_plot, self.quality_plot, self.dist_plot, self.dview_plot):
            theme_plot(w, palette)

    def export_png(self, path: str) -> bool:
        """Save the plots and the log as one PNG."""
        return self.grab().save(path, "PNG")

    def metrics_rows(self) -> list[dict[str, float | int]]:
        """One row per report, for CSV export."""
        rows = []
        for r in self.reports:
            m = r.metrics
            rows.append(
                {
                    "epoch": r.epoch,
                    "d_loss": r.d_loss,
                    "g_loss": r.g_loss,
                    **m.summary(),
                    "samples_shown": " ".join(
                        f"{n}{'' if ok else '?'}"
                        for n, ok in zip(r.samples.tolist(), r.samples_decisive.tolist())
                    ),
                    "epochs_per_second": r.epochs_per_second,
                    "elapsed": r.elapsed,
                }
            )
        return rows

    def log_text(self) -> str:
        return html.unescape(self.log.toPlainText())
