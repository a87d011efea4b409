"""Run comparison: every run of the session in a list; tick two or more to overlay them.

Overlays the losses, strict validity and TV distance against epochs (or against the share of
each run's planned epochs, so a 10,000-epoch book run and an 800-epoch default run span the
same width), and each run's last distribution and D's view.
Each run keeps its set-up, curves, a bounded timeline and (once it is no longer the current
run) a copy of its generator, so any of them can be saved afterwards.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.engine.config import LOSS_AXIS
from core.teaching.doctor import diagnose_history, problems
from core.teaching.history import RunHistory, format_bytes, setup_words
from core.teaching.sweep_record import SweepRecord
from patterngan_gui.kit.i18n import PLURAL, kept, translate
from patterngan_gui.kit.number_item import NumberItem
from patterngan_gui.kit.numbers import number, percent
from patterngan_gui.kit.plot_kit import (
    BLUE,
    GREEN,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
    Key,
    PlotScroll,
    Styler,
    keyed,
    make_plot,
    text_line,
)
from patterngan_gui.kit.safe_text import plain_tip
from patterngan_gui.kit.step_words import doctor_sentence, kind_name
from patterngan_gui.kit.step_words import said as in_words

NAME_WIDTH = 170
RUN_COLORS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, "#888888")
SWEEP_COLORS = ("#444444", PURPLE, GREEN, ORANGE)  # sweeps are drawn dashed


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def doctor_cell(diagnoses) -> str:
    """``D wins @ 1,200; undecided samples @ 300`` or ``healthy``, in the window's language."""
    bad = problems(diagnoses)
    if not bad:
        return kind_name("healthy")
    return "; ".join(f"{kind_name(d.kind)} @ {number(d.onset_epoch)}" for d in bad)


