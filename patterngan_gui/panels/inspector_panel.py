"""The encoding inspector: how an integer is encoded, and how a generated vector is read; and,
on its Maths tab, the formulas of the last slow-motion step with the batch's numbers.

Top half: type an integer (or click one on the distribution or D's view plot) to see its
one-hot heads for the current codec. Bottom half: click one of the latest generated numbers
(or a cell of the sampling table) to see the generator's raw head values, each head's argmax
and whether it was decisive; ties and all-zero heads are named as what they are.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.engine.codecs import Codec
from core.engine.outcomes import number_text
from core.teaching.inspector import VectorReading, encode_heads, read_heads
from patterngan_gui.kit.i18n import form_row, keep, kept, translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.panels.inspector_words import explain_number, head_name, sentence, why
from patterngan_gui.panels.maths_view import MathsView

TOP = "#0072B2"  # Okabe-Ito blue: a head's unique maximum
TIE = "#CC79A7"  # purple: a maximum shared with another index (the undecided colour)


class HeadsTable(QTableWidget):
    """Heads side by side: one column per head of each vector shown, one row per index.

    Transposed on purpose: a quotient head of 20 values fits a narrow dock as a column, and
    the integer's clean encoding sits next to G's raw output for the same heads.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        kept(self, "Inspector", name=name)
        self.setEditTriggers(QTableWidget.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.verticalHeader().setDefaultSectionSize(20)
        self.horizontalHeader().setDefaultSectionSize(76)
        self.horizontalHeader().setStretchLastSection(True)
        self.setMinimumHeight(160)

    def show_readings(self, readings: list[tuple[str, VectorReading]]) -> None:
        """``readings``: (label, reading) pairs; each adds one column per head."""
        columns = [(label, head) for label, r in readings for head in r.heads]
        rows = max((h.values.size for _, h in columns), default=0)
        self.clear()
        self.setRowCount(rows)
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels([f"{label}\n{head_name(h.name)}" for label, h in columns])
        self.setVerticalHeaderLabels([str(i) for i in range(rows)])
        bold = QFont()
        bold.setBold(True)
        for col, (_label, head) in enumerate(columns):
            top = np.nanmax(head.values) if not np.isnan(head.values).all() else np.nan
            for row in range(rows):
                if row >= head.values.size:
                    blank = QTableWidgetItem("")
                    blank.setFlags(Qt.NoItemFlags)
                    self.setItem(row, col, blank)
                    continue
                value = head.values[row]
                item = QTableWidgetItem("0" if value == 0 else f"{value:.2f}")
                item.setTextAlignment(Qt.AlignCenter)
                if value == top:
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor(TOP if head.decisive else TIE)))
                    item.setForeground(QBrush(QColor("white")))
                    item.setToolTip(
                        translate("Inspector", "the unique maximum: argmax")
                        if head.decisive
                        else translate("Inspector", "a shared maximum ({0})").format(why(head))
                    )
                self.setItem(row, col, item)


