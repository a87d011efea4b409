"""Live plots fed by training reports: losses, quality, the generator's distribution, D's view,
and the samples log.

pyqtgraph house style: every curve is created once and updated with ``setData`` on numpy
arrays; long curves use downsampling and clip-to-view; refreshes are coalesced by a timer
(at most 30 per second) however fast reports arrive. Only the main thread calls in here.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.engine.outcomes import target_distribution
from core.teaching.history import RunHistory, stopped_again
from patterngan_gui.kit.cadence import Cadence
from patterngan_gui.kit.i18n import kept, translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.plot_kit import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    Key,
    PlotScroll,
    Styler,
    filled_histogram,
    keyed,
    make_plot,
    pen,
    theme_plot,
)
from patterngan_gui.panels.quality_curves import QualityCurves
from patterngan_gui.panels.samples_log import SamplesLog, log_line
from patterngan_gui.panels.step_story import StepStory
from patterngan_gui.panels.timeline_view import TimelineView

# Plots are redrawn at most 4 times a second, less while the GUI thread is busy
# (kit/cadence.py): pyqtgraph paints in Python, holding the GIL the training thread also needs
# for as long as a redraw of the four plots takes. Grid lines are off for the same reason:
# they tripled it.
PLOT_KEYS = ("losses", "quality", "distribution", "d_view")
FRAME_EDGES = 12  # a plot frame's margins and slow motion's outline, both sides (plot_kit.keyed)
KEY_ENTRIES = {  # each plot's key: (name, colour, mark)
    "losses": [("D loss (real + fake)", BLUE, "line"), ("G loss", ORANGE, "line")],
    "quality": [
        ("strict validity", BLUE, "line"),
        ("book validity (argmax)", SKY, "dash"),
        ("TV distance", VERMILLION, "line"),
        ("modes covered (right axis)", GREEN, "dotted"),
    ],
    "distribution": [
        ("generated", BLUE, "bar"),
        ("target", ORANGE, "dash"),
        ("undecided (x = R)", PURPLE, "bar"),  # R: the codec's size (as info and hi's tooltip say)
        ("support", GREEN, "triangle"),
    ],
    "d_view": [("D(x) for every integer", BLUE, "line"), ("support values", GREEN, "dot")],
}


class Banner(QFrame):
    """A strip of text above the plots with an optional action button (alerts, slow motion)."""

    def __init__(self, color: str) -> None:
        super().__init__()
        self.setObjectName("banner")
        # its border painted here, not by a style sheet: a style sheet froze the banner's
        # font and colours at first polish (at 200 % text in high contrast: 9 pt black
        # words on black)
        self.color = color
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.RichText)
        row.addWidget(self.text, 1)
        self.button = kept(QPushButton(), "Plots", QT_TRANSLATE_NOOP("Plots", "Act"))  # (its text
        # is set with the banner's message)
        self.button.hide()
        row.addWidget(self.button)
        self.close_button = kept(QPushButton(), "Plots", QT_TRANSLATE_NOOP("Plots", "Dismiss"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button)
        self.hide()

    def say(self, text: str, button: str | None = None) -> None:
        """Show ``text`` (rich text, escaped by the caller), with the button if named; its
        accessible description carries the same words for a screen reader."""
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.button.setVisible(button is not None)
        if button is not None:
            self.button.setText(button)
        self.wanted = True
        self._said = (text, button)
        yielding = getattr(self, "_yields_to", None)
        self.setVisible(yielding is None or not yielding.isVisible())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtGui import QColor, QPainter, QPen

        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(self.color), 2))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def hide(self) -> None:  # the banner is withdrawn, not only folded away
        self.wanted = False
        super().hide()

    def yield_to(self, other: Banner) -> None:
        """While ``other`` shows, this banner waits folded and comes back after: two banners
        at once would push the plots off a small screen."""
        self._yields_to = other
        other.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is getattr(self, "_yields_to", None) and getattr(self, "wanted", False):
            if event.type() == QEvent.Type.Show:
                super().hide()
            elif event.type() == QEvent.Type.Hide:
                self.show()
        return False


class PlotsPanel(TimelineView, QWidget):
    """Four plots, a timeline over the run's reports, the samples log, and two banners."""

    integer_clicked = Signal(int)  # a click on the distribution or D's view at an integer
    timeline_chosen = Signal(int)  # a kept report's index, or -1 for live (to the session)
    alert_action = Signal()  # the collapse alert's button (switch preset) was clicked
    doctor_action = Signal()  # the run doctor's button (go to the onset) was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target_top = 0.1  # the target's tallest share (reset sets it)
        pg.setConfigOptions(antialias=False)  # aliased paths paint ~2x faster; curves stay legible
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.alert = Banner(VERMILLION)
        kept(self.alert, "Plots", name=QT_TRANSLATE_NOOP("Plots", "Mode-collapse alert"))
        self.alert.button.clicked.connect(self.alert_action)
        layout.addWidget(self.alert)
        self.doctor = Banner(VERMILLION)  # the run doctor (core.teaching.doctor)
        kept(self.doctor, "Plots", name=QT_TRANSLATE_NOOP("Plots", "Run doctor"))
        self.doctor.button.clicked.connect(self.doctor_action)
        layout.addWidget(self.doctor)
        self.story = Banner(ORANGE)
        self.doctor.yield_to(self.story)  # slow motion's sentence first, the doctor after
        kept(self.story, "Plots", name=QT_TRANSLATE_NOOP("Plots", "Slow-motion step"))
        self.story.close_button.hide()
        layout.addWidget(self.story)
        self.splitter = QSplitter(Qt.Vertical)
        layout.addWidget(self.splitter)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)

        self.styler = Styler()
        self.loss_plot = self.styler.plot(make_plot("Losses", "epoch", "BCE loss"))
        self.quality_plot = self.styler.plot(make_plot("Quality", "epoch", "share"))
        self.dist_plot = self.styler.plot(make_plot("Generator's distribution", "integer", "share"))
        self.dview_plot = self.styler.plot(make_plot("D's view", "integer", "P(real) by D"))
        self.keys = {k: Key() for k in PLOT_KEYS}
        self._grid_host = grid_host
        self._plots = dict(
            zip(PLOT_KEYS, (self.loss_plot, self.quality_plot, self.dist_plot, self.dview_plot))
        )
        self._frames = {k: keyed(p, self.keys[k], whole=False) for k, p in self._plots.items()}
        for (row, col), key in zip(((0, 0), (0, 1), (1, 0), (1, 1)), PLOT_KEYS):
            grid.addWidget(self._frames[key], row, col)

        timeline = QHBoxLayout()
        timeline.setContentsMargins(4, 0, 4, 0)
        self.timeline_label = kept(QLabel(), "Plots", QT_TRANSLATE_NOOP("Plots", "Time&line:"))
        self.timeline = kept(
            QSlider(Qt.Horizontal),
            "Plots",
            tip=QT_TRANSLATE_NOOP(
                "Plots",
                "Drag to see the generator's distribution, D's view and the samples as they "
                "were at an earlier report; the right end follows the training live",
            ),
            name=QT_TRANSLATE_NOOP("Plots", "Timeline"),
        )
        self.timeline_label.setBuddy(self.timeline)
        self.timeline_info = QLabel(translate("Plots", "live"))
        # wraps rather than being cut at a narrow width
        self.timeline_info.setWordWrap(True)
        self.timeline_info.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        timeline.addWidget(self.timeline_label)
        timeline.addWidget(self.timeline, 1)
        timeline.addWidget(self.timeline_info, 1)
        self.position: Callable[[], int | None] = lambda: None  # the session's timeline
        self.shown: Callable[[], object] = lambda: None  # the report shown: the session's
        self.timeline.valueChanged.connect(self._on_timeline)
        # on a small screen (or with large text) the plots keep a legible size and scroll
        self._grid_scroll = PlotScroll(grid_host, self._least_grid_height)
        # the timeline and its numbers (what a lab asks students to read) stay below the
        # plots, outside their scroll: a banner or large text never scrolls them away
        plots_and_timeline = QWidget()
        column = QVBoxLayout(plots_and_timeline)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self._grid_scroll, 1)
        column.addLayout(timeline)
        self.splitter.addWidget(plots_and_timeline)

        self.samples_log = SamplesLog()
        self.log = self.samples_log.view  # the text itself (tests and exports read it)
        self.splitter.addWidget(self.samples_log)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([10_000, 1])  # the log starts at its minimum (three lines)

        for p in (self.loss_plot, self.quality_plot):
            p.getPlotItem().setClipToView(True)
            p.getPlotItem().setDownsampling(auto=True, mode="peak")
        st = self.styler
        self.d_curve = st.curve(self.loss_plot.plot(), BLUE)
        self.g_curve = st.curve(self.loss_plot.plot(), ORANGE)
        self.quality = QualityCurves(self.quality_plot, st)

        self.hist_curve = filled_histogram("generated")
        self.undecided_bar = pg.BarGraphItem(
            x=[0], height=[0], width=1.0, brush=pg.mkBrush(PURPLE), pen=pen(PURPLE, 1)
        )
        self.target_curve = st.curve(pg.PlotDataItem(stepMode="center"), ORANGE, 2, dashed=True)
        self.dist_plot.addItem(self.hist_curve)
        self.dist_plot.addItem(self.undecided_bar)
        self.dist_plot.addItem(self.target_curve)
        self.support_marks = st.marker(
            pg.ScatterPlotItem(symbol="t1", pen=None, brush=pg.mkBrush(GREEN)), 7
        )
        self.dist_plot.addItem(self.support_marks)

        self.dview_curve = st.curve(self.dview_plot.plot(), BLUE, 1.5)
        self.dview_support = st.marker(
            pg.ScatterPlotItem(symbol="o", pen=None, brush=pg.mkBrush(GREEN)), 6
        )
        self.dview_plot.addItem(self.dview_support)
        self.dview_plot.addItem(pg.InfiniteLine(pos=0.5, angle=0, pen=pen(GREY, 1, True)))
        self.dview_plot.setYRange(0, 1.05, padding=0)
        for key, entries in KEY_ENTRIES.items():
            self.keys[key].set_entries(entries)

        # slow motion: outlines, what a plot showed before the step, and the banner
        self.steps = StepStory(self.story, self._frames, self.dist_plot, self.dview_plot, st)
        self.dview_ghost = self.steps.dview_ghost
        # the timeline's epoch on the curves
        self.epoch_lines = [
            st.curve(pg.InfiniteLine(angle=90), PURPLE, 1.5, dashed=True)
            for _ in (self.loss_plot, self.quality_plot)
        ]
        for plot, line in zip((self.loss_plot, self.quality_plot), self.epoch_lines):
            plot.addItem(line)
            line.hide()
        for plot in (self.dist_plot, self.dview_plot):
            plot.scene().sigMouseClicked.connect(
                lambda event, p=plot: self._on_plot_click(p, event)
            )

        self.cadence = Cadence(self.refresh, self)
        self.refreshed = self.cadence.timer.timeout  # listeners that want the same cadence
        self.cadence.start()
        self.refresh_count = 0
        self.reset(100, np.arange(0, 50, 5))

    # -- data ---------------------------------------------------------------------------
    def reset(
        self,
        R: int,
        support: np.ndarray,
        epochs: int = 1000,
        history: RunHistory | None = None,
        weights: np.ndarray | None = None,
    ) -> None:
        """Show ``history`` (a new run: empty), with axes for ``epochs`` of a task over [0, R).

        Axis ranges stay fixed while training (y ranges only grow) because pyqtgraph
        re-renders an axis whenever its range changes, and that dominates a redraw.
        """
        self.R = R
        self._epochs = max(epochs, 1)
        self._fit_steps = False
        for plot in (self.loss_plot, self.quality_plot):
            plot.setXRange(0, self._epochs, padding=0.02)
        self._loss_top = 0.0
        self._dist_top = 0.0
        self.support = np.asarray(support)
        self.history = history
        self._latest = history.last if history else None
        self._previous = None  # the report before the latest (slow motion's "before")
        self.clear_story()
        self.alert.hide()
        self.doctor.hide()
        self._dirty = True
        # a run brought back (Show in Training tab, a reopened session) shows its log too,
        # from the snapshots it kept
        self.samples_log.restart([self._log_line(r) for r in history.snapshots] if history else [])
        target = target_distribution(self.support, R, weights)
        self._target_top = float(target.max())
        edges = np.arange(R + 2) - 0.5
        self.target_curve.setData(edges, target)
        self.hist_curve.setData(edges, np.zeros(R + 1))
        self.undecided_bar.setOpts(x=[R], height=[0])
        self.support_marks.setData(self.support, np.zeros(self.support.size))
        self.dview_support.setData([], [])
        self.dview_curve.setData([], [])
        self.dist_plot.setXRange(-1.5, R + 1.5, padding=0.01)
        self._dist_top = 1.15 * self._target_top
        self.dist_plot.setYRange(0, self._dist_top, padding=0)
        self.dview_plot.setXRange(-1, R, padding=0.01)
        self.refresh()  # dirty: redraws the curves and the timeline

    def add_report(self, report, step: str = "") -> None:
        """Note a report (already added to the history); the timer draws it. Cheap.

        ``step`` names the slow-motion step it followed, for the samples log."""
        again = stopped_again(self._latest, report)
        self._previous, self._latest = self._latest, report
        self._dirty = True
        if again:  # a stop just after a report: the same numbers again, said once
            said = translate("Plots", "(stopped at epoch {0})").format(number(report.epoch))
            self.samples_log.add(f"<i>{said}</i>")
        else:
            self.samples_log.add(self._log_line(report, step))

    def note(self, text: str) -> None:
        """A line of its own in the samples log (a change of settings), in italics."""
        self.samples_log.add(f"<i>{html.escape(text)}</i>")
        self._dirty = True

    def _log_line(self, report, step: str = "") -> str:
        return log_line(report, set(self.support.tolist()), step)

    def refresh(self) -> None:
        """Redraw from the stored reports, if anything changed since the last redraw."""
        if not self._dirty:
            return
        self._dirty = False
        self.refresh_count += 1
        self.samples_log.flush()  # log lines wait for the redraw too
        h = self.history
        x = np.asarray(h.epochs if h else [], dtype=float)
        cols = {
            k: np.asarray(h.curves[k] if h else [], dtype=float)
            for k in ("d_loss", "g_loss", "strict", "book", "tv", "modes")
        }
        self.d_curve.setData(x, cols["d_loss"])
        self.g_curve.setData(x, cols["g_loss"])
        losses = np.concatenate([cols["d_loss"], cols["g_loss"]])
        losses = losses[np.isfinite(losses)]
        if losses.size and losses.max() > self._loss_top:
            self._loss_top = float(losses.max()) * 1.1  # grow-only
            self.loss_plot.setYRange(0, self._loss_top, padding=0)
        if x.size and (self._fit_steps or x[-1] > self.loss_plot.viewRange()[0][1]):
            # stepping by hand (a few epochs of a long plan), or past the plan: fit the data
            top = max(x[-1] * 1.15, x[-1] + 2)
            if abs(self.loss_plot.viewRange()[0][1] - top) > 0.05 * top:
                for plot in (self.loss_plot, self.quality_plot):
                    plot.setXRange(0, top, padding=0.02)
        self.quality.set_data(x, cols, h.last.metrics.support_size if h and h.last else 0)
        self._update_timeline()
        r = self.shown_report()
        if r is not None:
            hist = r.metrics.histogram
            edges = np.arange(self.R + 2) - 0.5
            decided = hist.copy()
            decided[-1] = 0.0
            self.hist_curve.setData(edges, decided)
            self.undecided_bar.setOpts(x=[self.R], height=[hist[-1]])
            top = max(float(hist.max()), self._target_top)
            if top * 1.15 > self._dist_top:  # grow-only
                self._dist_top = top * 1.15
                self.dist_plot.setYRange(0, self._dist_top, padding=0)
            self.dview_curve.setData(np.arange(self.R), r.d_view)
            self.dview_support.setData(self.support, r.d_view[self.support])

    # -- banners ------------------------------------------------------------------------
    def show_alert(self, text: str, button: str | None = None) -> None:
        """Show the collapse banner (plain text; bold headline up to the first ': ' or '.')."""
        self.alert.text.setText(text)
        self.alert.button.setVisible(button is not None)
        if button is not None:
            self.alert.button.setText(button)
        self.alert.show()

    def hide_alert(self) -> None:
        self.alert.hide()

    def alert_shown(self) -> bool:
        return self.alert.isVisible()

    def splitter_state(self):
        return self.splitter.saveState()

    def restore_splitter(self, state) -> None:
        self.splitter.restoreState(state)

    # -- looks --------------------------------------------------------------------------
    def fit_to_steps(self, on: bool) -> None:
        """Stepping by hand: the epoch axes fit the data (slow motion from epoch 0 would show
        two points on a 0..10,000 axis); training: the axes span the planned epochs."""
        if on == self._fit_steps:
            return
        self._fit_steps = on
        if not on:
            for plot in (self.loss_plot, self.quality_plot):
                plot.setXRange(0, self._epochs, padding=0.02)
        self._dirty = True

    def export_png(self, path: str, scale: float = 2.0) -> bool:
        """Save the four plots (not the timeline or the log) at ``scale`` times the screen's
        resolution."""
        from PySide6.QtGui import QPainter, QPixmap

        host = self._grid_host
        image = QPixmap(host.size() * scale)
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(self.backgroundRole()))
        painter = QPainter(image)
        for key in PLOT_KEYS:
            frame = self._frames[key]
            frame.render(painter, frame.mapTo(host, frame.rect().topLeft()))
        painter.end()
        return image.save(path, "PNG")

    def _least_grid_height(self, width: int) -> int:
        """Two rows, each as high as its taller frame needs at this width (the key wrapped at
        the key's own width, a plot at its least height, the frame's margins and slow motion's
        outline); each frame is told its row's need, so the grid never squeezes it (a
        German key of four lines did, and the plot's bottom axis was cut off). All four plots
        fit at 900x600, the slow-motion banner shown too; larger text scrolls rather than
        squeezes. (The timeline is outside.)"""
        spacing = self._grid_host.layout().spacing()
        column = max((width - spacing) // 2 - FRAME_EDGES, 50)
        total = 0
        for keys in (("losses", "quality"), ("distribution", "d_view")):
            need = max(
                self.keys[k].heightForWidth(column) + self._plots[k].minimumHeight() + FRAME_EDGES
                for k in keys
            )
            for k in keys:  # the grid honours its widgets' least heights (not its rows')
                self._frames[k].setMinimumHeight(need)
            total += need
        return total + spacing

    def set_text_scale(self, scale: float) -> None:
        """Text, lines and markers for a projector (View > Larger text)."""
        self.styler.apply(scale)
        self._grid_scroll.fit()
        self.samples_log.set_text_scale()

    def apply_theme(self, palette: QPalette) -> None:
        """Follow the window's light or dark palette."""
        for w in (self.loss_plot, self.quality_plot, self.dist_plot, self.dview_plot):
            theme_plot(w, palette)

    def log_text(self) -> str:
        return self.samples_log.text()

    # -- timeline -----------------------------------------------------------------------
    def shown_report(self):
        """The report the distribution and D's view show: the timeline's, or the latest."""
        return self.shown()

    # -- slow motion --------------------------------------------------------------------
    def highlighted(self) -> set[str]:
        """The plots outlined as changed by the last slow-motion step."""
        return self.steps.highlighted()

    def show_story(self, story) -> None:
        """Highlight the plots a step changed, with what they showed before, and say why."""
        self.refresh()
        self.steps.show(story, self._previous, self.R)

    def clear_story(self) -> None:
        self.steps.clear()

    # -- clicks -------------------------------------------------------------------------
    def _on_plot_click(self, plot: pg.PlotWidget, event) -> None:
        point = plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        n = int(round(point.x()))
        if 0 <= n < self.R:
            self.integer_clicked.emit(n)
