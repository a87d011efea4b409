"""The Class tab: every student's lab result at once.

A sortable, filterable table (name, goals met and when, answers, whether the run followed the
lab, final strict validity, TV, modes), one row per file, a bad or foreign file a row of its
own; below it every student's strict-validity and TV curves overlaid (a click on a row
highlights that student's), the final strict validity against a setting the students were
free to change, and how the predictions compared with what happened.
"""

from __future__ import annotations

import html
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.engine.fields import BY_CONTROL
from core.files.csv_text import csv_text
from core.teaching.class_results import (
    RESULT_COLUMNS,
    ClassResults,
    final_strict,
    free_settings,
    prediction_words,
    predictions,
    result_row,
)
from core.teaching.judge import Judgement
from patterngan_gui.kit.i18n import PLURAL, keep, kept, translate
from patterngan_gui.kit.number_item import NumberItem
from patterngan_gui.kit.plot_kit import BLUE, GREY, VERMILLION, Key, Styler, keyed, make_plot
from patterngan_gui.kit.safe_text import plain_tip
from patterngan_gui.kit.step_words import diagnoses_cell, doctor_sentence
from patterngan_gui.kit.step_words import said as in_words

NUMERIC = {"strict validity", "TV", "epochs"}  # columns sorted as numbers
# what a teacher reads first, left to right (900 px wide shows the first five); the CSV keeps
# RESULT_COLUMNS' order. Each column's widest (a longer text is elided, whole in its tooltip)
SHOWN_ORDER = (
    "name",
    "goals met",
    "followed the lab",
    "strict validity",
    "verified",
    "diagnoses",
    "TV",
    "modes covered",
    "epochs",
    "answers",
    "file",
    "lab",
)
HEADERS = {  # short headers in the window (the CSV keeps the long ones, in English)
    "goals met": QT_TRANSLATE_NOOP("Class", "goals"),
    "followed the lab": QT_TRANSLATE_NOOP("Class", "followed"),
    "strict validity": QT_TRANSLATE_NOOP("Class", "strict"),
    "modes covered": QT_TRANSLATE_NOOP("Class", "modes"),
    "name": QT_TRANSLATE_NOOP("Class", "name"),
    "verified": QT_TRANSLATE_NOOP("Class", "verified"),
    "TV": QT_TRANSLATE_NOOP("Class", "TV"),
    "epochs": QT_TRANSLATE_NOOP("Class", "epochs"),
    "answers": QT_TRANSLATE_NOOP("Class", "answers"),
    "file": QT_TRANSLATE_NOOP("Class", "file"),
    "lab": QT_TRANSLATE_NOOP("Class", "lab"),
}
WIDEST = {
    "name": 150,
    "goals met": 120,
    "followed the lab": 110,
    "strict validity": 60,
    "verified": 150,
    "diagnoses": 170,
    "answers": 260,
    "file": 180,
    "lab": 200,
}