class InspectorPanel(QWidget):
    """Lives in a dock; the main window feeds it the codec and the latest samples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codec: Codec | None = None
        self._outputs = np.zeros((0, 0), np.float32)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        kept(self.tabs, "Inspector", name=QT_TRANSLATE_NOOP("Inspector", "Inspector views"))
        outer.addWidget(self.tabs)
        encoding = QWidget()
        layout = QVBoxLayout(encoding)
        layout.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        self.number = QSpinBox(minimum=0, maximum=99, value=35)
        kept(
            self.number,
            "Inspector",
            tip=QT_TRANSLATE_NOOP(
                "Inspector", "Type a number, or click one on the distribution or D's view"
            ),
            name=QT_TRANSLATE_NOOP("Inspector", "Integer to encode"),
        )
        form_row(form, "Inspector", QT_TRANSLATE_NOOP("Inspector", "&Integer:"), self.number)
        layout.addLayout(form)
        self.encoding_text = QLabel()
        self.encoding_text.setWordWrap(True)
        layout.addWidget(self.encoding_text)

        self.samples_label = kept(
            QLabel(),
            "Inspector",
            QT_TRANSLATE_NOOP("Inspector", "Generated numbers: train, step or sample first."),
        )
        self.samples_label.setWordWrap(True)
        layout.addWidget(self.samples_label)
        self.sample_grid = QGridLayout()
        self.sample_grid.setSpacing(2)
        self.sample_buttons: list[QPushButton] = []
        layout.addLayout(self.sample_grid)
        self.reading_text = QLabel()
        self.reading_text.setWordWrap(True)
        kept(
            self.reading_text,
            "Inspector",
            name=QT_TRANSLATE_NOOP("Inspector", "What decoding made of it"),
        )
        layout.addWidget(self.reading_text)
        self.table = HeadsTable(QT_TRANSLATE_NOOP("Inspector", "Head values"))
        layout.addWidget(self.table, 1)
        self._reading: VectorReading | None = None
        self.number.valueChanged.connect(self._show)
        self.tabs.addTab(
            encoding, keep(encoding, "Inspector", QT_TRANSLATE_NOOP("Inspector", "Encoding"))
        )
        # the maths of the last slow-motion step (core.teaching.maths), with its numbers
        self.maths = MathsView("Inspector", QT_TRANSLATE_NOOP("Inspector", "The last step's maths"))
        self.maths.setContentsMargins(6, 6, 6, 6)
        page = QWidget()  # the tab's page carries its kept title (the view keeps its own name)
        QVBoxLayout(page).addWidget(self.maths)
        self.tabs.addTab(page, keep(page, "Inspector", QT_TRANSLATE_NOOP("Inspector", "Maths")))

    def set_maths(self, steps, origin: str) -> None:
        """The formulas of the step slow motion just ran, with its batch's numbers."""
        self.maths.set_steps(steps, origin)

    # -- feeding ---------------------------------------------------------------------------
    def follow_codec(self, session) -> None:
        """The codec of the session's current generator, else of its set-up."""
        codec = None
        if session.run_status is not None:
            codec = session.run_status.codec
        elif session.opened is not None:
            codec = session.opened.file.codec
        elif session.run is not None:
            codec = session.run.config.resolve_codec()
        elif session.draft is not None:
            codec = session.draft.resolve_codec()
        if codec is not None:
            self.set_codec(codec)

    def follow(self, session) -> None:
        """The codec, and G's numbers of the report the session shows (the timeline's)."""
        self.follow_codec(session)
        r = session.shown_report()
        if r is not None and len(r.sample_outputs):
            self.set_samples(r.sample_outputs, r.epoch)

    def set_codec(self, codec: Codec) -> None:
        if codec == self.codec:
            return
        self.codec = codec
        self._reading = None
        self.number.setMaximum(codec.R - 1)
        self._show()

    def clear_reading(self) -> None:
        """Forget the inspected sample (its run is over)."""
        self._reading = None
        self.reading_text.setText("")
        self._show()

    def show_integer(self, n: int) -> None:
        self.number.setValue(n)
        self._show()

    def set_samples(self, outputs: np.ndarray, epoch: int | str) -> None:
        """The latest generated vectors (raw outputs) of G at ``epoch`` (or from where the
        words ``epoch`` say); buttons to inspect each."""
        self._outputs = np.asarray(outputs)
        self._origin = epoch
        if self.codec is None or not len(self._outputs):
            return
        decoded = self.codec.decode(self._outputs)
        for b in self.sample_buttons:
            b.deleteLater()
        self.sample_buttons = []
        for i, (n, ok) in enumerate(zip(decoded.numbers, decoded.decisive)):
            b = QPushButton(number_text(n, ok))
            b.setMinimumWidth(30)
            b.setProperty("undecided", not ok)
            b.clicked.connect(lambda _=False, i=i: self.inspect_sample(i))
            self.sample_grid.addWidget(b, i // 5, i % 5)
            self.sample_buttons.append(b)
        self._show_origin()

    def _show_origin(self) -> None:
        for b in self.sample_buttons:
            b.setToolTip(
                translate("Inspector", "undecided: click to see why")
                if b.property("undecided")
                else translate("Inspector", "click to see its heads")
            )
        origin = getattr(self, "_origin", None)
        if origin is None or not self.sample_buttons:
            return
        if isinstance(origin, int):
            said = translate("Inspector", "G's numbers at epoch {0} (click one; '?' = undecided):")
            self.samples_label.setText(said.format(number(origin)))
        else:
            said = translate("Inspector", "{0} (click one; '?' = undecided):")
            self.samples_label.setText(said.format(origin))

    def retranslate(self) -> None:
        """The texts it composes, in the current language (View > Language)."""
        self._show_origin()
        reading = self._reading
        self._show()
        if reading is not None and self.codec is not None:
            self._say_reading(reading)

    def show_message(self, text: str) -> None:
        """A plain sentence where the reading goes (e.g. why nothing can be read)."""
        self.reading_text.setText(html.escape(text))

    def inspect_sample(self, i: int) -> None:
        self.inspect_vector(self._outputs[i])

    def inspect_vector(self, output: np.ndarray) -> VectorReading | None:
        if self.codec is None:
            return None
        reading = read_heads(self.codec, output)
        self._reading = reading
        self.number.blockSignals(True)
        self.number.setValue(reading.number)  # its clean encoding goes beside it
        self.number.blockSignals(False)
        self._show()
        self._say_reading(reading)
        return reading

    def _say_reading(self, reading: VectorReading) -> None:
        said = (
            translate("Inspector", "<b>{0}</b> (decisive): {1}")
            if reading.decisive
            else translate("Inspector", "<b>{0}</b> (<b>undecided</b>): {1}")
        )
        self.reading_text.setText(
            said.format(
                number_text(reading.number, reading.decisive),
                html.escape(sentence(reading, self.codec)),
            )
        )

    def _show(self) -> None:
        if self.codec is None:
            return
        n = min(self.number.value(), self.codec.R - 1)
        self.encoding_text.setText(explain_number(self.codec, n))
        columns = [(translate("Inspector", "{0} encoded").format(n), encode_heads(self.codec, n))]
        r = self._reading
        if r is not None and r.heads[0].values.size == self.codec.heads[0]:
            said = translate("Inspector", "G's {0}").format(number_text(r.number, r.decisive))
            columns.append((said, r))
        self.table.show_readings(columns)
