"""Take the GAN apart in the window: the Advanced group's knobs, driven as a student would
(clicks and keys), and changing learning rates and k while a run goes on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.files.lab_file import parse_lab
from tests.gui_helpers import short, step, train_to_end


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
    assert "(modified: D hidden, Loss, D steps (k))" in setup.preset_help.text()  # its labels
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
    window.action("change_live").trigger()
    step(qtbot, window)  # one epoch of the paused run
    lr, changes = window.session.driver.call(lambda t: (t.gan.rate_g, list(t.changes)))
    assert lr == 0.002 and changes[-1]["lr_g"] == 0.002
    assert window.session.run_status.lr_g == 0.002
    with qtbot.waitSignal(window.run_finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key_F5, Qt.ShiftModifier)


# -- drawing your own target --------------------------------------------------------------------


def _choose_draw(window):
    setup = window.setup
    setup.kind.setCurrentIndex(setup.kind.findData("weights"))
    return setup.draw


def test_draw_starts_from_the_pattern_shown_and_follows_the_mouse(window, qtbot):
    from PySide6.QtCore import QPoint

    draw = _choose_draw(window)  # the book's multiples of five in 0..49
    assert window.setup.pattern_spec() == "weights:" + ",".join(f"{v}=1" for v in range(0, 50, 5))
    assert draw.isVisibleTo(window.setup)
    canvas = draw.canvas
    canvas.resize(400, 100)
    rect = canvas._plot_rect()

    def point(value, share):
        x = rect.left() + (value - canvas.lo + 0.5) * rect.width() / (canvas.hi - canvas.lo)
        return QPoint(round(x), round(rect.bottom() - share * rect.height()))

    qtbot.mouseClick(canvas, Qt.RightButton, pos=point(5, 0.5))  # remove 5
    qtbot.mousePress(canvas, Qt.LeftButton, pos=point(7, 0.5))  # draw 7 at half height
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=point(7, 0.5))
    config = window.setup.config()
    pattern = config.resolve_pattern()
    assert 5 not in pattern.support and 7 in pattern.support
    assert pattern.probabilities[pattern.support.tolist().index(7)] == pytest.approx(0.5 / 9.5)
    assert window.setup.support.text().startswith("10 numbers: 0, 7, 10")


def test_an_empty_drawing_is_refused_at_the_canvas(window, qtbot):
    draw = _choose_draw(window)
    qtbot.mouseClick(draw.clear, Qt.LeftButton)
    assert "no values" in window.setup.error.text()
    assert "D55E00" in draw.canvas.styleSheet() and not window.action("train").isEnabled()


def test_load_data_fills_the_drawing_and_sets_the_range(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    data = tmp_path / "rolls.txt"
    data.write_text("7 7 7 8 8 150\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    draw = _choose_draw(window)
    qtbot.mouseClick(draw.load, Qt.LeftButton)
    setup = window.setup
    assert (setup.lo.value(), setup.hi.value()) == (0, 151)
    assert setup.pattern_spec() == "weights:7=1,8=0.666667,150=0.333333"
    assert "6 numbers, 3 values" in draw.axis.text()
    bad = tmp_path / "bad.txt"
    bad.write_text("1 2\nthree\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(draw.load, Qt.LeftButton)
    assert "line 2" in draw.last_error and "cannot be used" in draw.axis.text()
    assert setup.pattern_spec() == "weights:7=1,8=0.666667,150=0.333333"  # nothing lost


def test_a_drawn_target_trains_and_is_judged_against_its_weights(window, qtbot):
    short(window, "default", pattern="weights:3=1,4=3", lo=0, hi=10, epochs=200, eval_samples=2000)
    assert window.setup.kind.currentData() == "weights"
    assert window.setup.draw.canvas.heights == {3: pytest.approx(1 / 3), 4: 1.0}
    train_to_end(qtbot, window)
    m = window.session.history.last.metrics
    assert m.support_size == 2
    shares = m.histogram[[3, 4]]
    assert m.tv == pytest.approx(0.5 * (abs(shares[0] - 0.25) + abs(shares[1] - 0.75))
                                 + 0.5 * (1 - shares.sum()), abs=1e-9)  # fmt: skip
    target = window.plots.target_curve.getData()[1]
    assert target[3] == pytest.approx(0.25) and target[4] == pytest.approx(0.75)


# -- the model view -------------------------------------------------------------------------------


def test_describe_network_lists_layers_with_shrunk_weights():
    from core.engine.network_view import MAX_SHOWN, describe_network
    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    book = Trainer(make_config("book", epochs=1, device="cpu"))
    g = describe_network(book.G)
    assert [layer.kind for layer in g] == ["linear", "relu head"]
    assert g[0].weights.shape == (25, MAX_SHOWN)  # 25 outputs, 100 inputs in 32 groups
    w = book.G[0].weight.detach().numpy()
    assert g[0].weights[0, 0] == pytest.approx(w[0, :4].mean(), abs=1e-6)
    d = describe_network(book.D, generator=False)
    assert [layer.kind for layer in d] == ["linear", "sigmoid"]
    default = Trainer(make_config("default", epochs=1, device="cpu", g_hidden=(8, 8)))
    assert [layer.kind for layer in describe_network(default.G)] == [
        "linear", "leaky_relu", "linear", "leaky_relu", "linear", "gumbel heads"
    ]  # fmt: skip
    packed = describe_network(default.D, generator=False)
    assert packed[0].kind == "pack" and packed[0].text == "16 samples side by side"


def test_the_networks_tab_draws_both_networks_and_follows_the_timeline(window, qtbot):
    short(window, "book", epochs=300, report_every=100, eval_samples=300)
    train_to_end(qtbot, window)
    window.tabs.setCurrentWidget(window.model_view)
    view = window.model_view
    assert view.shown_epoch == 300
    assert [c[0] for c in view.g_diagram.columns()] == [100, 25]
    assert "Sigmoid" in view.d_diagram.columns()[-1][1]
    image = view.heat.image
    assert image.shape == (25, 3)  # 25 output units, one column per report
    assert len(view.splits) == 1 and view.splits[0].value() == 20  # quotient | remainder
    window.plots.timeline.setValue(0)  # the first report
    assert view.shown_epoch == 100 and view.heat.image.shape == (25, 1)
    assert not view.g_diagram.grab().isNull()


def test_the_networks_tab_draws_an_opened_files_generator(window, qtbot):
    from pathlib import Path

    golden = Path(__file__).resolve().parent / "golden" / "knobs-v3.pt"
    assert window.files.open_file(str(golden))
    window.tabs.setCurrentWidget(window.model_view)
    view = window.model_view
    assert [c[0] for c in view.g_diagram.columns()] == [16, 12, 8, 100]  # its layers
    assert view.d_diagram.columns() == [] and "G only" in view.d_diagram.note
