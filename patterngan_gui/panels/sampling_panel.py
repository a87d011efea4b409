"""The sampling view: draw sequences from the trained or opened generator and judge them.

Sequences of 10 numbers (as the chapter samples ``randn(10, 100)``), shown in a table with
undecided samples marked, their histogram, and strict validity against the current pattern;
copy to the clipboard or save as CSV.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.engine.outcomes import number_text, outcome_counts, target_distribution
from patterngan_gui.kit.i18n import kept, translate
from patterngan_gui.kit.numbers import number, percent
from patterngan_gui.kit.plot_kit import (
    BLUE,
    ORANGE,
    PURPLE,
    VERMILLION,
    Key,
    Styler,
    filled_histogram,
    keyed,
    make_plot,
)

PER_SEQUENCE = 10
MAX_SEQUENCES = 100_000


class SequenceModel(QAbstractTableModel):
    """Rows of 10 sampled numbers; undecided shown as 'n?', invalid in vermillion."""

    def __init__(self) -> None:
        super().__init__()
        self.numbers = np.zeros((0, PER_SEQUENCE), dtype=np.int64)
        self.decisive = np.zeros((0, PER_SEQUENCE), dtype=bool)
        self.valid = np.zeros((0, PER_SEQUENCE), dtype=bool)

    def set_data(self, numbers: np.ndarray, decisive: np.ndarray, valid: np.ndarray) -> None:
        self.beginResetModel()
        self.numbers, self.decisive, self.valid = numbers, decisive, valid
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.numbers)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PER_SEQUENCE

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        r, c = index.row(), index.column()
        if role == Qt.DisplayRole:
            n = int(self.numbers[r, c])
            return number_text(n, bool(self.decisive[r, c]))
        if role == Qt.ForegroundRole and not self.valid[r, c]:
            return QColor(PURPLE if not self.decisive[r, c] else VERMILLION)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == Qt.ToolTipRole and not self.decisive[r, c]:
            return translate(
                "Sampling",
                "undecided: a head had a tie (e.g. all zeros); argmax alone gives this number",
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        return str(section + 1)

    def as_rows(self) -> list[list[str]]:
        return [
            [str(int(n)) if ok else "" for n, ok in zip(row, dec)]
            for row, dec in zip(self.numbers, self.decisive)
        ]


class SamplingPanel(QWidget):
    """Sample the current generator. ``sample_requested`` lets the window supply it."""

    sample_requested = Signal()
    save_requested = Signal()  # Save CSV was clicked
    cell_clicked = Signal(int)  # index of the clicked sample in the draw (row * 10 + column)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.source = kept(
            QLabel(),
            "Sampling",
            QT_TRANSLATE_NOOP(
                "Sampling", "No generator yet: train one, or open a num_gen.pt (Ctrl+O)."
            ),
        )
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        row = QHBoxLayout()
        self.count = QSpinBox(minimum=1, maximum=MAX_SEQUENCES, value=20)
        self.count.setSuffix(translate("Sampling", " sequences of 10"))  # (retranslate)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.random_seed = kept(
            QCheckBox(),
            "Sampling",
            QT_TRANSLATE_NOOP("Sampling", "fresh randomness"),
            QT_TRANSLATE_NOOP("Sampling", "Ignore the seed: different numbers every time"),
        )
        self.sample_button = kept(
            QPushButton(),
            "Sampling",
            QT_TRANSLATE_NOOP("Sampling", "Samp&le"),
            QT_TRANSLATE_NOOP("Sampling", "Draw sequences from the generator (Ctrl+G)"),
        )
        self.copy_button = kept(QPushButton(), "Sampling", QT_TRANSLATE_NOOP("Sampling", "C&opy"))
        self.save_button = kept(
            QPushButton(), "Sampling", QT_TRANSLATE_NOOP("Sampling", "Save CSV...")
        )
        draw = kept(QLabel(), "Sampling", QT_TRANSLATE_NOOP("Sampling", "Draw"))
        seed = kept(QLabel(), "Sampling", QT_TRANSLATE_NOOP("Sampling", "seed"))
        draw.setBuddy(self.count)  # bound: the spin boxes' names for a screen reader
        seed.setBuddy(self.seed)
        for w in (draw, self.count, seed, self.seed):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()  # a second row: nothing is squeezed in a narrow window
        for w in (self.random_seed, self.sample_button, self.copy_button, self.save_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Horizontal)
        self.model = SequenceModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        # Tab leaves the table; arrows move inside (235 Tabs were a trap)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self._fit_cells()  # its ten columns whole at 900x600 (the histogram beside it gives way)
        kept(self.table, "Sampling", name=QT_TRANSLATE_NOOP("Sampling", "Sampled sequences"))
        split.addWidget(self.table)
        self.styler = Styler()
        self.hist = self.styler.plot(
            make_plot("Histogram of the sampled numbers", "integer", "count")
        )
        self.hist.setMinimumWidth(150)  # beside the table's ten whole columns at 900x600
        self.hist_curve = filled_histogram("sampled")
        self.target_curve = self.styler.curve(pg.PlotDataItem(stepMode="center"), ORANGE, 2, True)
        self.hist.addItem(self.hist_curve)
        self.hist.addItem(self.target_curve)
        self.key = Key()
        self.key.set_entries(
            [("sampled", BLUE, "bar"), ("expected from the target", ORANGE, "dash")]
        )
        split.addWidget(keyed(self.hist, self.key))
        split.setSizes([480, 420])
        layout.addWidget(split, 1)
        self.sample_button.clicked.connect(self.sample_requested)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_requested)
        self.table.clicked.connect(
            lambda index: self.cell_clicked.emit(index.row() * PER_SEQUENCE + index.column())
        )
        self._drawn: tuple[np.ndarray, np.ndarray, int] | None = None
        self.set_enabled(False)

    def retranslate(self) -> None:
        """Its composed words in the current language (View > Language)."""
        self.count.setSuffix(translate("Sampling", " sequences of 10"))

    def set_enabled(self, enabled: bool) -> None:
        for w in (self.sample_button, self.copy_button, self.save_button):
            w.setEnabled(enabled)

    def current_seed(self) -> int | None:
        return None if self.random_seed.isChecked() else self.seed.value()

    def set_source(self, text: str) -> None:
        """Where the samples come from (rich text made by the app, never by a file)."""
        self.source.setText(text)

    def sample_count(self) -> int:
        """How many numbers the user asked for."""
        return self.count.value() * PER_SEQUENCE

    def clear(self) -> None:
        self._drawn = None
        self.model.set_data(*(np.zeros((0, PER_SEQUENCE), dtype=d) for d in (np.int64, bool, bool)))
        self.summary.setText("")
        self.hist_curve.setData([], [])
        self.target_curve.setData([], [])

    def show_samples(self, numbers: np.ndarray, decisive: np.ndarray, pattern, R: int) -> None:
        """Fill the table and histogram; judge against ``pattern``."""
        self._drawn = (numbers, decisive, R)
        self.judge(pattern)

    def judge(self, pattern) -> None:
        """Judge the shown draw against ``pattern`` (the set-up's, which may have changed)."""
        from core.engine.metrics import evaluate_decoded

        if self._drawn is None:
            return
        numbers, decisive, R = self._drawn
        if pattern.hi > R:
            said = translate(
                "Sampling",
                "These numbers come from a generator over [0, {0}); the set-up's range "
                "{1} is wider, so they are not judged against it.",
            )
            self.summary.setText(said.format(R, pattern.range_spec))
            return
        valid = decisive & pattern.contains(numbers)
        shape = (-1, PER_SEQUENCE)
        self.model.set_data(numbers.reshape(shape), decisive.reshape(shape), valid.reshape(shape))
        self._fit_cells()
        m = evaluate_decoded(numbers, decisive, pattern, R)
        said = translate(
            "Sampling",
            "<b>strict validity {0}</b> against {1} ({2} numbers; {3} undecided; "
            "book validity {4}; modes {5}/{6}; TV {7})",
        )
        self.summary.setText(
            said.format(
                percent(m.strict_validity),
                html.escape(pattern.describe()),
                number(m.samples),
                number(round(m.undecided * m.samples)),
                percent(m.book_validity),
                m.modes_covered,
                m.support_size,
                number(m.tv, 3),
            )
        )
        counts = outcome_counts(numbers, decisive, R)[:R]
        edges = np.arange(R + 1) - 0.5
        self.hist_curve.setData(edges, counts.astype(float))
        self.target_curve.setData(
            edges, target_distribution(pattern.support, R, pattern.weights)[:R] * numbers.size
        )
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def set_text_scale(self, scale: float) -> None:
        self.styler.apply(scale)
        self._fit_cells()

    def _fit_cells(self) -> None:
        """Columns at least as wide as the widest number drawn ("45?" at 130% text was cut
        to "4..."): narrower than that, the table scrolls instead of eliding."""
        numbers = self.model.numbers
        digits = len(str(int(numbers.max()))) if numbers.size else 2
        sample = "8" * max(digits, 2) + "?"  # an undecided number shows a "?"
        metrics = self.table.fontMetrics()
        column = metrics.horizontalAdvance(sample) + 14
        self.table.horizontalHeader().setMinimumSectionSize(column)
        # the table's least width holds ten such columns, row numbers of three digits and the
        # scroll bar: a fixed 34 px a column was short of this, and a horizontal scroll bar
        # hid the tenth column; fixed by the font alone, the window's layout does not move
        # as rows come and go
        rows = metrics.horizontalAdvance("888") + 8
        bar = self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(PER_SEQUENCE * column + rows + bar + 2 * self.table.frameWidth())

    def csv_text(self) -> str:
        from core.files.csv_text import csv_text

        return csv_text([f"n{i + 1}" for i in range(PER_SEQUENCE)], self.model.as_rows())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.csv_text())
