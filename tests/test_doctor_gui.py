"""The run doctor in the window: its banner during and after a run, its button that moves
the timeline to the onset, and the Runs tab's Doctor column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui_helpers import short, train_to_end


def test_the_doctor_names_the_books_trap_and_its_button_moves_the_timeline(window, qtbot):
    short(window, "book", epochs=600, report_every=50, eval_samples=2000)
    train_to_end(qtbot, window)
    banner = window.plots.doctor
    assert banner.isVisible() and "Undecided samples" in banner.text.text()
    assert "Undecided samples" in banner.accessibleDescription()  # a screen reader hears it
    onset = window.training.diagnoses[0].onset_epoch
    assert banner.button.text() == f"Go to epoch {onset:,}"
    qtbot.mouseClick(banner.button, Qt.LeftButton)
    shown = window.plots.shown_report().epoch
    assert abs(shown - onset) <= 50  # the kept report nearest the onset
    table = window.runs_panel.table
    column = table.COLUMNS.index("Doctor")
    assert table.item(0, column).text() == f"undecided @ {onset:,}"
    assert "multiple of five by accident" in table.item(0, column).toolTip()


@pytest.mark.slow  # a few seconds of training the default preset
def test_no_doctor_banner_for_a_healthy_run(window, qtbot):
    short(window, "default", epochs=300, batch=256, pack=8, eval_samples=2000)
    train_to_end(qtbot, window)
    assert not window.plots.doctor.isVisible()
    table = window.runs_panel.table
    assert table.item(0, table.COLUMNS.index("Doctor")).text() == "healthy"


@pytest.mark.slow  # a few seconds of training the default preset
def test_a_run_that_diverges_is_named_in_the_banner_after_it_fails(window, qtbot, dialogs):
    short(
        window,
        "default",
        epochs=200,
        batch=64,
        pack=4,
        report_every=20,
        eval_samples=500,
        loss="lsgan",
        optimizer="sgd",
        momentum=0.99,
        lr_d=10.0,
        lr_g=10.0,
    )
    train_to_end(qtbot, window)
    assert window.training.diagnoses[0].kind == "nan"
    assert "Diverged" in window.plots.doctor.text.text()


# the offscreen platform warns when any top-level window opens (not on a real display)
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_slow_motion_shows_the_steps_maths_with_its_numbers(window, qtbot):
    from tests.gui_helpers import step

    short(window, "book", epochs=100)
    window.training.set_slow_motion(True)
    step(qtbot, window)
    button = window.plots.story.button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.LeftButton)
    view = window.plots.steps.maths_view
    text = view.text()
    assert "D's loss on real" in text and "= -(log(" in text and "Adam update" in text
    assert view.view.toPlainText().startswith("D's loss on real")  # the rendered page
    step(qtbot, window)  # the open window follows the next step
    assert "D's loss on fake" in view.text() and "D's loss on fake" in view.view.toPlainText()
    window.plots.steps.maths_dialog.close()


def test_the_inspector_shows_the_last_steps_maths_with_a_full_precision_toggle(window, qtbot):
    """F10 in slow motion puts the step's formulas with its numbers on the inspector's Maths
    tab: short numbers, or with Full precision the engine's float32 ones (D's output bias after
    the Adam step, to 1e-6 relative); rendered offline (nothing loaded), said as text."""
    import re

    from tests.gui_helpers import step
    from tests.test_maths import evaluate

    short(window, "book", epochs=100)
    window.training.set_slow_motion(True)
    step(qtbot, window)
    maths = window.inspector.maths
    assert maths.steps and "D on real" in maths.title.text()
    page = maths.view.toPlainText()
    assert page.startswith("D's loss on real")
    update = maths.steps[-1]
    assert update.name.startswith("Adam update")
    # the engine's float32 bias after the step (test_maths: the story's result is D's bias)
    bias = update.result
    short_text = maths.text()
    assert f"= {update.result:.4g}" in short_text and f"{update.result:.9g}" not in short_text
    maths.full.setChecked(True)
    full_text = maths.text()
    last = full_text.split("\n\n")[-1].splitlines()
    assert float(last[-1].removeprefix("  = ")) == pytest.approx(bias, rel=1e-6)
    assert evaluate(last[-2].removeprefix("  = ")) == pytest.approx(bias, rel=1e-6)
    assert re.search(r"\d\.\d{6,}", maths.view.toPlainText())  # the page shows them too
    assert maths.view.document().asked == 0  # nothing fetched: works offline
    assert "Adam update of D's output bias" in maths.view.accessibleDescription()