class RunTable(QTableWidget):
    """One row per run (tick to overlay): goals met and final metrics, sortable by any column.
    A row's run is its index into the session's runs, kept in the first cell (rows move when
    sorted)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Runs", "Run"),
        QT_TRANSLATE_NOOP("Runs", "Goals"),
        QT_TRANSLATE_NOOP("Runs", "Strict"),
        QT_TRANSLATE_NOOP("Runs", "TV"),
        QT_TRANSLATE_NOOP("Runs", "Modes"),
        QT_TRANSLATE_NOOP("Runs", "Epochs"),
        QT_TRANSLATE_NOOP("Runs", "Doctor"),
    )
    # the run's name starts this wide (drag to widen; it elides, its tooltip is whole): the
    # number columns beside it always fit their headers ("Str..." was cut at 1280 wide)

    def __init__(self) -> None:
        super().__init__(0, len(self.COLUMNS))
        self.retranslate()
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # the run's name takes what is left; the number columns are as wide as their
        # contents and headers ("Str..." was cut when the name column took everything)
        header.setSectionResizeMode(0, QHeaderView.Interactive)  # elided; full in its tooltip
        self.setColumnWidth(0, NAME_WIDTH)
        for c in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)
        kept(self, "Runs", name=QT_TRANSLATE_NOOP("Runs", "Runs"))
        self.setSortingEnabled(True)
        self._doctor: dict[int, tuple[int, str, str]] = {}  # id(run) -> (reports, cell, tip)

    def retranslate(self) -> None:
        """Its headers and name in the current language (View > Language)."""
        self.setHorizontalHeaderLabels([translate("Runs", c) for c in self.COLUMNS])

    def _doctor_cell(self, run: RunHistory) -> QTableWidgetItem:
        """The run doctor's word on a run (core.teaching.doctor), worked out again only when
        the run has new reports."""
        known = self._doctor.get(id(run))
        if known is None or known[0] != len(run.rows):
            found = diagnose_history(run)
            tip = "\n".join(doctor_sentence(d) for d in found)
            known = (len(run.rows), doctor_cell(found) if run.rows else "-", tip)
            self._doctor[id(run)] = known
        item = QTableWidgetItem(known[1])
        item.setToolTip(plain_tip(known[2]))
        return item

    def fill(
        self,
        runs: list[RunHistory],
        ticked: list[bool],
        sweeps: list[SweepRecord] = (),
        sweeps_ticked: list[bool] = (),
    ) -> None:
        self.setSortingEnabled(False)  # rows stay put while they are filled
        self.setRowCount(len(runs) + len(sweeps))
        for i, (run, on) in enumerate(zip(runs, ticked)):
            last = run.last
            m = last.metrics if last is not None else None
            # the preset and what differs from it: a run modified in Advanced never looks
            # like an unmodified one (#4 default + D 128,128, lsgan, k 2, seed 0)
            short = f"#{run.number} {setup_words(run.config)}, seed {run.config.seed}"
            first = QTableWidgetItem(short + (f" ({run.source})" if run.source else ""))
            first.setData(Qt.UserRole, i)
            first.setFlags(first.flags() | Qt.ItemIsUserCheckable)
            first.setCheckState(Qt.Checked if on else Qt.Unchecked)
            first.setIcon(swatch(RUN_COLORS[i % len(RUN_COLORS)]))  # the run's curve colour
            first.setToolTip(plain_tip(in_words(run.describe())))
            met, total = run.goals if run.goals is not None else (0, 0)
            cells = [
                first,
                NumberItem(f"{met}/{total}" if total else "-", met / total if total else -1),
                NumberItem(
                    percent(m.strict_validity) if m else "-", m.strict_validity if m else -1
                ),
                NumberItem(number(m.tv, 3) if m else "-", m.tv if m else 2),
                NumberItem(
                    f"{m.modes_covered}/{m.support_size}" if m else "-",
                    m.modes_fraction if m else -1,
                ),
                NumberItem(number(last.epoch) if last else "0", last.epoch if last else 0),
                self._doctor_cell(run),
            ]
            for c, item in enumerate(cells):
                self.setItem(i, c, item)
        for j, (record, on) in enumerate(zip(sweeps, sweeps_ticked)):
            self._fill_sweep(len(runs) + j, j, record, on)
        self.setSortingEnabled(True)

    def _fill_sweep(self, row: int, j: int, record: SweepRecord, on: bool) -> None:
        """A sweep's row: its medians over seeds (its index kept as -(j + 1))."""
        first = QTableWidgetItem(record.name)
        first.setData(Qt.UserRole, -(j + 1))
        first.setFlags(first.flags() | Qt.ItemIsUserCheckable)
        first.setCheckState(Qt.Checked if on else Qt.Unchecked)
        first.setIcon(swatch(SWEEP_COLORS[j % len(SWEEP_COLORS)]))
        medians = translate("Runs", "The numbers are medians over its seeds.")
        first.setToolTip(plain_tip(record.describe() + "\n" + medians))
        last = record.last
        strict, tv = record.final_median("strict_validity"), record.final_median("tv")
        modes, support = record.final_modes()
        cells = [
            first,
            NumberItem("-", -1),
            NumberItem(percent(strict), strict),
            NumberItem(number(tv, 3), tv),
            NumberItem(f"{modes:g}/{support}", modes / support if support else -1),
            NumberItem(number(last.epoch) if last else "0", last.epoch if last else 0),
            QTableWidgetItem("-"),  # the doctor reads single runs
        ]
        for c, item in enumerate(cells):
            self.setItem(row, c, item)

    def run_at(self, row: int) -> int:
        """The run on ``row`` (-1 for none, or a sweep's row)."""
        key = self._key_at(row)
        return key if key is not None and key >= 0 else -1

    def sweep_at(self, row: int) -> int:
        """The sweep on ``row`` (-1 for none, or a run's row)."""
        key = self._key_at(row)
        return -key - 1 if key is not None and key < 0 else -1

    def _key_at(self, row: int) -> int | None:
        item = self.item(row, 0)
        return int(item.data(Qt.UserRole)) if item is not None else None

    def row_of(self, index: int) -> int:
        return next((r for r in range(self.rowCount()) if self.run_at(r) == index), -1)

    def ticked(self) -> list[int]:
        """Indices of the ticked runs, in the session's order."""
        return sorted(r for r in self._ticked_keys() if r >= 0)

    def ticked_sweeps(self) -> list[int]:
        """Indices of the ticked sweeps, in the session's order."""
        return sorted(-k - 1 for k in self._ticked_keys() if k < 0)

    def _ticked_keys(self) -> list[int]:
        return [
            self._key_at(r)
            for r in range(self.rowCount())
            if self.item(r, 0).checkState() == Qt.Checked
        ]

    def current_run(self) -> int:
        row = self.currentRow()
        return self.run_at(row) if row >= 0 else -1

    def select_run(self, index: int) -> None:
        self.selectRow(self.row_of(index))

    def set_ticked(self, index: int, on: bool) -> None:
        self.item(self.row_of(index), 0).setCheckState(Qt.Checked if on else Qt.Unchecked)


