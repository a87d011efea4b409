"""Draw your own target (GAN Lab's "draw your data"): a bar per integer of the range; click
and drag to set each bar's height, drag to the bottom (or right-click) to remove a value.
With the keyboard: Left/Right choose an integer, Up/Down raise or lower its bar a tenth, a digit
sets it (0 or Delete removes it); the bar chosen is outlined and read out as its description.

The drawing is the pattern ``weights:V=W,...`` (``core.engine.patterns``): the target's
probability of V is W over the sum of the weights, and its support is the values drawn above
zero. "Load data..." fills it with the frequencies of the integers in a text or CSV file.
Imports no torch (the set-up is built before torch loads).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.engine.patterns import parse_pattern, weights_spec
from patterngan_gui.kit.i18n import PLURAL, kept, translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.safe_text import plain_label, plain_tip
from patterngan_gui.kit.step_words import error_words

LEVELS = 10  # drawn bars snap to tenths of the height (loaded data keeps its exact shares)
BAR = "#E69F00"  # Okabe-Ito orange: the target's colour in the plots


class DrawCanvas(QWidget):
    """The bars of one range; ``changed`` fires while drawing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lo, self.hi = 0, 50
        self.heights: dict[int, float] = {}  # value -> share of the tallest bar, (0, 1]
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        tip = QT_TRANSLATE_NOOP(
            "Setup",
            "Your target: click and drag to set how often each integer should appear; drag "
            "to the bottom or right-click to remove it",
        )
        kept(
            self, "Setup", tip=tip, name=QT_TRANSLATE_NOOP("Setup", "Draw the target distribution")
        )
        self.setCursor(Qt.CrossCursor)
        self.setFocusPolicy(Qt.StrongFocus)  # drawn with keys too (see the module)
        self.chosen: int | None = None  # the integer the keys change

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, 110)

    # -- geometry ----------------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(2, 4, -2, -4)

    def value_at(self, x: float) -> int:
        r = self._plot_rect()
        span = self.hi - self.lo
        i = int((x - r.left()) / max(r.width(), 1) * span)
        return self.lo + max(0, min(span - 1, i))

    def level_at(self, y: float) -> float:
        """The height at ``y``, snapped to tenths (0 at the bottom)."""
        r = self._plot_rect()
        share = (r.bottom() - y) / max(r.height(), 1)
        return max(0, min(LEVELS, round(share * LEVELS))) / LEVELS

    # -- drawing by hand ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._paint(event.position(), erase=event.button() == Qt.RightButton)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.buttons() & (Qt.LeftButton | Qt.RightButton):
            self._paint(event.position(), erase=bool(event.buttons() & Qt.RightButton))

    def _paint(self, pos: QPointF, erase: bool) -> None:
        value = self.value_at(pos.x())
        level = 0 if erase else self.level_at(pos.y())
        if self.heights.get(value, 0) == level:
            return
        if level:
            self.heights[value] = level
        else:
            self.heights.pop(value, None)
        self.update()
        self.changed.emit()

    # -- drawing with keys ---------------------------------------------------------------------
    KEYS_HELP = QT_TRANSLATE_NOOP(
        "Setup", "Left and Right choose an integer; Up and Down, or a digit, set its bar"
    )

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key, span = event.key(), self.hi - self.lo
        value = self.lo if self.chosen is None else min(max(self.chosen, self.lo), self.hi - 1)
        level = self.heights.get(value, 0.0)
        moves = {Qt.Key_Left: -1, Qt.Key_Right: 1, Qt.Key_PageUp: -10, Qt.Key_PageDown: 10}
        if key in moves:
            value = min(max(value + moves[key], self.lo), self.lo + span - 1)
        elif key == Qt.Key_Home:
            value = self.lo
        elif key == Qt.Key_End:
            value = self.hi - 1
        elif key in (Qt.Key_Up, Qt.Key_Down):
            step = 1 if key == Qt.Key_Up else -1
            level = max(0, min(LEVELS, round(level * LEVELS) + step)) / LEVELS
        elif Qt.Key_0 <= key <= Qt.Key_9:
            level = (key - Qt.Key_0) / LEVELS if key != Qt.Key_0 else 0.0
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            level = 0.0
        else:
            super().keyPressEvent(event)
            return
        self.chosen = value
        if level != self.heights.get(value, 0.0):
            if level:
                self.heights[value] = level
            else:
                self.heights.pop(value, None)
            self.changed.emit()
        self._describe()
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.chosen is None:
            self.chosen = min(self.heights, default=self.lo)
        self._describe()
        self.update()
        super().focusInEvent(event)

    def _describe(self) -> None:
        """The chosen bar in words: what a screen reader reads after each key."""
        if self.chosen is None:
            return
        tenths = round(self.heights.get(self.chosen, 0.0) * LEVELS)
        drawn = len([v for v in self.heights if self.lo <= v < self.hi])
        said = translate("Setup", "{0}: {1} of {2}; %n integer(s) drawn.", None, PLURAL, drawn)
        help_text = translate("Setup", self.KEYS_HELP)
        self.setAccessibleDescription(f"{said.format(self.chosen, tenths, LEVELS)} {help_text}")

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        r = self._plot_rect()
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.Base))
        painter.setPen(QPen(palette.color(QPalette.Mid)))
        painter.drawRect(r)
        span = self.hi - self.lo
        width = r.width() / max(span, 1)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(BAR))
        for value, level in self.heights.items():
            if self.lo <= value < self.hi:
                height = max(1.0, r.height() * level)  # a tiny share stays visible
                x = r.left() + (value - self.lo) * width
                painter.drawRect(QRectF(x, r.bottom() - height, max(width - 1, 1), height))
        if self.hasFocus() and self.chosen is not None and self.lo <= self.chosen < self.hi:
            x = r.left() + (self.chosen - self.lo) * width  # the bar the keys change
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.Highlight), 2))
            painter.drawRect(QRectF(x, r.top(), max(width - 1, 2), r.height()))
        if not self.heights:
            painter.setPen(palette.color(QPalette.PlaceholderText))
            painter.drawText(
                r, Qt.AlignCenter | Qt.TextWordWrap, translate("Setup", "Click and drag to draw")
            )


