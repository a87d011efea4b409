"""One locale rule for numbers (issue 36): what a student types into a decimal box is the number
they mean in every locale ("0.002" is never 2.0), and the status bar writes numbers as the spin
boxes do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

LOCALES = ["de_DE", "es_ES", "fr_FR", "en_US"]


@pytest.fixture
def in_locale(request):
    """The window's locale for one test (QLocale.setDefault, put back afterwards)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def type_into(qtbot, box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key_Return)


@pytest.mark.parametrize("in_locale", LOCALES, indirect=True)
@pytest.mark.parametrize("typed", ["0.002", "0,002"])
def test_a_typed_learning_rate_is_the_number_meant_in_every_locale(qtbot, in_locale, typed):
    from patterngan_gui.panels.setup_panel import SetupPanel

    panel = SetupPanel()
    qtbot.addWidget(panel)

    type_into(qtbot, panel.lr_d, typed)
    assert panel.lr_d.value() == pytest.approx(0.002)
    assert panel.draft().lr_d == pytest.approx(0.002)
    point = QLocale().decimalPoint()
    assert panel.lr_d.text() == f"0{point}00200"  # shown back in the locale's own way


@pytest.mark.parametrize("in_locale", ["de_DE", "en_US"], indirect=True)
def test_two_different_decimal_marks_are_refused_not_guessed(qtbot, in_locale):
    from patterngan_gui.kit.numbers import DecimalSpinBox

    box = DecimalSpinBox(decimals=5, maximum=10.0, value=0.001)
    qtbot.addWidget(box)

    from PySide6.QtGui import QValidator

    state, _, _ = box.validate("1.000,5", 0)
    assert state == QValidator.Intermediate  # never accepted as it stands
    box.lineEdit().setText("1.000,5")  # pasted whole
    box.interpretText()
    assert box.value() == pytest.approx(0.001)  # kept: nothing was taken from ambiguous text


@pytest.mark.parametrize("in_locale", LOCALES, indirect=True)
def test_every_decimal_box_of_the_set_up_and_the_live_change_takes_the_point(qtbot, in_locale):
    from patterngan_gui.controllers.live_change import LiveChangeDialog
    from patterngan_gui.kit.numbers import DecimalSpinBox
    from patterngan_gui.panels.setup_panel import SetupPanel

    panel = SetupPanel()
    dialog = LiveChangeDialog({"lr_d": 0.001, "lr_g": 0.001, "d_steps": 1})
    for w in (panel, dialog):
        qtbot.addWidget(w)
    from PySide6.QtWidgets import QDoubleSpinBox

    boxes = [*panel.findChildren(QDoubleSpinBox), *dialog.findChildren(QDoubleSpinBox)]
    assert boxes and all(isinstance(b, DecimalSpinBox) for b in boxes)
    for box in boxes:
        assert box.valueFromText("0.5") == pytest.approx(min(max(0.5, 0), 1e9))


@pytest.mark.parametrize("in_locale", LOCALES, indirect=True)
def test_the_status_bar_writes_numbers_as_the_spin_boxes_do(qtbot, make_window, in_locale):
    from core.engine.presets import make_config

    window = make_window()
    window.setup.set_config(make_config("book", epochs=12000))
    assert window.setup.epochs.text() == QLocale().toString(12000)
    assert window.status.epoch.text() == f"epoch 0 / {window.setup.epochs.text()}"