class RunsPanel(QWidget):
    save_requested = Signal(int)  # index into the window's run list
    show_requested = Signal(int)  # make that run current again (Training tab)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunHistory] = []
        self.sweeps: list[SweepRecord] = []
        self._choices: dict[int, bool] = {}  # run number -> ticked by the user's own hand
        self._sweep_choices: dict[int, bool] = {}  # sweep number -> ticked by hand
        layout = QVBoxLayout(self)
        intro = QLabel()
        said = QT_TRANSLATE_NOOP(
            "Runs",
            "Every run of this session (and every lab result opened) is kept. Tick two or more "
            "to overlay them (for example <i>book</i> and <i>default</i> with the same seed); "
            "click a column's header to sort.",
        )
        kept(intro, "Runs", said)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Horizontal)
        self.split = split
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = RunTable()
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.save_button = kept(
            QPushButton(),
            "Runs",
            QT_TRANSLATE_NOOP("Runs", "Save generator of this run..."),
            QT_TRANSLATE_NOOP("Runs", "Save the selected run's generator as a num_gen.pt"),
        )
        buttons.addWidget(self.save_button)
        self.show_button = kept(
            QPushButton(),
            "Runs",
            QT_TRANSLATE_NOOP("Runs", "Sh&ow in Training tab"),
            QT_TRANSLATE_NOOP(
                "Runs", "Make the selected run current again: its plots, timeline, save and exports"
            ),
        )
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.memory = QLabel()
        self.memory.setWordWrap(True)
        left_layout.addWidget(self.memory)
        split.addWidget(left)

        plots = QWidget()
        grid = QGridLayout(plots)
        grid.setContentsMargins(0, 0, 0, 0)
        self.styler = Styler()
        self.share = kept(
            QCheckBox(),
            "Runs",
            QT_TRANSLATE_NOOP("Runs", "x as a share of each run's epochs"),
            QT_TRANSLATE_NOOP(
                "Runs",
                "Runs of different lengths (book 10,000 epochs, default 800) side by side: "
                "0 is each run's start, 1 its planned end",
            ),
        )
        self.share.toggled.connect(lambda _on: self.redraw())
        grid.addWidget(self.share, 0, 0, 1, 3)
        self.loss_plot = make_plot("D loss (real + fake)", "epoch", "BCE loss")
        self.strict_plot = make_plot("Strict validity", "epoch", "share")
        self.tv_plot = make_plot("TV distance to the target", "epoch", "TV")
        self.dist_plot = make_plot("Last distribution", "integer", "share")
        self.dview_plot = make_plot("Last D's view", "integer", "P(real)")
        for p in (self.strict_plot, self.tv_plot, self.dview_plot):
            p.setYRange(0, 1.05, padding=0)
        for p in self.plots():
            self.styler.plot(p)
        self.key = Key()
        grid.addWidget(self.key, 1, 0, 1, 3)
        titled = {p: keyed(p, Key()) for p in self.plots()}  # each plot's title above it
        grid.addWidget(titled[self.loss_plot], 2, 0)
        grid.addWidget(titled[self.strict_plot], 2, 1)
        grid.addWidget(titled[self.tv_plot], 2, 2)
        grid.addWidget(titled[self.dist_plot], 3, 0, 1, 2)
        grid.addWidget(titled[self.dview_plot], 3, 2)
        self._plots_host = plots
        self._plots_scroll = PlotScroll(plots)  # small screens, large text: legible plots
        split.addWidget(self._plots_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.table.current_run()))
        self.show_button.clicked.connect(lambda: self.show_requested.emit(self.table.current_run()))
        self._update_buttons()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Narrow (a small screen, large text): the list above the plots, not beside them."""
        wide = event.size().width() >= 3 * self.fontMetrics().averageCharWidth() * 40
        want = Qt.Horizontal if wide else Qt.Vertical
        if self.split.orientation() != want:
            self.split.setOrientation(want)
        super().resizeEvent(event)

    def plots(self) -> tuple[pg.PlotWidget, ...]:
        return (self.loss_plot, self.strict_plot, self.tv_plot, self.dist_plot, self.dview_plot)

    # -- data ------------------------------------------------------------------------------
    def set_runs(self, runs: list[RunHistory], sweeps: list[SweepRecord] = ()) -> None:
        """Show ``runs`` and ``sweeps``; the latest two runs and the latest sweep are ticked
        unless the user chose otherwise."""
        rows = len(runs) + len(sweeps)
        added = len(runs) > len(self.runs) or self.table.rowCount() != rows
        new_sweep = len(sweeps) > len(self.sweeps)
        self.runs, self.sweeps = runs, list(sweeps)
        ticked = [self._choices.get(run.number, i >= len(runs) - 2) for i, run in enumerate(runs)]
        sweeps_ticked = [
            self._sweep_choices.get(rec.number, j == len(sweeps) - 1)
            for j, rec in enumerate(sweeps)
        ]
        self.table.blockSignals(True)
        self.table.fill(runs, ticked, self.sweeps, sweeps_ticked)
        self.table.blockSignals(False)
        if new_sweep:
            self.table.selectRow(self.table.rowCount() - 1)
        elif added and runs:
            self.table.select_run(len(runs) - 1)
        total = sum(r.nbytes() for r in runs)
        self._memory_words = (len(runs), total, len(sweeps))
        self._show_memory()
        self.redraw()
        self._update_buttons()

    def _show_memory(self) -> None:
        runs, total, sweeps = getattr(self, "_memory_words", (0, 0, 0))
        said = translate(
            "Runs", "%n run(s) kept: {0} of curves and timelines, plus one small generator each.",
            None, PLURAL, runs
        )  # fmt: skip
        said = said.format(format_bytes(total))
        if sweeps:
            said += " " + translate(
                "Runs", "%n sweep(s): their rows show medians over seeds.", None, PLURAL, sweeps
            )
        self.memory.setText(said)

    def retranslate(self) -> None:
        """Its composed texts (memory, the run names, the key) in the current language."""
        self._show_memory()
        self.redraw()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        i = int(item.data(Qt.UserRole))
        on = item.checkState() == Qt.Checked
        if 0 <= i < len(self.runs):
            self._choices[self.runs[i].number] = on
        elif 0 <= -i - 1 < len(self.sweeps):
            self._sweep_choices[self.sweeps[-i - 1].number] = on
        self.redraw()

    def checked_runs(self) -> list[int]:
        return self.table.ticked()

    def redraw(self) -> None:
        for p in self.plots():
            p.clear()
        self.styler.pens.clear()
        share = self.share.isChecked()
        for p in (self.loss_plot, self.strict_plot, self.tv_plot):
            x = (
                translate("plots", "share of the run's epochs")
                if share
                else translate("plots", "epoch")
            )
            p.setLabel("bottom", x, **p.getAxis("bottom").labelStyle)
        top, entries = 0.0, []
        losses = {self.runs[i].config.loss for i in self.checked_runs()}
        # the D-loss axis names its loss; runs of different losses say theirs in the key
        one = (
            translate("plots", LOSS_AXIS[losses.pop()])
            if len(losses) == 1
            else translate("plots", "each run's own loss (see key)")
        )
        self.loss_plot.setLabel("left", one, **self.loss_plot.getAxis("left").labelStyle)
        mixed = len({self.runs[i].config.loss for i in self.checked_runs()}) > 1
        for i in self.checked_runs():
            run = self.runs[i]
            color = RUN_COLORS[i % len(RUN_COLORS)]
            label = f"#{run.number} {setup_words(run.config, 2)}"
            if mixed:
                label += f" ({translate('plots', LOSS_AXIS[run.config.loss])})"
            entries.append((label, color, "line"))
            x, _ = run.curve("strict")
            if share:
                x = x / max(run.config.epochs, 1)
            for plot, key in (
                (self.loss_plot, "d_loss"),
                (self.strict_plot, "strict"),
                (self.tv_plot, "tv"),
            ):
                self.styler.curve(plot.plot(x, run.curve(key)[1]), color)
            last = run.last
            if last is not None:
                hist = last.metrics.histogram
                R = hist.size - 1
                edges = np.arange(R + 2) - 0.5
                self.styler.curve(self.dist_plot.plot(edges, hist, stepMode="center"), color)
                self.styler.curve(self.dview_plot.plot(np.arange(R), last.d_view), color, 1.5)
                top = max(top, float(hist.max()))
        top = max(top, self._draw_sweeps(share, entries))
        self.key.set_entries(entries)
        if top:
            self.dist_plot.setYRange(0, top * 1.15, padding=0)

    def _draw_sweeps(self, share: bool, entries: list) -> float:
        """Ticked sweeps, dashed: median strict validity and TV over epochs, and the seeds'
        mean last distribution; returns the tallest bar drawn."""
        top = 0.0
        for j in self.table.ticked_sweeps():
            record = self.sweeps[j]
            color = SWEEP_COLORS[j % len(SWEEP_COLORS)]
            said = translate("Runs", "sweep {0} (median)").format(record.number)
            entries.append((said, color, "dash"))
            for plot, metric in ((self.strict_plot, "strict_validity"), (self.tv_plot, "tv")):
                x, y = record.median_curve(metric)
                if share:
                    x = x / max(record.config.epochs, 1)
                self.styler.curve(plot.plot(x, y), color, dashed=True)
            hist = record.mean_histogram()
            if hist is not None:
                edges = np.arange(hist.size + 1) - 0.5
                curve = self.dist_plot.plot(edges, hist, stepMode="center")
                self.styler.curve(curve, color, dashed=True)
                top = max(top, float(hist.max()))
        return top

    def set_text_scale(self, scale: float) -> None:
        self.styler.apply(scale)
        line = text_line()
        self._plots_host.setMinimumHeight(2 * (2 * line + 5 * line) + 6 * line)
        self._plots_scroll.fit()
        # the list keeps its header and three rows in view: at 200 % the plots below took
        # all but the header, and the runs were not seen at all
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMinimumHeight(int(4 * 1.6 * line) + bar + 2 * self.table.frameWidth())

    def _update_buttons(self, *_args) -> None:
        chosen = 0 <= self.table.current_run() < len(self.runs)
        self.save_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)
