"""The Model tab: G and D drawn as layer diagrams, and G's raw outputs over time.

Each Linear layer is a bundle of lines between two columns of nodes: blue for a positive
weight, vermillion for a negative one, stronger and thicker the larger it is (block means of
the real matrix when a layer is wider than the diagram; the true sizes are written under each
column). Activations and heads are named between the columns. The heatmap below shows G's raw
outputs (the mean over the report's samples) for every report up to the one shown, one column
per report, with the heads split by a line: students see the one-hot heads form.
Follows the timeline like the plots. Drawn only while the tab is shown.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.engine.network_view import MAX_SHOWN
from patterngan_gui.kit.i18n import kept, translate
from patterngan_gui.kit.plot_kit import BLUE, VERMILLION, Key, Styler, keyed, make_plot

HEAD_NAMES = {
    "relu head": QT_TRANSLATE_NOOP("Model", "ReLU head"),
    "softmax heads": QT_TRANSLATE_NOOP("Model", "softmax heads"),
    "gumbel heads": QT_TRANSLATE_NOOP("Model", "Gumbel one-hots"),
    "sigmoid": QT_TRANSLATE_NOOP("Model", "Sigmoid: P(real)"),
}
# a diagram's notes, in English: painted in the window's language
NO_REPORT = QT_TRANSLATE_NOOP("Model", "No report yet: train, or step with F10.")
FILE_HOLDS_G = QT_TRANSLATE_NOOP("Model", "A generator file holds G only: there is no D to draw.")
NO_WEIGHTS = QT_TRANSLATE_NOOP(
    "Model", "This report did not keep its weights (opened from an older session file)."
)
LABEL_LINES = 4  # lines of text under a column: its size, its activation or head (wrapped)


class NetworkDiagram(QWidget):
    """One network's layers, painted."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.layers: tuple = ()
        self.note = NO_REPORT  # in English: painted in the window's language
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def retranslate(self) -> None:
        self.update()  # its words are painted in the current language

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 260)

    def set_layers(self, layers: tuple, note: str = "") -> None:
        self.layers, self.note = tuple(layers), note
        self.update()

    def columns(self) -> list[tuple[int, str]]:
        """(nodes, what is written under them) for each column of nodes, left to right."""
        cols: list[tuple[int, str]] = []
        packed = 0
        for layer in self.layers:
            if layer.kind == "pack":
                packed = layer.pack
            elif layer.kind == "linear":
                if not cols:
                    said = (
                        translate("Model", "{0} in ({1} packed)").format(layer.inputs, packed)
                        if packed
                        else translate("Model", "{0} in").format(layer.inputs)
                    )
                    cols.append((layer.inputs, said))
                cols.append((layer.outputs, f"{layer.outputs}"))
            elif cols:
                size, text = cols[-1]
                name = translate("Model", HEAD_NAMES.get(layer.kind, layer.kind))
                cols[-1] = (size, f"{text}\n{name}")
        return cols

    def title_font(self):
        bold = self.font()
        bold.setBold(True)
        return bold

    def title_rect(self) -> QRectF:
        """Where the title goes: wrapped at the diagram's width (on one line, German's "D:
        kodierte Zahl → echt oder erzeugt" at 200 % was cut at both ends)."""
        from PySide6.QtGui import QFontMetricsF

        flags = Qt.AlignHCenter | Qt.TextWordWrap
        title = translate("Model", self.title)
        room = QRectF(0, 0, self.width(), 100 * self.fontMetrics().height())
        used = QFontMetricsF(self.title_font()).boundingRect(room, flags, title)
        return QRectF(0, 0, self.width(), used.height() + 0.3 * self.fontMetrics().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.WindowText)
        line = self.fontMetrics().height()
        painter.setPen(text)
        painter.setFont(self.title_font())
        head = self.title_rect()
        painter.drawText(head, Qt.AlignHCenter | Qt.TextWordWrap, translate("Model", self.title))
        painter.setFont(self.font())
        cols = self.columns()
        if not cols:
            note = translate("Model", self.note)
            painter.drawText(QRectF(self.rect()), Qt.AlignCenter | Qt.TextWordWrap, note)
            return
        top, bottom = head.height() + line * 0.3, self.height() - line * (LABEL_LINES + 0.6)
        margin = self.width() / (2 * len(cols))
        xs = [margin + i * (self.width() - 2 * margin) / max(len(cols) - 1, 1)
              for i in range(len(cols))]  # fmt: skip
        if len(cols) == 1:
            xs = [self.width() / 2]
        shown = [min(size, MAX_SHOWN) for size, _ in cols]

        def ys(n: int) -> list[float]:
            step = (bottom - top) / max(n, 1)
            return [top + step * (k + 0.5) for k in range(n)]

        linears = [layer for layer in self.layers if layer.kind == "linear"]
        for i, layer in enumerate(linears):
            w = layer.weights
            if w is None or i + 1 >= len(cols):
                continue
            scale = float(np.abs(w).max()) or 1.0
            left, right = ys(w.shape[1]), ys(w.shape[0])
            for r in range(w.shape[0]):
                for c in range(w.shape[1]):
                    share = abs(float(w[r, c])) / scale
                    if share < 0.05:
                        continue
                    color = QColor(BLUE if w[r, c] > 0 else VERMILLION)
                    color.setAlphaF(0.15 + 0.85 * share)
                    painter.setPen(QPen(color, 0.4 + 2.6 * share))
                    painter.drawLine(QPointF(xs[i], left[c]), QPointF(xs[i + 1], right[r]))
        radius = max(2.0, min(6.0, (bottom - top) / 60))
        painter.setPen(QPen(text, 1))
        painter.setBrush(palette.color(QPalette.Base))
        for x, n, (size, label) in zip(xs, shown, cols):
            for y in ys(n):
                painter.drawEllipse(QPointF(x, y), radius, radius)
            text = label if size <= n else label.replace(f"{size}", f"{size}*", 1)
            painter.drawText(QRectF(x - margin, bottom + line * 0.4, 2 * margin, line * LABEL_LINES),
                             Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, text)  # fmt: skip


