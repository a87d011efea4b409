"""The plots for a screen reader and the keyboard (issue 36): each describes its current numbers
(at most every 2 s), shows them as a table, takes Tab focus; news is announced at most once per
2 s."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QTabWidget

from tests.gui_helpers import short, train_to_end


def test_every_plot_describes_its_numbers_after_a_run(window, qtbot):
    plots = window.findChildren(pg.PlotWidget)
    assert len(plots) >= 7  # Training's four, Sampling, Sweeps, Networks...
    assert window.plot_access.timer.isActive()  # described again at most every 2 s
    assert window.plot_access.timer.interval() == 2000
    short(window, epochs=200, report_every=100)
    before = window.plots.loss_plot.accessibleDescription()
    train_to_end(qtbot, window)
    window.plot_access.update()  # what its 2 s timer does
    loss = window.plots.loss_plot.accessibleDescription()
    assert loss != before
    assert loss.startswith("Losses: ") and "at epoch 200" in loss
    d = window.session.run.history.curves["d_loss"][-1]
    assert f"{d:.3f}" in loss  # the last D loss, in words
    dist = window.plots.dist_plot.accessibleDescription()
    assert "highest at" in dist
    quality = window.plots.quality_plot.accessibleDescription()
    assert "strict" in quality.lower()
    for plot in window.findChildren(pg.PlotWidget):
        assert plot.accessibleName(), "a plot without a title"
        assert plot.focusPolicy() & Qt.TabFocus


def test_a_plot_is_shown_as_a_table_with_enter_and_from_the_view_menu(window, qtbot):
    shown: list[QDialog] = []
    window.plot_access.show = shown.append
    short(window, epochs=200, report_every=100)
    train_to_end(qtbot, window)
    loss = window.plots.loss_plot
    loss.setFocus()
    qtbot.keyClick(loss, Qt.Key_Return)
    table = shown[-1].findChild(QTableWidget)
    assert table.horizontalHeaderItem(0).text() == "epoch"
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert len(headers) == 3  # epoch, D, G
    assert table.rowCount() == len(window.session.run.history.epochs)
    assert table.item(table.rowCount() - 1, 0).text() == "200"
    window.action("plot_tables").trigger()  # Ctrl+T: every plot on screen
    tabs = shown[-1].findChild(QTabWidget)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == ["Losses", "Quality", "Generator's distribution", "D's view"]


def test_news_is_announced_at_most_once_per_interval(qtbot):
    from PySide6.QtWidgets import QLabel

    from patterngan_gui.kit.announce import Announcer

    host = QLabel()
    qtbot.addWidget(host)
    now = [100.0]
    told: list[str] = []
    ann = Announcer(host, every_s=0.2, clock=lambda: now[0])
    ann.announced.connect(told.append)
    ann.say("Step D on real")
    ann.say("Step D on fake")
    ann.say("Step G")
    assert told == ["Step D on real"]  # the rest wait
    now[0] += 0.2
    with qtbot.waitSignal(ann.announced, timeout=2000):
        pass
    assert told == ["Step D on real", "Step G"]  # only the latest of those that waited


def test_a_run_s_end_is_announced(window, qtbot):
    told: list[str] = []
    window.announcer.announced.connect(told.append)
    short(window, epochs=100, report_every=100)
    train_to_end(qtbot, window)
    if told[-1:] != ["Training finished"]:  # the end came within 2 s of "Training..."
        with qtbot.waitSignal(window.announcer.announced, timeout=3000):
            pass
    assert told[-1] == "Training finished"
