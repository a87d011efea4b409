"""Run comparison: every run of the session in a list; tick two or more to overlay them.

Overlays strict validity and TV distance against epochs, and each run's last distribution.
Each run keeps its set-up, curves, a bounded timeline and (once it is no longer the current
run) a copy of its generator, so any of them can be saved afterwards.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.teaching.history import RunHistory, format_bytes
from patterngan_gui.plots import (
    BLUE,
    GREEN,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
    make_plot,
    pen,
)

RUN_COLORS = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, "#888888")


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RunsPanel(QWidget):
    save_requested = Signal(int)  # index into the window's run list
    show_requested = Signal(int)  # make that run current again (Training tab)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunHistory] = []
        self._choices: dict[int, bool] = {}  # run number -> ticked by the user's own hand
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Every run of this session is kept. Tick two or more to overlay them "
            "(for example <i>book</i> and <i>default</i> with the same seed)."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName("Runs")
        self.list.setWordWrap(True)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save &generator of this run...")
        self.save_button.setToolTip("Save the selected run's generator as a num_gen.pt")
        buttons.addWidget(self.save_button)
        self.show_button = QPushButton("S&how in Training tab")
        self.show_button.setToolTip(
            "Make the selected run current again: its plots, timeline, save and exports"
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
        self.strict_plot = make_plot("Strict validity", "epoch", "share")
        self.tv_plot = make_plot("TV distance to the target", "epoch", "TV")
        self.dist_plot = make_plot("Last distribution", "integer", "share of samples")
        for p in (self.strict_plot, self.tv_plot):
            p.setYRange(0, 1.05, padding=0)
        grid.addWidget(self.strict_plot, 0, 0)
        grid.addWidget(self.tv_plot, 0, 1)
        grid.addWidget(self.dist_plot, 1, 0, 1, 2)
        split.addWidget(plots)
        split.setSizes([380, 900])
        layout.addWidget(split, 1)

        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.list.currentRow()))
        self.show_button.clicked.connect(lambda: self.show_requested.emit(self.list.currentRow()))
        self._update_buttons()

    def plots(self) -> tuple[pg.PlotWidget, ...]:
        return (self.strict_plot, self.tv_plot, self.dist_plot)

    # -- data ------------------------------------------------------------------------------
    def set_runs(self, runs: list[RunHistory]) -> None:
        """Show ``runs``; the latest two are ticked unless the user chose otherwise."""
        self.runs = runs
        self.list.blockSignals(True)
        added = self.list.count() < len(runs)
        while self.list.count() < len(runs):
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            self.list.addItem(item)
        while self.list.count() > len(runs):
            self.list.takeItem(self.list.count() - 1)
        for i, run in enumerate(runs):
            item = self.list.item(i)
            item.setText(run.describe())
            item.setIcon(swatch(RUN_COLORS[i % len(RUN_COLORS)]))  # the run's curve colour
            on = self._choices.get(run.number, i >= len(runs) - 2)
            item.setCheckState(Qt.Checked if on else Qt.Unchecked)
        self.list.blockSignals(False)
        if added:
            self.list.setCurrentRow(len(runs) - 1)
        total = sum(r.nbytes() for r in runs)
        self.memory.setText(
            f"{len(runs)} run(s) kept: {format_bytes(total)} of curves and timelines, plus one "
            "small generator each."
        )
        self.redraw()
        self._update_buttons()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        i = self.list.row(item)
        if 0 <= i < len(self.runs):
            self._choices[self.runs[i].number] = item.checkState() == Qt.Checked
        self.redraw()

    def _checked(self, i: int) -> bool:
        return self.list.item(i).checkState() == Qt.Checked

    def checked_runs(self) -> list[int]:
        return [i for i in range(self.list.count()) if self._checked(i)]

    def redraw(self) -> None:
        for p in self.plots():
            p.clear()
            p.getPlotItem().legend.clear()
        top = 0.0
        for i in self.checked_runs():
            run = self.runs[i]
            color = RUN_COLORS[i % len(RUN_COLORS)]
            label = f"#{run.number} {run.config.preset}"
            x, strict = run.curve("strict")
            _, tv = run.curve("tv")
            self.strict_plot.plot(x, strict, pen=pen(color), name=label)
            self.tv_plot.plot(x, tv, pen=pen(color), name=label)
            last = run.last
            if last is not None:
                hist = last.metrics.histogram
                R = hist.size - 1
                self.dist_plot.plot(
                    np.arange(R + 2) - 0.5, hist, stepMode="center", pen=pen(color), name=label
                )
                top = max(top, float(hist.max()))
        if top:
            self.dist_plot.setYRange(0, top * 1.3, padding=0)

    def _update_buttons(self, *_args) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.runs)
        self.save_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)
