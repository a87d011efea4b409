"""The plots for a screen reader and the keyboard: their numbers in words and as tables, and
the window's news announced.

A pyqtgraph plot is a picture to a screen reader (its title, nothing else). Here every plot of
the window gets, at most every 2 s, an accessible description of its current numbers (each
curve's last value and range over epochs, or the tallest bars of a distribution), named after
its key's entries (matched by colour); each takes Tab focus, and Enter (or its right-click menu,
or View > Plots as tables) shows its numbers as a table.
Numbers are written by the one locale rule (``kit.numbers``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number

EVERY_S = 2.0  # descriptions and announcements: at most this often
MAX_SERIES = 6  # a description names at most this many curves (the table has them all)


def _color(item) -> str:
    """The colour an item is drawn in (its pen's, or its brush's for markers and bars)."""
    opts = getattr(item, "opts", {})
    for key in ("pen", "brush"):
        value = opts.get(key)
        if value is None:
            continue
        try:
            made = pg.mkPen(value) if key == "pen" else pg.mkBrush(value)
        except Exception:  # noqa: BLE001 - an unusual option: no colour to match by
            continue
        empty = Qt.NoPen if key == "pen" else Qt.NoBrush
        if made.style() != empty:
            return made.color().name().lower()
    return ""


def _key_names(plot: pg.PlotWidget) -> dict[str, str]:
    """Colour -> entry name, from the Key shown above the plot (plot_kit.keyed)."""
    from patterngan_gui.kit.plot_kit import Key

    frame = plot.parentWidget()
    key = frame.findChild(Key) if frame is not None else None
    if key is None:
        return {}
    return {color.lower(): name for name, color, _mark in key.entries}


def series(plot: pg.PlotWidget) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(name, x, y) of every curve, bar set and marker set with data, in drawing order; a
    stepped histogram's x are its bars' centres."""
    names = _key_names(plot)
    out, counts = [], {}
    for item in plot.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem | pg.ScatterPlotItem):
            x, y = item.getData()
        elif isinstance(item, pg.BarGraphItem):
            x, y = item.opts.get("x"), item.opts.get("height")
        else:
            continue
        if x is None or y is None or len(y) == 0:
            continue
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if x.size == y.size + 1:  # stepMode="center": edges around the bars
            x = (x[:-1] + x[1:]) / 2
        name = (
            getattr(item, "opts", {}).get("name")
            or names.get(_color(item))
            or plot.getPlotItem().getAxis("left").labelText
            or "values"
        )
        name = translate("plots", name)  # the key's words, in the window's language
        counts[name] = counts.get(name, 0) + 1
        if counts[name] > 1:
            name = f"{name} {counts[name]}"
        out.append((name, x, y))
    return out


def _value(v: float) -> str:
    if not np.isfinite(v):
        return translate("PlotAccess", "none")
    return number(v, 0 if abs(v) >= 100 else 3)


def describe(plot: pg.PlotWidget) -> str:
    """The plot's current numbers in a few sentences."""
    title = getattr(plot, "_titles", (plot.accessibleName(),))[0]
    xlabel = getattr(plot, "_source_titles", ("", "", ""))[1]
    parts = []
    found = series(plot)
    for name, x, y in found[:MAX_SERIES]:
        finite = np.isfinite(y)
        if not finite.any():
            continue
        if xlabel == "epoch":
            last = int(np.flatnonzero(finite)[-1])
            said = translate("PlotAccess", "{0}: {1} at epoch {2} (lowest {3}, highest {4})")
            low, high = _value(np.nanmin(y)), _value(np.nanmax(y))
            parts.append(said.format(name, _value(y[last]), number(x[last]), low, high))
        else:
            order = np.argsort(-np.where(finite, y, -np.inf))[:5]
            top = ", ".join(f"{number(x[i])}: {_value(y[i])}" for i in order if y[i] > 0)
            marks = ", ".join(number(v) for v in x[:12]) + (", ..." if x.size > 12 else "")
            tallest, at = (
                translate("PlotAccess", "{0}, highest at {1}"),
                translate("PlotAccess", "{0} at {1}"),
            )
            parts.append(tallest.format(name, top) if top else at.format(name, marks))
    if len(found) > MAX_SERIES:
        more = translate("PlotAccess", "and {0} more (Enter shows the table)")
        parts.append(more.format(len(found) - MAX_SERIES))
    body = "; ".join(parts) if parts else translate("PlotAccess", "no data yet")
    return translate("PlotAccess", "{0}: {1}.").format(title, body)


