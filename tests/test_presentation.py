"""Legible on a projector and on a small screen: text scaling, the minimum size, axes that fit
what a step changed, fields that look like what they are, plots-only export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.gui_helpers import short, step, train_to_end


def test_larger_text_scales_widgets_plots_lines_and_markers_and_is_remembered(make_window, qtbot):
    w = make_window()
    base_pt = QApplication.font().pointSizeF()
    tick = w.plots.loss_plot.getAxis("bottom").style["tickFont"].pointSizeF()
    width = w.plots.d_curve.opts["pen"].widthF()
    marker = w.plots.support_marks.opts["size"]
    qtbot.keyClick(w, Qt.Key_Equal, Qt.ControlModifier)
    qtbot.keyClick(w, Qt.Key_Equal, Qt.ControlModifier)
    assert w.text_scale == pytest.approx(1.3)
    assert QApplication.font().pointSizeF() == pytest.approx(base_pt * 1.3)
    assert w.plots.loss_plot.getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(
        tick * 1.3
    )
    assert w.plots.d_curve.opts["pen"].widthF() == pytest.approx(width * 1.3)
    assert w.plots.support_marks.opts["size"] == pytest.approx(marker * 1.3)
    w.close()
    again = make_window()  # same settings file
    assert again.text_scale == pytest.approx(1.3)
    assert QApplication.font().pointSizeF() == pytest.approx(base_pt * 1.3)
    qtbot.keyClick(again, Qt.Key_0, Qt.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base_pt)
    qtbot.keyClick(again, Qt.Key_Minus, Qt.ControlModifier)
    assert again.text_scale < 1.0


def test_at_the_minimum_size_the_setup_reflows_and_the_log_shows_three_lines(window, qtbot):
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900, timeout=2000)
    short(window, "book", epochs=500, eval_samples=300)
    train_to_end(qtbot, window)
    QApplication.processEvents()
    scroll = window.setup_dock.widget()
    assert not scroll.horizontalScrollBar().isVisible()
    assert window.setup.width() <= scroll.viewport().width()
    log = window.plots.log
    assert log.viewport().height() >= 3 * log.fontMetrics().lineSpacing()
    for key in window.plots.keys.values():  # every key's text fits its width (wrapped)
        assert key.heightForWidth(key.width()) <= key.height() + 1


def test_slow_motion_from_epoch_0_fits_the_epoch_axes_to_the_data(window, qtbot):
    short(window, "book", epochs=10_000, eval_samples=300)
    window.training.set_slow_motion(True)
    for _ in range(6):
        step(qtbot, window)
    right = window.plots.loss_plot.viewRange()[0][1]
    assert right < 20  # two epochs stepped: not a 0..10,000 axis with two points on it
    assert window.plots.quality_plot.viewRange()[0][1] < 20


@pytest.mark.parametrize("kind", ["multiples", "odd", "mod", "primes", "expr"])
def test_a_range_error_is_flagged_on_the_range_for_every_pattern_kind(window, kind):
    setup = window.setup
    setup.kind.setCurrentIndex(setup.kind.findData(kind))
    if kind == "expr":
        setup.expr.setText("n % 3 == 1")
    setup.lo.setValue(60)
    setup.hi.setValue(20)
    assert "the range must end after it starts" in setup.error.text()
    assert setup.lo.styleSheet() and setup.hi.styleSheet()
    assert not setup.k.styleSheet() and not setup.expr.styleSheet()
    assert "pattern: pattern" not in setup.error.text()


def test_an_expression_error_is_flagged_on_the_expression(window):
    setup = window.setup
    setup.kind.setCurrentIndex(setup.kind.findData("expr"))
    setup.expr.setText("n +")
    assert setup.expr.styleSheet() and not setup.hi.styleSheet()
    assert setup.error.text().startswith("pattern: expression")


@pytest.mark.parametrize("theme", ["light", "dark", "system"])
def test_disabled_fields_look_disabled(window, theme):
    window.set_theme(theme)
    palette = window.setup.expr.palette()
    assert not window.setup.expr.isEnabled()  # "Multiples of K": no expression
    assert palette.color(QPalette.Disabled, QPalette.Base) != palette.color(
        QPalette.Active, QPalette.Base
    )
    # its placeholder no brighter (dark) or darker (light) than other disabled text
    assert palette.color(QPalette.Disabled, QPalette.PlaceholderText) == palette.color(
        QPalette.Disabled, QPalette.Text
    )


def test_the_samples_log_keeps_its_newest_line_in_view_when_lines_wrap(window, qtbot):
    window.resize(900, 600)
    short(window, "book", epochs=3000, report_every=100, eval_samples=300)
    train_to_end(qtbot, window)
    window.plots.refresh()
    bar = window.plots.log.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_the_samples_log_holds_what_appending_each_line_would(qapp):
    """The log appends a flush's lines as one edit: the document is the one ``appendHtml``
    line by line makes (no colour or bold carried into the next line), and the block limit
    holds."""
    from PySide6.QtWidgets import QPlainTextEdit

    from patterngan_gui.panels.samples_log import append_following

    lines = [
        "<span style='color:#888'>epoch 100</span> [5, <b>13</b>] <i>(stopped)</i>",
        "<span style='color:#a3a'><u>7?</u></span>",
        "plain [5, 10]",
        "<b>bold & last</b>",
    ]
    by_line, ours = QPlainTextEdit(), QPlainTextEdit()
    for line in lines * 2:
        by_line.appendHtml(line)
    append_following(ours, lines)
    append_following(ours, [])
    append_following(ours, lines)
    assert ours.document().toHtml() == by_line.document().toHtml()
    assert ours.document().blockCount() == 8
    ours.setMaximumBlockCount(5)
    append_following(ours, lines)
    assert ours.document().blockCount() == 5 and ours.toPlainText().endswith("bold & last")


def test_a_stop_just_after_a_report_says_stopped_without_repeating_the_line(window, qtbot):
    """Stopped right after report 100 (Shift+F5 while the window catches up), the run ends
    with a stopped report of that same epoch: the log says so in a line of its own instead
    of printing epoch 100's numbers twice."""
    from core.engine.reports import RunControl
    from core.engine.trainer import Trainer

    short(window, "book", epochs=1000, eval_samples=300)
    control, trainer = RunControl(), Trainer(window.setup.config())
    reports = []
    for report in trainer.reports(control):
        reports.append(report)
        control.stop()
    for report in reports:
        window.plots.add_report(report)
    window.plots.refresh()
    text = window.plots.samples_log.text()
    assert text.count("epoch 100 [") == 1, text
    assert text.rstrip().endswith("(stopped at epoch 100)")


