"""Take the GAN apart in the window: the Advanced group's knobs, driven as a student would
(clicks and keys), and changing learning rates and k while a run goes on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.teaching.lab import parse_lab
from tests.gui_helpers import short, train_to_end


def test_advanced_group_is_collapsed_and_opens_with_a_click(window, qtbot):
    adv = window.setup.advanced
    assert not adv.body.isVisibleTo(window.setup)
    qtbot.mouseClick(adv.toggle, Qt.LeftButton)
    assert adv.body.isVisibleTo(window.setup)
    for widget in adv.rows.values():
        assert widget.toolTip(), widget  # every knob says what it does


def test_changing_a_knob_marks_the_preset_modified_and_reaches_the_config(window, qtbot):
    setup = window.setup
    setup.advanced.set_expanded(True)
    assert "modified" not in setup.preset_help.text()
    setup.advanced.loss.setCurrentIndex(setup.advanced.loss.findData("lsgan"))
    setup.advanced.d_steps.setValue(3)
    setup.advanced.d_hidden.clear()
    qtbot.keyClicks(setup.advanced.d_hidden, "16,8")
    assert "(modified: d_hidden, loss, d_steps)" in setup.preset_help.text()
    config = setup.config()
    assert config.loss == "lsgan" and config.d_steps == 3 and config.d_hidden == (16, 8)
    setup.set_preset("book")  # choosing the preset again fills its own values
    assert "modified" not in setup.preset_help.text()


def test_a_knob_combination_that_cannot_train_is_flagged_at_the_knob(window, qtbot):
    setup = window.setup
    short(window, "book", epochs=50)
    adv = setup.advanced
    adv.loss.setCurrentIndex(adv.loss.findData("wgan-gp"))  # the book head's D is a Sigmoid
    assert setup.error.text().startswith("loss: wgan-gp needs a D that outputs a score")
    assert "D55E00" in adv.loss.styleSheet() and adv.body.isVisibleTo(setup)
    assert not window.action("train").isEnabled()
    adv.head.setCurrentIndex(adv.head.findData("gumbel"))
    assert "one D step" in setup.error.text()  # the book's separate D steps next
    adv.d_step.setCurrentIndex(1)  # together
    assert setup.error.text() == "" and window.action("train").isEnabled()
    adv.g_hidden.setText("64,,x")
    assert setup.error.text().startswith("g_hidden:") and "D55E00" in adv.g_hidden.styleSheet()


def test_a_run_trains_with_the_knobs_set_in_the_window(window, qtbot):
    short(window, "collapse", epochs=40, batch=16, report_every=20, eval_samples=300)
    adv = window.setup.advanced
    adv.optimizer.setCurrentIndex(adv.optimizer.findData("rmsprop"))
    adv.activation.setCurrentIndex(adv.activation.findData("tanh"))
    adv.g_hidden.setText("8,8")
    train_to_end(qtbot, window)
    history = window.session.history
    assert history.last.epoch == 40
    assert history.config.optimizer == "rmsprop" and history.config.g_hidden == (8, 8)


def test_a_lab_locks_and_hides_knobs(window, tmp_path):
    path = tmp_path / "k.toml"
    path.write_text(
        'format = 1\ntitle = "k"\n[setup]\npreset = "default"\nloss = "hinge"\nd_steps = 2\n'
        'g_hidden = [32, 32]\n[controls]\nlocked = ["loss", "d_steps"]\nhidden = ["noise"]\n'
    )
    assert parse_lab(path.read_text()).config.g_hidden == (32, 32)
    assert window.labs.open_lab(str(path))
    adv = window.setup.advanced
    assert adv.loss.currentData() == "hinge" and not adv.loss.isEnabled()
    assert not adv.d_steps.isEnabled() and adv.d_steps.value() == 2
    assert adv.g_hidden.text() == "32,32" and adv.g_hidden.isEnabled()
    assert not adv.form.isRowVisible(adv.noise)


def test_learning_rates_and_k_change_while_the_run_goes_on(window, qtbot, monkeypatch):
    short(window, "book", epochs=100_000, report_every=100, eval_samples=300)
    asked = []

    def answer(current):
        asked.append(current)
        return {"lr_d": 0.0005, "d_steps": 2}

    monkeypatch.setattr(window.dialogs, "ask_live_change", answer)
    assert not window.action("change_live").isEnabled()  # nothing runs yet
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: window.session.has_reports, timeout=20_000)
    assert window.action("change_live").isEnabled()
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    assert asked == [{"lr_d": 0.001, "lr_g": 0.001, "d_steps": 1}]
    qtbot.waitUntil(lambda: bool(window.session.history.changes), timeout=20_000)
    change = window.session.history.changes[0]
    assert change["lr_d"] == 0.0005 and change["d_steps"] == 2
    window.plots.refresh()
    assert "changed learning rate D \u2192 0.0005, k (D steps per G) \u2192 2" in (
        window.plots.log_text()
    )
    with qtbot.waitSignal(window.run_finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)
    _, metadata = window.session.generator_and_metadata()
    assert metadata["changes"][0]["lr_d"] == 0.0005  # the saved file keeps the history
    assert metadata["config"]["lr_d"] == 0.001  # and what the run started with


def test_a_change_while_paused_applies_at_the_next_step(window, qtbot, monkeypatch):
    short(window, "book", epochs=100_000, report_every=100, eval_samples=300)
    monkeypatch.setattr(window.dialogs, "ask_live_change", lambda current: {"lr_g": 0.002})
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.waitUntil(lambda: window.session.has_reports, timeout=20_000)
    qtbot.keyClick(window, Qt.Key_F6)  # pause
    qtbot.waitUntil(lambda: window.training.control.wait_parked(0.01), timeout=10_000)
    window.action("change_live").trigger()
    qtbot.keyClick(window, Qt.Key_F10)  # one epoch of the paused run
    trainer = window.session.trainer
    assert trainer.gan.opt_g.lr == 0.002 and trainer.changes[-1]["lr_g"] == 0.002
    with qtbot.waitSignal(window.run_finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)