class DrawTarget(QWidget):
    """The canvas, its range in words, and Load data / Clear."""

    changed = Signal()
    range_chosen = Signal(int, int)  # a data file asks for the range that holds it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = DrawCanvas()
        self.canvas.changed.connect(self.changed)
        layout.addWidget(self.canvas)
        row = QHBoxLayout()
        self.axis = plain_label()  # a file name is shown as written
        row.addWidget(self.axis, 1)
        self.load = kept(
            QPushButton(),
            "Setup",
            QT_TRANSLATE_NOOP("Setup", "Load &data..."),
            QT_TRANSLATE_NOOP(
                "Setup",
                "Fill the drawing with how often each integer appears in a text or CSV file",
            ),
        )
        self.load.clicked.connect(self.load_dialog)
        self.clear = kept(QPushButton(), "Setup", QT_TRANSLATE_NOOP("Setup", "Clear"))
        self.clear.clicked.connect(self.erase)
        row.addWidget(self.load)
        row.addWidget(self.clear)
        layout.addLayout(row)
        self.last_error = ""
        self.set_range(0, 50)

    # -- public ------------------------------------------------------------------------------
    @property
    def empty(self) -> bool:
        return not self.canvas.heights

    def set_range(self, lo: int, hi: int) -> None:
        c = self.canvas
        if (c.lo, c.hi) != (lo, hi) and hi > lo:
            c.lo, c.hi = lo, hi
            self.axis.setText(f"{lo} to {hi - 1}")
            c.update()

    def spec(self) -> str:
        """The drawing as a pattern; ``weights:`` alone (refused in words) while empty."""
        c = self.canvas
        drawn = {v: h for v, h in c.heights.items() if c.lo <= v < c.hi}
        if not drawn:
            return "weights:"
        return weights_spec(list(drawn), [round(h, 6) for h in drawn.values()])

    def set_spec(self, spec: str, lo: int, hi: int) -> None:
        """Show a ``weights:`` pattern (a lab's or a file's), scaled to the bars' levels."""
        self.set_range(lo, hi)
        try:
            pattern = parse_pattern(spec, lo, hi)
        except ValueError:
            self.canvas.heights = {}
        else:
            self.set_weights(dict(zip(pattern.support.tolist(), pattern.probabilities)))
        self.canvas.update()

    def set_weights(self, weights: dict[int, float]) -> None:
        """Bars from weights of any scale, exactly (the largest fills the height)."""
        top = max(weights.values(), default=0.0)
        self.canvas.heights = {int(v): w / top for v, w in weights.items() if w > 0 and top}
        self.canvas.update()
        self.changed.emit()

    def erase(self) -> None:
        self.canvas.heights = {}
        self.canvas.update()
        self.changed.emit()

    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Setup", "Load a data file"),
            "",
            translate("Setup", "Data (*.txt *.csv *.dat);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Fill the drawing from a data file; on failure say why (``last_error``)."""
        from core.engine.targets import read_data_target

        try:
            target = read_data_target(path)
        except ValueError as exc:
            self.last_error = error_words(exc)
            said = translate("Setup", "{0}: cannot be used (hover)").format(Path(path).name)
            self.axis.setText(f"\u26a0 {said}")
            self.axis.setToolTip(plain_tip(self.last_error))
            return False
        self.last_error = ""
        self.axis.setToolTip("")
        self.range_chosen.emit(target.lo, target.hi)
        self.set_spec(target.spec, target.lo, target.hi)
        said = translate("Setup", "{0} numbers, {1} values")
        self.axis.setText(said.format(number(target.count), number(target.distinct)))
        return True