def test_export_plots_writes_the_plots_only_at_twice_the_resolution(
    window, qtbot, tmp_path, monkeypatch
):
    short(window, "book", epochs=200, eval_samples=300)
    train_to_end(qtbot, window)
    path = tmp_path / "plots"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.action("export_png").trigger()
    image = QImage(str(tmp_path / "plots.png"))
    grid = window.plots._grid_host
    assert image.width() == 2 * grid.width() and image.height() == 2 * grid.height()
    assert image.height() < 2 * window.plots.height()  # the timeline and log are not in it


def test_at_130_percent_text_on_900x600_the_toolbar_fits_and_numbers_are_whole(window, qtbot):
    from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

    from tests.gui_helpers import short, train_to_end

    window.resize(900, 600)
    window.set_text_scale(1.3)
    window.show()
    short(window, "book", epochs=600, eval_samples=300)
    train_to_end(qtbot, window)
    window.files.sample()
    qtbot.waitUntil(lambda: window.sampling.model.rowCount() > 0, timeout=20_000)
    window.tabs.setCurrentWidget(window.sampling)
    QApplication.processEvents()  # the layouts settle
    toolbar = window.findChild(QToolBar, "run_toolbar")
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # no action hidden behind "»"
    table = window.sampling.table
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(str(table.model().index(r, c).data()))
        for r in range(table.model().rowCount())
        for c in range(table.model().columnCount())
    )
    header = table.horizontalHeader()
    assert min(header.sectionSize(c) for c in range(header.count())) >= widest  # never "1..."
    window.set_text_scale(1.0)
