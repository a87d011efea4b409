"""900x600, the smallest screen we design for (issue 36): a lab's instructions show at least 8
lines, the timeline and its numbers stay on screen on the Training tab, the slow-motion banner
does not push the plots off, and the Sampling table's ten columns are whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui_helpers import short, step

LAB = str(Path(__file__).resolve().parent.parent / "resources" / "class-lab.toml")


def on_screen(widget, window) -> bool:
    """The whole widget lies inside the window and inside every scroll area above it."""
    rect = widget.rect()
    top_left = widget.mapTo(window, rect.topLeft())
    if not window.rect().contains(top_left) or not window.rect().contains(
        widget.mapTo(window, rect.bottomRight())
    ):
        return False
    return widget.visibleRegion().boundingRect().height() >= rect.height() - 1


def test_at_900x600_a_lab_the_timeline_and_the_plots_fit(window, qtbot):
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600, timeout=2000)
    window.labs.open_lab(LAB)
    short(window, "book", epochs=300, eval_samples=300)
    window.training.set_slow_motion(True)
    step(qtbot, window, "step_d_real")  # the banner with the step's sentence
    QApplication.processEvents()
    plots = window.plots
    assert plots.story.isVisible()
    from patterngan_gui.panels.lab_panel import visible_lines

    text = window.instructions
    assert visible_lines(text) >= 8  # whole lines drawn, the heading's and spacing counted
    panel = window.lab_panel
    assert panel.goals_box.isVisible() and panel.questions_box.isVisible()
    for field in panel.answer_fields:  # each answer field in view, or scrolled to by Tab
        panel.below.ensureWidgetVisible(field)
        QApplication.processEvents()
        assert field.visibleRegion().boundingRect().height() >= field.height() - 1
    assert on_screen(plots.timeline_info, window) and plots.timeline_info.text()
    assert on_screen(plots.timeline, window)
    assert not plots._grid_scroll.verticalScrollBar().isVisible()  # four plots, none cut
    window.tabs.setCurrentWidget(window.sampling)
    QApplication.processEvents()
    assert not window.sampling.table.horizontalScrollBar().isVisible()


def clipped_keys(window) -> list[str]:
    """The plots' keys (kit.plot_kit.Key) shown on this tab narrower than their longest
    unbreakable piece (a word-wrapped label's minimum width): that piece is cut."""
    from patterngan_gui.kit.plot_kit import Key

    return [
        f"{key.text()[:60]}: {key.minimumSizeHint().width()} > {key.width()}"
        for key in window.findChildren(Key)
        if key.isVisibleTo(window) and key.minimumSizeHint().width() > key.width()
    ]


def test_at_900x600_no_plot_key_is_cut_on_any_tab(window, qtbot):
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600, timeout=2000)
    window.labs.open_lab(LAB)
    found = {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        found[window.tabs.tabText(i)] = clipped_keys(window)
    assert {tab: keys for tab, keys in found.items() if keys} == {}


def test_at_1280x800_the_goals_and_questions_need_no_scroll(window, qtbot):
    """With room to spare the goals and questions are shown whole (their height is measured
    wrapped beside a scroll bar: measured without, the last answer field was cut)."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280 and window.height() == 800, timeout=2000)
    window.labs.open_lab(LAB)
    QApplication.processEvents()
    panel = window.lab_panel
    qtbot.waitUntil(lambda: not panel.below.verticalScrollBar().isVisible(), timeout=3000)


def cut_plot_text(window) -> list[str]:
    """The window's shown plots whose widget is cut by what holds it (a squeezed frame), or
    whose axis titles' text runs past the plot's own edges."""
    import pyqtgraph as pg

    found = []
    for plot in window.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        name = plot.accessibleName()
        shown = plot.viewport().visibleRegion().boundingRect()  # the view covers the plot
        scroll = plot.parentWidget()
        while scroll is not None and not hasattr(scroll, "verticalScrollBar"):
            scroll = scroll.parentWidget()
        scrolled = scroll is not None and scroll.verticalScrollBar().isVisible()
        if not scrolled and shown.height() < plot.viewport().height() - 1:
            found.append(f"{name}: {shown.height()} of {plot.viewport().height()} px shown")
        found += [f"{name}: {side}" for side in title_outside(plot)]
    return found


def title_outside(plot) -> list[str]:
    """The plot's axis titles whose text runs past the plot's own edges."""
    edges = plot.viewport().rect().adjusted(-1, -1, 1, 1)
    found = []
    for side in ("left", "bottom", "right"):
        axis = plot.getPlotItem().getAxis(side)
        if not axis.isVisible() or not axis.labelText:
            continue
        m = axis.label.document().documentMargin()
        text = axis.label.mapRectToScene(axis.label.boundingRect().adjusted(m, m, -m, -m))
        rect = plot.mapFromScene(text).boundingRect()
        if not edges.contains(rect):
            found.append(f"{side} title {axis.labelText!r} at {rect.getRect()}")
    return found


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_at_900x600_with_the_banner_every_plot_and_axis_title_is_whole(
    window, qtbot, code, language_restored
):
    """German's four-line Quality key squeezed the plots' frames: the bottom axes ("Epoche",
    "ganze Zahl") were cut off, and Spanish side titles ran past the plots' tops."""
    window.languages.choose(code)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600, timeout=2000)
    window.labs.open_lab(LAB)
    short(window, "book", epochs=300, eval_samples=300)
    window.training.set_slow_motion(True)
    step(qtbot, window, "step_d_real")  # the banner with the step's sentence
    QApplication.processEvents()
    assert window.plots.story.isVisible()
    assert not window.plots._grid_scroll.verticalScrollBar().isVisible()  # four plots, none cut
    assert cut_plot_text(window) == []
    for name, key in window.plots.keys.items():  # Quality's took four lines, its plot a sliver
        lines = key.heightForWidth(key.width()) / key.fontMetrics().lineSpacing()
        assert lines < 4, (name, key.text())
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert cut_plot_text(window) == [], window.tabs.tabText(i)


def test_at_900x600_without_a_lab_the_sampling_table_s_ten_columns_are_whole(window, qtbot):
    """With the set-up dock (no lab) the table sat at its least width, 34 px a column, while
    the style's least section is 36: a horizontal scroll bar hid the tenth column."""
    from tests.gui_helpers import train_to_end

    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900 and window.height() == 600, timeout=2000)
    short(window, "book", epochs=100, eval_samples=300)
    train_to_end(qtbot, window)
    window.tabs.setCurrentWidget(window.sampling)
    window.files.sample()
    QApplication.processEvents()
    table = window.sampling.table
    assert table.model().rowCount() > 0
    assert not table.horizontalScrollBar().isVisible()
