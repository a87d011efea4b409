"""The Class tab: every student's lab result at once.

A sortable, filterable table (name, goals met and when, answers, whether the run followed the
lab, final strict validity, TV, modes), one row per file, a bad or foreign file a row of its
own; below it every student's strict-validity and TV curves overlaid (a click on a row
highlights that student's), the final strict validity against a setting the students were
free to change, and how the predictions compared with what happened.
"""

from __future__ import annotations

import csv
import html
import io
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
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
from core.files.result_file import RESULT_COLUMNS, LabResult, result_row
from core.teaching.class_results import (
    ClassResults,
    final_strict,
    free_settings,
    prediction_line,
    predictions,
)
from patterngan_gui.kit.number_item import NumberItem
from patterngan_gui.kit.plot_kit import BLUE, GREY, VERMILLION, Key, Styler, keyed, make_plot

NUMERIC = {"strict validity", "TV", "epochs"}  # columns sorted as numbers


class ClassView(QWidget):
    """The class table, its curves, its spread and its predictions."""

    export_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.data = ClassResults("")
        layout = QVBoxLayout(self)
        self.summary = QLabel("No class yet: File > Open class folder... reads every lab result.")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter: a name, an answer, a file...")
        self.filter.setAccessibleName("Filter the class table")
        self.filter.setClearButtonEnabled(True)
        for clear in self.filter.findChildren(QToolButton):  # Qt's clear button: named
            clear.setAccessibleName("Clear the filter")
        self.followed_only = QCheckBox("Followed the lab only")
        self.export = QPushButton("Export CSV...")
        self.export.setToolTip("The table as it is shown (filtered and sorted), as CSV")
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.followed_only)
        bar.addWidget(self.export)
        layout.addLayout(bar)
        split = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, len(RESULT_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(RESULT_COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Class results")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
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
        self.setting.setAccessibleName("Setting to spread the final values over")
        self.setting.setToolTip("A setting the students were free to change")
        self.spread = pg.ScatterPlotItem()
        self.styler.marker(self.spread, 9)
        self.spread_plot.addItem(self.spread)
        keys = [Key(), Key(), Key()]
        keys[0].set_entries([("each student", BLUE, "line"), ("selected", GREY, "line")])
        keys[1].set_entries([("each student", VERMILLION, "line"), ("selected", GREY, "line")])
        keys[2].set_entries([("a student", BLUE, "dot")])
        spread_box = QWidget()
        box = QVBoxLayout(spread_box)
        box.setContentsMargins(0, 0, 0, 0)
        over = QLabel("Spread over:")
        over.setBuddy(self.setting)  # on Linux a combo's name is its value: a label names it
        box.addWidget(over)
        box.addWidget(self.setting)
        box.addWidget(keyed(self.spread_plot, keys[2]), 1)
        grid.addWidget(keyed(self.strict_plot, keys[0]), 0, 0)
        grid.addWidget(keyed(self.tv_plot, keys[1]), 0, 1)
        grid.addWidget(spread_box, 0, 2)
        split.addWidget(plots)
        split.setStretchFactor(0, 3)  # the table first: on a small screen it keeps most rows
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        for p in (self.strict_plot, self.tv_plot, self.spread_plot):
            p.setMinimumHeight(140)
        self.split = split
        layout.addWidget(split, 1)
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.filter.textChanged.connect(self._apply_filter)
        self.followed_only.toggled.connect(self._apply_filter)
        self.export.clicked.connect(self.export_requested)
        self.table.itemSelectionChanged.connect(self._highlight)
        self.setting.currentIndexChanged.connect(self._show_spread)

    # -- showing a class ------------------------------------------------------------------
    def show_class(self, data: ClassResults) -> None:
        self.data = data
        n, bad = len(data.results), len(data.problems)
        followed = sum(not r.off_lab for r in data.results)
        titles = {r.title for r in data.results}
        title = f" ({_esc(next(iter(titles)))})" if len(titles) == 1 else ""
        lines = [
            f"<b>{_esc(data.folder)}</b>{title}: {n} result{'s' if n != 1 else ''}"
            f" ({followed} followed the lab)"
            + (f"; {bad} file{'s' if bad != 1 else ''} could not be read" if bad else "")
        ]
        lines += [f"<i>{_esc(problem)}</i>" for _file, problem in data.problems[:3]]
        lines += [_esc(prediction_line(p)) for p in predictions(data.results)]
        self.summary.setText("<br>".join(lines))
        self._fill_table()
        # one lab for the whole class: its title is said once above, not on every row
        self.table.setColumnHidden(RESULT_COLUMNS.index("lab"), len(titles) == 1)
        self._draw_curves()
        self.setting.blockSignals(True)
        self.setting.clear()
        for control in free_settings(data.results):
            self.setting.addItem(BY_CONTROL[control].plain, control)
        self.setting.blockSignals(False)
        self._show_spread()
        self._apply_filter()

    def _fill_table(self) -> None:
        t = self.table
        t.setSortingEnabled(False)
        t.setRowCount(0)
        for i, r in enumerate(self.data.results):
            self._add_row(result_row(r), r, i)
        for file, problem in self.data.problems:
            cells = [file, "(could not be read)"] + ["-"] * (len(RESULT_COLUMNS) - 2)
            self._add_row(cells, None, -1, problem)
        t.setSortingEnabled(True)
        t.resizeColumnsToContents()
        for c in range(t.columnCount()):  # a long answer must not push the rest off-screen
            t.setColumnWidth(c, min(t.columnWidth(c), 320))

    def _add_row(
        self, cells: list[str], result: LabResult | None, index: int, problem: str = ""
    ) -> None:
        t = self.table
        row = t.rowCount()
        t.insertRow(row)
        for c, (name, text) in enumerate(zip(RESULT_COLUMNS, cells)):
            if name in NUMERIC:
                try:
                    item = NumberItem(text, float(text))
                except ValueError:
                    item = NumberItem(text, math.inf)  # "-" sorts last
            else:
                item = QTableWidgetItem(text)
            item.setData(Qt.UserRole, index)  # which result (-1: a file that could not be read)
            item.setToolTip(problem or text)
            if result is None:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            t.setItem(row, c, item)

    def _apply_filter(self) -> None:
        words = self.filter.text().strip().lower()
        only = self.followed_only.isChecked()
        followed = RESULT_COLUMNS.index("followed the lab")
        for row in range(self.table.rowCount()):
            texts = [self.table.item(row, c).text().lower() for c in range(len(RESULT_COLUMNS))]
            hide = bool(words) and not any(words in text for text in texts)
            hide |= only and texts[followed] != "yes"
            self.table.setRowHidden(row, hide)

    def shown_rows(self) -> list[list[str]]:
        """The table as shown: filtered and sorted (what Export CSV writes)."""
        return [
            [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(RESULT_COLUMNS)
        writer.writerows(self.shown_rows())
        return out.getvalue()

    # -- curves, spread --------------------------------------------------------------------
    def _draw_curves(self) -> None:
        for strict, tv in self.curves:
            self.strict_plot.removeItem(strict)
            self.tv_plot.removeItem(tv)
        self.curves = []
        for r in self.data.results:
            rows = r.run.rows
            x = np.array([row["epoch"] for row in rows], dtype=float)
            strict = self.strict_plot.plot(x, [row["strict_validity"] for row in rows])
            tv = self.tv_plot.plot(x, [row["tv"] for row in rows])
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

    def _show_spread(self) -> None:
        control = self.setting.currentData()
        results = self.data.results
        values = free_settings(results).get(control) if control else None
        if not values:
            self.spread.setData([], [])
            self.spread_plot.getPlotItem().getAxis("bottom").setTicks(None)
            self.spread_plot.getPlotItem().setLabel("bottom", "no setting differs")
            return
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        labels = sorted({repr(v) for v in values}) if not numeric else []
        axis = self.spread_plot.getPlotItem().getAxis("bottom")
        axis.setTicks(None if numeric else [[(i, s.strip("'")) for i, s in enumerate(labels)]])
        self.spread_plot.getPlotItem().setLabel("bottom", self.setting.currentText())
        chosen = self._selected()
        spots = []
        for i, (r, v) in enumerate(zip(results, values)):
            y = final_strict(r)
            if y is None:
                continue
            x = float(v) if numeric else float(labels.index(repr(v)))
            spots.append(
                {
                    "pos": (x, y),
                    "brush": pg.mkBrush(GREY if i == chosen else BLUE),
                    "data": i,
                }
            )
        self.spread.setData(spots)
        self.spread.setToolTip(None)

    def set_text_scale(self, scale: float) -> None:
        self.styler.apply(scale)
        self._highlight()


def _esc(text: str) -> str:
    return html.escape(text, quote=False)