class ClassView(QWidget):
    """The class table, its curves, its spread and its predictions."""

    export_requested = Signal()
    rerun_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.data = ClassResults("")
        layout = QVBoxLayout(self)
        said = QT_TRANSLATE_NOOP(
            "Class", "No class yet: File > Open class folder... reads every lab result."
        )
        self.summary = kept(QLabel(), "Class", said)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        said = QT_TRANSLATE_NOOP("Class", "Filter: a name, an answer, a file...")
        self.filter.setPlaceholderText(keep(self.filter, "Class", said, "placeholder"))
        kept(self.filter, "Class", name=QT_TRANSLATE_NOOP("Class", "Filter the class table"))
        self.filter.setClearButtonEnabled(True)
        for clear in self.filter.findChildren(QToolButton):  # Qt's clear button: named
            kept(clear, "Class", name=QT_TRANSLATE_NOOP("Class", "Clear the filter"))
        self.followed_only = QCheckBox()
        kept(self.followed_only, "Class", QT_TRANSLATE_NOOP("Class", "Followed the lab only"))
        self.export = kept(
            QPushButton(),
            "Class",
            QT_TRANSLATE_NOOP("Class", "Export CSV..."),
            QT_TRANSLATE_NOOP("Class", "The table as it is shown (filtered and sorted), as CSV"),
        )
        tip = QT_TRANSLATE_NOOP(
            "Class",
            "Train every run again from its recorded set-up and seed (one sweep per set-up) "
            "and compare its end with the run's: its final metrics within 0.02",
        )
        self.rerun = kept(QPushButton(), "Class", QT_TRANSLATE_NOOP("Class", "Rerun..."), tip)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.followed_only)
        bar.addWidget(self.rerun)
        bar.addWidget(self.export)
        layout.addLayout(bar)
        split = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, len(RESULT_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [translate("Class", HEADERS.get(c, c)) for c in RESULT_COLUMNS]
        )
        for c, name in enumerate(RESULT_COLUMNS):
            self.table.horizontalHeaderItem(c).setToolTip(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        kept(self.table, "Class", name=QT_TRANSLATE_NOOP("Class", "Class results"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        for place, name in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(RESULT_COLUMNS.index(name)), place)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)  # compact rows
        split.addWidget(self.table)
        plots = QWidget()
        grid = QGridLayout(plots)
        grid.setContentsMargins(0, 0, 0, 0)
        self.styler = Styler()
        self.strict_plot = self.styler.plot(make_plot("Strict validity", "epoch", "share"))
        self.tv_plot = self.styler.plot(make_plot("TV distance", "epoch", "TV"))
        self.spread_plot = self.styler.plot(make_plot("Final strict validity", "", "share"))
        for p in (self.strict_plot, self.tv_plot, self.spread_plot):
            p.setYRange(0, 1.05, padding=0)
        self.setting = QComboBox()
        kept(
            self.setting,
            "Class",
            name=QT_TRANSLATE_NOOP("Class", "Setting to spread the final values over"),
        )
        kept(
            self.setting,
            "Class",
            tip=QT_TRANSLATE_NOOP("Class", "A setting the students were free to change"),
        )
        self.spread = pg.ScatterPlotItem()
        self.styler.marker(self.spread, 9)
        self.spread_plot.addItem(self.spread)
        keys = [Key(), Key(), Key()]
        keys[0].set_entries([("each student", BLUE, "line"), ("selected", GREY, "line")])
        keys[1].set_entries([("each student", VERMILLION, "line"), ("selected", GREY, "line")])
        keys[2].set_entries(
            [("a student", BLUE, "dot"), ("off-lab or not verified", VERMILLION, "dot")]
        )
        spread_box = QWidget()
        box = QVBoxLayout(spread_box)
        box.setContentsMargins(0, 0, 0, 0)
        over = kept(QLabel(), "Class", QT_TRANSLATE_NOOP("Class", "Spread over:"))
        over.setBuddy(self.setting)  # on Linux a combo's name is its value: a label names it
        box.addWidget(over)
        box.addWidget(self.setting)
        box.addWidget(keyed(self.spread_plot, keys[2]), 1)
        grid.addWidget(keyed(self.strict_plot, keys[0]), 0, 0)
        grid.addWidget(keyed(self.tv_plot, keys[1]), 0, 1)
        grid.addWidget(spread_box, 0, 2)
        split.addWidget(plots)
        split.setStretchFactor(0, 5)  # the table first: on a small screen it keeps most rows
        split.setStretchFactor(1, 2)
        split.setSizes([720, 280])
        for p in (self.strict_plot, self.tv_plot, self.spread_plot):
            p.setMinimumHeight(90)
        self.split = split
        layout.addWidget(split, 1)
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.spread_counts: dict[tuple[float, float], int] = {}
        self.filter.textChanged.connect(self._apply_filter)
        self.followed_only.toggled.connect(self._apply_filter)
        self.export.clicked.connect(self.export_requested)
        self.rerun.clicked.connect(self.rerun_requested)
        self.table.itemSelectionChanged.connect(self._highlight)
        self.setting.currentIndexChanged.connect(self._show_spread)

    # -- showing a class ------------------------------------------------------------------
    def show_class(self, data: ClassResults) -> None:
        self.data = data
        self._fill_table()
        self._show_summary()
        # one lab for the whole class: its title is said once above, not on every row
        titles = {j.result.title for j in data.judged}
        self.table.setColumnHidden(RESULT_COLUMNS.index("lab"), len(titles) == 1)
        self._draw_curves()
        self.setting.blockSignals(True)
        self.setting.clear()
        for control in free_settings(data.judged):
            self.setting.addItem(BY_CONTROL[control].plain, control)
        self.setting.blockSignals(False)
        self._show_spread()
        self._apply_filter()

    def _fill_table(self) -> None:
        t = self.table
        t.setSortingEnabled(False)
        t.setRowCount(0)
        for i, j in enumerate(self.data.judged):
            notes = [*(in_words(p) for p in j.problems), *([j.rerun_note] if j.rerun_note else [])]
            self._add_row(result_row(j), j, i, "\n".join(notes))
        for file, problem in self.data.problems:
            unread = translate("Class", "(could not be read)")
            cells = [file, unread] + ["-"] * (len(RESULT_COLUMNS) - 2)
            self._add_row(cells, None, -1, in_words(problem))
        t.setSortingEnabled(True)
        t.resizeColumnsToContents()
        for c, name in enumerate(RESULT_COLUMNS):  # long texts must not push the rest away
            t.setColumnWidth(c, min(t.columnWidth(c), WIDEST.get(name, 110)))

    def _add_row(
        self, cells: list[str], result: Judgement | None, index: int, problem: str = ""
    ) -> None:
        t = self.table
        row = t.rowCount()
        t.insertRow(row)
        for c, (name, text) in enumerate(zip(RESULT_COLUMNS, cells)):
            text = in_words(text)  # a cell in words (yes, no: ...): the window's language
            if name == "diagnoses" and result is not None and result.diagnoses:
                text = diagnoses_cell(result.diagnoses)  # core's short words, translated
            if name in NUMERIC:
                try:
                    item = NumberItem(text, float(text))
                except ValueError:
                    item = NumberItem(text, math.inf)  # "-" sorts last
            else:
                item = QTableWidgetItem(text)
            item.setData(Qt.UserRole, index)  # which result (-1: a file that could not be read)
            tip = f"{text}\n\n{problem}" if problem and result is not None else problem or text
            if name == "diagnoses" and result is not None and result.diagnoses:
                tip = "\n".join(
                    doctor_sentence(d) for d in result.diagnoses
                )  # what, when, what to try
            item.setToolTip(plain_tip(tip))
            if result is None:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            t.setItem(row, c, item)

    def _apply_filter(self) -> None:
        words = self.filter.text().strip().lower()
        only = self.followed_only.isChecked()
        for row in range(self.table.rowCount()):
            texts = [self.table.item(row, c).text().lower() for c in range(len(RESULT_COLUMNS))]
            hide = bool(words) and not any(words in text for text in texts)
            index = self.table.item(row, 0).data(Qt.UserRole)
            kept = index is not None and index >= 0 and self.data.judged[index].followed_lab
            hide |= only and not kept
            self.table.setRowHidden(row, hide)
        self._show_summary()

    def shown_rows(self) -> list[list[str]]:
        """The table as shown: filtered and sorted (what Export CSV writes)."""
        return [
            [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def csv_text(self) -> str:
        """The shown rows through the app's one CSV writer (formulas and controls made
        inert)."""
        return csv_text(RESULT_COLUMNS, self.shown_rows())

    # -- curves, spread --------------------------------------------------------------------
    def _draw_curves(self) -> None:
        for strict, tv in self.curves:
            self.strict_plot.removeItem(strict)
            self.tv_plot.removeItem(tv)
        self.curves = []
        for j in self.data.judged:
            # the run's curves: checked numbers of one length when the file was read (its
            # rows are the CSV's text and may lack a column)
            x, strict_y = j.result.run.curve("strict")
            strict = self.strict_plot.plot(x, strict_y)
            tv = self.tv_plot.plot(*j.result.run.curve("tv"))
            self.curves.append((strict, tv))
        self._highlight()

    def _selected(self) -> int:
        items = self.table.selectedItems()
        return items[0].data(Qt.UserRole) if items else -1

    def _highlight(self) -> None:
        chosen = self._selected()
        scale = self.styler.scale
        for i, (strict, tv) in enumerate(self.curves):
            on = i == chosen
            for curve, color in ((strict, BLUE), (tv, VERMILLION)):
                shade = GREY if on else color + ("ff" if chosen < 0 else "55")
                curve.setPen(pg.mkPen(shade, width=(3.5 if on else 1.5) * scale))
                curve.setZValue(10 if on else 0)
        self._show_spread()

    def _shown(self) -> set[int]:
        """The judged results whose rows the filter shows."""
        out = set()
        for row in range(self.table.rowCount()):
            index = self.table.item(row, 0).data(Qt.UserRole)
            if index is not None and index >= 0 and not self.table.isRowHidden(row):
                out.add(index)
        return out

    def _show_summary(self) -> None:
        """Who the class is, against which lab, and the predictions of the rows shown."""
        data = self.data
        judged = data.judged
        n, bad = len(judged), len(data.problems)
        followed = sum(j.followed_lab for j in judged)
        verified = sum(j.verified for j in judged)
        if data.lab is not None:
            title = _esc(data.lab.title or translate("Class", "untitled"))
            against = translate("Class", "judged against the lab <b>{0}</b>").format(title)
            if data.lab.source:
                against += f" ({_esc(Path(data.lab.source).name)})"
        elif data.lab_note:
            said = translate(
                "Class",
                "<b>no teacher's lab</b>: {0} (each judged by its own copy; open yours first)",
            )
            against = said.format(_esc(data.lab_note))
        else:
            against = translate(
                "Class", "<b>no teacher's lab</b> (each judged by its own copy; open yours first)"
            )
        self.summary.setToolTip(plain_tip(data.folder))  # the whole path (a folder's name)
        said = translate(
            "Class", "<b>{0}</b>: %n result(s), {1}; {2} followed the lab, {3} verified", None,
            PLURAL, n
        )  # fmt: skip
        said = said.format(_esc(Path(data.folder).name or data.folder), against, followed, verified)
        if bad:
            said += translate("Class", "; %n file(s) could not be read", None, PLURAL, bad)
        lines = [said]
        if data.problems:  # each is a row of its own too (its tooltip says why)
            more = len(data.problems) - 1
            lines.append(
                f"<i>{_esc(in_words(data.problems[0][1]))}</i>"
                + (" " + translate("Class", "(and {0} more)").format(more) if more else "")
            )
        shown = self._shown()
        for p in predictions([j for i, j in enumerate(judged) if i in shown]):
            head, *parts = prediction_words(p)
            lines.append(_esc(f"{in_words(head)} " + "; ".join(in_words(x) for x in parts)))
        self.summary.setText("<br>".join(lines))

    def _show_spread(self) -> None:
        """Each result's final strict validity over the chosen free setting: results at the
        same point are spread apart sideways (and counted in their tooltip), off-lab or
        unverified ones drawn as hollow crosses."""
        control = self.setting.currentData()
        judged = self.data.judged
        values = free_settings(judged).get(control) if control else None
        if not values:
            self.spread.setData([], [])
            self.spread_plot.getPlotItem().getAxis("bottom").setTicks(None)
            self.spread_plot.getPlotItem().setLabel(
                "bottom", translate("Class", "no setting differs")
            )
            return
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        labels = sorted({repr(v) for v in values}) if not numeric else []
        axis = self.spread_plot.getPlotItem().getAxis("bottom")
        axis.setTicks(None if numeric else [[(i, s.strip("'")) for i, s in enumerate(labels)]])
        self.spread_plot.getPlotItem().setLabel("bottom", self.setting.currentText())
        chosen = self._selected()
        points = []
        for i, (j, v) in enumerate(zip(judged, values)):
            y = final_strict(j)
            if y is not None:
                points.append((i, float(v) if numeric else float(labels.index(repr(v))), y))
        xs = sorted({x for _, x, _ in points})
        step = min((b - a for a, b in zip(xs, xs[1:])), default=1.0) or 1.0
        same: dict[tuple[float, float], list[int]] = {}
        for i, x, y in points:
            same.setdefault((x, round(y, 3)), []).append(i)
        spots = []
        for i, x, y in points:
            group = same[(x, round(y, 3))]
            k = group.index(i)
            offset = (k - (len(group) - 1) / 2) * step * 0.35 / max(1, len(group) - 1)
            j = judged[i]
            good = j.followed_lab and j.verified
            color = GREY if i == chosen else BLUE if good else VERMILLION
            spots.append(
                {
                    "pos": (x + (offset if len(group) > 1 else 0.0), y),
                    "brush": pg.mkBrush(color) if good else pg.mkBrush(None),
                    "pen": pg.mkPen(color, width=2),
                    "symbol": "o" if good else "x",
                    "data": i,
                }
            )
        self.spread.setData(spots)
        stacked = max((len(g) for g in same.values()), default=0)
        said = translate(
            "Class", "%n results share one point; they are spread sideways", None, PLURAL, stacked
        )
        self.spread.setToolTip(plain_tip(said if stacked > 1 else ""))
        self.spread_counts = {k: len(g) for k, g in same.items()}

    def set_text_scale(self, scale: float) -> None:
        self.styler.apply(scale)
        self._highlight()


def _esc(text: str) -> str:
    return html.escape(text, quote=False)
