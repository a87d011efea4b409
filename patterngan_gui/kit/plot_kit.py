"""What every plot of the app is made with: colours, pens, a titled plot with its key above it
(never over the data), themes, and a text scale for projectors.

Keys are word-wrapped labels above each plot rather than pyqtgraph legends inside it: a legend
inside the view box covers curves (strict validity at 1.0 ran under it) and is cut at narrow
widths, a label above the plot does neither and grows with the app's font.

``Styler`` remembers each plot's fonts, each curve's pen width and each marker's size, so View
> Larger text scales text, lines and markers together.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
GREY = "#888888"
BASE_PT = 9.0  # plot text at scale 1
MARKS = {"line": "\u2501\u2501", "dash": "\u2505\u2505", "bar": "\u25a0", "dot": "\u25cf"}
MARKS["dotted"] = "\u2509\u2509"
MARKS["triangle"] = "\u25b2"
TALL_KEY = 4  # lines of a key (its title's included) from which the title runs on in the first


def pen(color: str, width: float = 2.0, dashed: bool | str = False) -> pg.QtGui.QPen:
    """A cosmetic pen; ``dashed`` True for dashes, "dot" for dots (curves that may lie on one
    another stay apart by their style, not only their colour)."""
    p = pg.mkPen(color=color, width=width)
    if dashed == "dot":
        p.setStyle(Qt.DotLine)
    elif dashed:
        p.setStyle(Qt.DashLine)
    p.setCosmetic(True)
    return p


NICE_STEPS = (1.0, 2.0, 5.0)  # tick spacings are these times a power of ten


class TidyAxis(pg.AxisItem):
    """An axis whose numbers never touch: pyqtgraph always draws at least two to three intervals
    of numbers, which on a low plot (900x600 in German) or with text at 200 % overlapped
    ("1.0 0.8 0.6 ..." in 40 px). The spacing widens until each number has its text's height
    (vertical axes) or width (horizontal ones) and a gap, then there are no minor numbers."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        levels = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if not levels or size <= 0 or span == 0 or self._tickSpacing is not None:
            return levels
        least = span * self._room(minVal, maxVal) / size  # the least spacing, in values
        if levels[0][0] >= least:
            return levels
        power = 10.0 ** math.floor(math.log10(least))
        step = next((k * power for k in NICE_STEPS if k * power >= least), 10 * power)
        return [(step, 0.0)]

    def resizeEvent(self, ev=None) -> None:  # noqa: N802 - pyqtgraph API
        """A side axis' title is centred on the axis (the data's height); on a low plot a long
        title ("proporción", "BCE-Verlust") ran past the plot's top. It moves, whole, into the
        plot's height: below the top or above the bottom edge, centred where it fits."""
        super().resizeEvent(ev)
        scene = self.scene()
        if self.label is None or self.orientation not in ("left", "right") or scene is None:
            return
        if not scene.views():
            return
        view = scene.views()[0]  # the plot widget: its viewport's pixels are what is shown
        margin = self.label.document().documentMargin()  # blank around the text
        length = self.label.boundingRect().width() - 2 * margin
        pos = self.label.pos()  # rotated: the title runs upwards from pos.y()
        bottom = view.mapFromScene(self.mapToScene(pg.QtCore.QPointF(0, pos.y()))).y()
        top = bottom - margin - length
        height = view.viewport().height()
        if not (height > 0 and math.isfinite(top)):  # not laid out yet
            return
        if length <= height:
            shift = max(-top, 0.0) or min(height - (top + length), 0.0)
        else:  # longer than the plot: centred, cut at both ends alike
            shift = (height - length) / 2 - top
        if shift:
            self.label.setPos(pos.x(), pos.y() + shift)

    def _room(self, lo: float, hi: float) -> float:
        """Pixels one number needs along the axis, its gap included."""
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(self.style["tickFont"] or QApplication.font())
        if self.orientation in ("left", "right"):
            return 1.5 * metrics.height()
        wide = max(
            metrics.horizontalAdvance(t) for t in self.tickStrings([lo, hi], 1.0, abs(hi - lo))
        )
        return wide + 2 * metrics.averageCharWidth()