def table_of(plot: pg.PlotWidget) -> QTableWidget:
    """The plot's numbers: one row per x, one column per series."""
    found = series(plot)
    xs = sorted({float(v) for _n, x, _y in found for v in x})
    xlabel = getattr(plot, "_titles", ("", "x", ""))[1]
    table = QTableWidget(len(xs), 1 + len(found))
    table.setHorizontalHeaderLabels([xlabel or "x", *(name for name, _x, _y in found)])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
    table.setAccessibleName(plot.accessibleName())
    row_of = {v: i for i, v in enumerate(xs)}
    for i, v in enumerate(xs):
        table.setItem(i, 0, QTableWidgetItem(number(v, 0 if v == int(v) else 2)))
    for col, (_name, x, y) in enumerate(found, start=1):
        for xv, yv in zip(x, y):
            table.setItem(row_of[float(xv)], col, QTableWidgetItem(_value(yv)))
    return table


def tables_dialog(plots: list[pg.PlotWidget], parent: QWidget | None) -> QDialog:
    """One tab per plot, each its table."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("PlotAccess", "Plots as tables"))
    layout = QVBoxLayout(dialog)
    tabs = QTabWidget()
    for plot in plots:
        tabs.addTab(table_of(plot), plot.accessibleName() or "plot")
    layout.addWidget(tabs)
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(560, 480)
    return dialog


class PlotAccess(QObject):
    """Keeps every plot under ``root`` described (at most every 2 s) and reachable by keys."""

    def __init__(self, root: QWidget, show: Callable[[QDialog], object] | None = None) -> None:
        super().__init__(root)
        self.root = root
        self.show = show or (lambda dialog: dialog.exec())  # tests replace it
        self._known: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(int(EVERY_S * 1000))
        self.timer.timeout.connect(self.update)
        self.timer.start()
        self.update()

    def plots(self, visible_only: bool = False) -> list[pg.PlotWidget]:
        found = self.root.findChildren(pg.PlotWidget)
        return [p for p in found if p.isVisible()] if visible_only else found

    def update(self) -> None:
        for plot in self.plots():
            if id(plot) not in self._known:
                self._adopt(plot)
            if not plot.isVisible() and plot.accessibleDescription():
                continue  # hidden: described again once shown
            text = describe(plot)
            if text != plot.accessibleDescription():
                plot.setAccessibleDescription(text)  # Qt tells screen readers it changed

    def _adopt(self, plot: pg.PlotWidget) -> None:
        self._known.add(id(plot))
        plot.setFocusPolicy(Qt.TabFocus)  # Tab reaches it: its name and numbers are read
        action = QAction(translate("PlotAccess", "Show as table"), plot)
        action.triggered.connect(lambda _=False, p=plot: self.show_tables([p]))
        menu = plot.getPlotItem().vb.menu
        if menu is not None:
            menu.addAction(action)
        plot.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.show_tables([obj])
            return True
        return False

    def show_tables(self, plots: list[pg.PlotWidget] | None = None) -> QDialog:
        """View > Plots as tables (the plots on screen), or one plot's table."""
        from PySide6.QtWidgets import QApplication

        from patterngan_gui.kit.focus import settle_focus

        plots = plots or self.plots(visible_only=True) or self.plots()
        before = QApplication.focusWidget()
        dialog = tables_dialog(plots, self.root)
        self.show(dialog)
        settle_focus(self.root, before)
        return dialog