class ModelView(QWidget):
    """The Model tab: both diagrams and the raw-output heatmap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # everything in a scroll area: at 200 % text the tab's least height is more than a
        # 1280x800 window has, and the heatmap's axes were cut off at the bottom
        page = QWidget()
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        # it takes Tab (arrows scroll it): named as the tab's tooltip says
        kept(
            scroll,
            "MainWindow",
            name=QT_TRANSLATE_NOOP("MainWindow", "The model view: G and D, layer by layer"),
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        intro = kept(
            QLabel(),
            "Model",
            QT_TRANSLATE_NOOP(
                "Model",
                "What a layer is: each line is a weight from one node to the next, <b>blue</b> "
                "positive, <b>vermillion</b> negative, stronger the larger. A size with * is "
                "drawn as groups of nodes (their mean weights). Follows the timeline.",
            ),
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.g_diagram = NetworkDiagram(
            QT_TRANSLATE_NOOP("Model", "G: noise z \u2192 encoded number")
        )
        self.d_diagram = NetworkDiagram(
            QT_TRANSLATE_NOOP("Model", "D: encoded number \u2192 real or fake")
        )
        grid.addWidget(self.g_diagram, 0, 0)
        grid.addWidget(self.d_diagram, 0, 1)
        self.styler = Styler()
        self.heat_plot = self.styler.plot(
            make_plot("G's raw outputs over time", "report", "unit (by head)")
        )
        self.heat = pg.ImageItem(axisOrder="row-major")
        self.heat.setColorMap(pg.colormap.get("viridis"))
        self.heat_plot.addItem(self.heat)
        self.splits: list[pg.InfiniteLine] = []
        key = Key()
        key.set_entries([("mean raw output of the report's samples (dark low, bright high)",
                          BLUE, "bar")])  # fmt: skip
        diagrams = QWidget()
        diagrams.setLayout(grid)
        split = QSplitter(Qt.Vertical)  # the student may give either half more room
        split.addWidget(diagrams)
        split.addWidget(keyed(self.heat_plot, key))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.shown_epoch: int | None = None

    def follow(self, session, report) -> None:
        """Show what the session has current: an opened file's G, or a run at ``report``."""
        opened, history = session.opened, session.history
        if opened is not None:
            from core.engine.network_view import describe_network

            self.show_file(describe_network(opened.file.module))
            return
        config = history.config if history is not None else session.draft
        heads = list(config.resolve_codec().heads) if config is not None else []
        self.show_run(history, report, heads)

    def show_file(self, g_layers: tuple) -> None:
        """An opened generator file: its G (a file holds no D, and no reports over time)."""
        self.shown_epoch = None
        self.g_diagram.set_layers(g_layers)
        self.d_diagram.set_layers((), FILE_HOLDS_G)
        self.heat.clear()

    def show_run(self, history, report, heads: list[int]) -> None:
        """Draw ``report``'s networks and the outputs of ``history``'s reports up to it."""
        if report is None:
            self.shown_epoch = None
            for d in (self.g_diagram, self.d_diagram):
                d.set_layers((), NO_REPORT)
            self.heat.clear()
            return
        self.shown_epoch = report.epoch
        missing = NO_WEIGHTS
        self.g_diagram.set_layers(report.g_layers, missing)
        self.d_diagram.set_layers(report.d_layers, missing)
        snaps = [r for r in (history.snapshots if history else [report]) if r.epoch <= report.epoch]
        rows = [r.sample_outputs.mean(axis=0) for r in snaps if len(r.sample_outputs)]
        if not rows:
            self.heat.clear()
            return
        image = np.array(rows, dtype=np.float32).T  # (units, reports)
        self.heat.setImage(image, autoLevels=True)
        self.heat.setRect(QRectF(0, 0, image.shape[1], image.shape[0]))
        for line in self.splits:
            self.heat_plot.removeItem(line)
        self.splits = []
        edge = 0
        for size in heads[:-1]:
            edge += size
            line = pg.InfiniteLine(edge, angle=0, pen=pg.mkPen("w", width=1.5))
            self.heat_plot.addItem(line)
            self.splits.append(line)

    def set_text_scale(self, scale: float) -> None:
        self.styler.apply(scale)