class CompactAxis(TidyAxis):
    """Thousands as 2k, 4k, ...: epoch labels stay apart on a narrow plot with large text."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        if max(abs(v) for v in self.range) >= 5000:  # one format for every label of the axis
            return [f"{v / 1000:g}k" if v else "0" for v in values]
        return super().tickStrings(values, scale, spacing)


def make_plot(title: str, x: str, y: str) -> pg.PlotWidget:
    """A titled plot with axis labels and plain numbers on its y axis (no legend inside)."""
    from patterngan_gui.kit.i18n import translate

    bottom = CompactAxis("bottom") if x == "epoch" else TidyAxis("bottom")
    w = pg.PlotWidget(
        axisItems={"bottom": bottom, "left": TidyAxis("left")}
    )  # the title goes in its key, above it (see keyed)
    w._source_titles = (title, x, y)  # in English (kit/tr_tables collects them for lupdate)
    title, x, y = (translate("plots", t) if t else t for t in (title, x, y))
    w.setLabel("bottom", x)
    w.setLabel("left", y)
    w.setMinimumSize(160, least_plot_height())
    w.getAxis("left").enableAutoSIPrefix(False)  # shares read as 0.1, not "100 (x0.001)"
    w.setAccessibleName(title)
    w._titles = (title, x, y)  # for re-setting fonts
    return w


def filled_histogram(name: str) -> pg.PlotDataItem:
    """A blue stepped histogram (one bar per integer), filled to zero."""
    return pg.PlotDataItem(
        stepMode="center", fillLevel=0, pen=pen(BLUE, 1), brush=pg.mkBrush(BLUE + "99"), name=name
    )


class Key(QLabel):
    """A plot's title and key: coloured marks and names, wrapped between entries."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = title
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignHCenter)
        self.setTextFormat(Qt.RichText)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.entries: list[tuple[str, str, str]] = []
        self._names: list[str] = []
        self.source_title = ""  # the title in English, when it came from a plot
        self.frame_fits: Callable[[], None] | None = None  # keyed(): the frame follows it

    def retranslate(self) -> None:
        """Title and names in the current language (View > Language)."""
        if self.source_title:
            from patterngan_gui.kit.i18n import translate

            self.title = translate("plots", self.source_title)
        self.set_entries(self.entries)

    def set_entries(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """(name, colour, mark) each; mark is line, dash, bar, dot or triangle. The names are
        shown in the window's language (kit/tr_tables collects them for lupdate)."""
        from patterngan_gui.kit.i18n import translate

        self.entries = list(entries)
        self._names = [translate("plots", name) for name, _c, _m in self.entries]
        self._show()

    def _show(self) -> None:
        """Each entry kept on one line, unless one is wider than the key (a narrow pane at
        900x600: "expected from the target" was cut): then its words wrap."""
        nowrap = True
        self.setText(self._html(nowrap=True))
        if self.minimumSizeHint().width() > self.width() > 0:
            nowrap = False
            self.setText(self._html(nowrap=False))
        width, line = self.width(), self.fontMetrics().lineSpacing()
        if self.title and width > 0 and self.heightForWidth(width) >= TALL_KEY * line:
            # four lines or more (German and Spanish Quality at 900x600 squeezed its plot to a
            # sliver): the title runs on in the first line when that saves a line
            tall = self.heightForWidth(width)
            self.setText(self._html(nowrap, inline=True))
            if self.heightForWidth(width) >= tall:
                self.setText(self._html(nowrap))
        if self.frame_fits is not None:
            self.frame_fits()

    def _html(self, nowrap: bool, inline: bool = False) -> str:
        end = " &nbsp; " if inline else "<br>"
        head = f"<b>{html.escape(self.title)}</b>{end}" if self.title else ""
        style = "white-space:nowrap" if nowrap else "white-space:normal"
        return head + " &nbsp; ".join(
            f"<span style='{style}'><span style='color:{color}'>{MARKS[mark]}</span>&nbsp;"
            f"{_unbroken(name) if nowrap else html.escape(name)}</span>"
            for name, (_n, color, mark) in zip(self._names, self.entries)
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._show()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.FontChange and self.frame_fits is not None:
            self.frame_fits()  # larger text: more lines


def _unbroken(name: str) -> str:
    """A key's name that never breaks: non-breaking spaces and hyphens ("TV-Abstand")."""
    return html.escape(name).replace(" ", "&nbsp;").replace("-", "\u2011")


def text_line() -> int:
    """The app font's line height (widgets learn of a font change only later)."""
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(QApplication.font()).lineSpacing()


def least_plot_height() -> int:
    """The least height a plot is laid out at: its epoch/integer axis (numbers and title) and a
    view of about three numbers' height. A fixed 110 px was more than a German 900x600 window
    with the slow-motion banner had room for, so the grid squeezed the plots' frames and cut
    the bottom axis off; in text lines it also grows with View > Larger text."""
    return int(5.5 * text_line())


def keyed(plot: pg.PlotWidget, key: Key, whole: bool = True) -> QWidget:
    """The plot with its title and key above it, as one widget for a layout. ``whole``: the
    frame's least height follows its key's wrapped height, so no layout squeezes the plot
    under it (a German two-line title cut the Runs tab's "Epoche"); off where the caller
    sizes the frames itself."""
    if not key.title:
        key.title = getattr(plot, "_titles", ("",))[0]
        key.source_title = getattr(plot, "_source_titles", ("",))[0]
    key.set_entries(key.entries)
    host = QFrame()
    host.setObjectName("plotframe")  # slow motion outlines it (see step_story.HIGHLIGHT)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(3, 3, 3, 3)  # room for the outline
    layout.setSpacing(0)
    layout.addWidget(key)
    layout.addWidget(plot, 1)
    if whole:
        key.frame_fits = lambda: host.setMinimumHeight(least_frame_height(host, key, plot))
    return host


def least_frame_height(frame: QFrame, key: Key, plot: QWidget, width: int | None = None) -> int:
    """What a keyed frame needs: its key wrapped at ``width`` (its own width when None), the
    plot at its least height, the frame's margins and outline."""
    edges = frame.layout().contentsMargins()
    border = frame.contentsMargins()
    extra = edges.top() + edges.bottom() + border.top() + border.bottom()
    wide = key.width() if width is None else width
    return key.heightForWidth(wide) + plot.minimumHeight() + extra


class PlotScroll(QScrollArea):
    """Plots that keep a legible size: they fill the area, and scroll vertically once the area
    is lower than their minimum height (a small screen, large text). The widget is sized here:
    QScrollArea's own resizing asks word-wrapped keys for their height at some width and made
    the plots three times the window's height."""

    def __init__(self, widget: QWidget, min_height=None) -> None:
        super().__init__()
        self.min_height = min_height  # width -> the least height the plots need at it
        self.setWidget(widget)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        from patterngan_gui.kit.i18n import kept

        # it takes Tab (arrows scroll it): a screen reader must hear what it is
        kept(self, "Plots", name=QT_TRANSLATE_NOOP("Plots", "Plots"))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        w = self.widget()
        width = self.width()
        low = self.min_height(width) if self.min_height else w.minimumSizeHint().height()
        if self.height() < low:  # a vertical scrollbar will take its width
            width -= self.verticalScrollBar().sizeHint().width()
            low = self.min_height(width) if self.min_height else low
        w.resize(width, max(self.height(), low))


def theme_plot(w: pg.PlotWidget, palette: QPalette) -> None:
    """Colour a plot's background and axes from a light or dark palette (its title and key
    are a label: they follow the palette by themselves)."""
    bg = palette.color(QPalette.Base)
    fg = palette.color(QPalette.Text)
    w.setBackground(bg)
    item = w.getPlotItem()
    for name in ("left", "bottom", "right"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))


class Styler:
    """Plots, curves and markers of one panel, scaled together by ``apply(scale)``."""

    def __init__(self) -> None:
        self.plots: list[pg.PlotWidget] = []
        self.pens: list[tuple[object, str, float, bool]] = []
        self.markers: list[tuple[pg.ScatterPlotItem, float]] = []
        self.scale = 1.0

    def plot(self, w: pg.PlotWidget) -> pg.PlotWidget:
        self.plots.append(w)
        self._fonts(w)
        return w

    def curve(self, item, color: str, width: float = 2.0, dashed: bool | str = False):
        """Give ``item`` its pen now and at every scale."""
        self.pens.append((item, color, width, dashed))
        item.setPen(pen(color, width * self.scale, dashed))
        return item

    def marker(self, item: pg.ScatterPlotItem, size: float) -> pg.ScatterPlotItem:
        self.markers.append((item, size))
        item.setSize(size * self.scale)
        return item

    def apply(self, scale: float) -> None:
        self.scale = scale
        for w in self.plots:
            self._fonts(w)
        for item, color, width, dashed in self.pens:
            item.setPen(pen(color, width * scale, dashed))
        for item, size in self.markers:
            item.setSize(size * scale)

    def _fonts(self, w: pg.PlotWidget) -> None:
        pt = BASE_PT * self.scale
        font = QFont(QApplication.font())
        font.setPointSizeF(pt)
        _title, x, y = getattr(w, "_titles", ("", "", ""))
        item = w.getPlotItem()
        from PySide6.QtGui import QFontMetrics

        from patterngan_gui.kit.i18n import translate

        # the top number sits on the plot's top edge, half above it: at 100 % the range's
        # padding leaves it room, at 200 % it ran half under the key above the plot
        top = max(1, QFontMetrics(font).height() // 2 - 6)
        item.layout.setContentsMargins(1, top, 1, 1)
        right = getattr(w, "_right_label", "")
        right = translate("plots", right) if right else ""
        for name, text in (("bottom", x), ("left", y), ("right", right)):
            if name == "right" and not text:
                continue
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.setTickDensity(1.0 / self.scale**2)  # larger numbers: fewer, so none touch
            axis.setLabel(text, **{"font-size": f"{pt:.1f}pt"})
        # a side title longer than the plot was cut at both ends ("BCE-Verlust" at 200 %)
        metrics = QFontMetrics(font)
        side = max((metrics.horizontalAdvance(t) for t in (y, right) if t), default=0)
        w.setMinimumHeight(max(least_plot_height(), side + 2))
