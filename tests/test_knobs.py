"""Take the GAN apart: every knob trains for every value it takes, or is refused at its field
with a sentence; learning rates and k change while a run goes on."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch

from core.engine.config import ACTIVATIONS, LOSSES, NOISES, OPTIMIZERS, TrainConfig
from core.engine.presets import make_config
from core.engine.reports import RunControl
from core.engine.trainer import Trainer, train
from core.files.genfile import open_generator


def small(preset: str = "default", **kw) -> TrainConfig:
    """A run of a few epochs on the CPU: enough to take every code path of a knob."""
    settings = dict(epochs=30, batch=32, pack=4, eval_samples=300, report_every=10, device="cpu")
    if preset == "book":
        settings.update(batch=10, pack=1)
    return make_config(preset, **{**settings, **kw})


def trains(config: TrainConfig) -> None:
    trainer, last = train(config)
    assert last.epoch == config.epochs and last.done
    assert math.isfinite(last.d_loss) and math.isfinite(last.g_loss)
    for p in list(trainer.G.parameters()) + list(trainer.D.parameters()):
        assert torch.isfinite(p).all()


@pytest.mark.parametrize("loss", LOSSES)
def test_every_loss_trains(loss):
    trains(small("default", loss=loss))


@pytest.mark.parametrize("loss", ["minimax", "nonsaturating", "lsgan"])
def test_probability_losses_train_with_the_book_head(loss):
    trains(small("book", loss=loss))


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_every_optimizer_trains(optimizer):
    trains(small("default", optimizer=optimizer, momentum=0.5))


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_activation_trains_and_is_in_both_networks(activation):
    config = small("collapse", activation=activation, g_hidden=(8, 8), d_hidden=(16,))
    trainer, _ = train(config)
    layer = {"relu": torch.nn.ReLU, "leaky_relu": torch.nn.LeakyReLU, "tanh": torch.nn.Tanh}
    kinds = [type(m) for m in trainer.G.modules()] + [type(m) for m in trainer.D.modules()]
    assert kinds.count(layer[activation]) == 3  # two in G, one in D


@pytest.mark.parametrize("noise", NOISES)
def test_every_noise_trains(noise):
    trains(small("collapse", noise=noise))


@pytest.mark.parametrize("head", ["book", "softmax", "gumbel"])
def test_every_generator_head_trains(head):
    trains(small("default", generator=head, g_hidden=(16,), pack=1, batch=16))


@pytest.mark.parametrize("k", [1, 2, 5])
def test_k_d_steps_per_g_step(k):
    trainer = Trainer(small("book", d_steps=k, epochs=1))
    assert trainer.epoch_phases == ("d_real", "d_fake") * k + ("g",)
    trainer.step_epoch()
    # Adam counts its updates: D's is the number of D steps that really ran (the book's
    # networks train on the fast path, which keeps Adam's state itself)
    assert trainer.fast.adam_d.count == 2 * k and trainer.fast.adam_g.count == 1
    assert trainer.epoch == 1


def test_hidden_layer_lists_build_those_layers():
    trainer = Trainer(small("default", g_hidden=(32, 16), d_hidden=()))
    widths = [m.out_features for m in trainer.G.modules() if isinstance(m, torch.nn.Linear)]
    assert widths == [32, 16, trainer.codec.width]
    d_widths = [m.out_features for m in trainer.D.modules() if isinstance(m, torch.nn.Linear)]
    assert d_widths == [1]  # no hidden layer: one Linear over the pack


def test_widths_come_as_lists_ints_or_text():
    assert TrainConfig(g_hidden=[64, 64]).g_hidden == (64, 64)
    assert TrainConfig(g_hidden=64).g_hidden == (64,)  # files before format 3
    assert TrainConfig(g_hidden=0).g_hidden == ()
    assert TrainConfig(g_hidden="64, 32").g_hidden == (64, 32)
    assert TrainConfig(g_hidden="").g_hidden == ()
    with pytest.raises(ValueError, match="g_hidden: widths as whole numbers"):
        TrainConfig(g_hidden="64,x").validate()  # kept as typed until validated
    with pytest.raises(ValueError, match="d_hidden: must be at least 1"):
        TrainConfig(d_hidden=(64, 0)).validate()
    assert TrainConfig.from_dict(TrainConfig(g_hidden=(3,)).to_dict()).g_hidden == (3,)


@pytest.mark.parametrize(
    "changes, field, words",
    [
        (dict(preset="book", loss="wgan-gp"), "loss", "outputs a score"),
        (dict(preset="book", loss="hinge"), "loss", "Sigmoid"),
        (dict(preset="default", loss="wgan-gp", book_steps=True), "loss", "one D step"),
        (dict(preset="default", noise="uniform"), "noise", "gumbel"),
        (dict(preset="default", d_steps=0), "d_steps", "at least 1"),
        (dict(preset="default", optimizer="lbfgs"), "optimizer", "one of"),
        (dict(preset="default", momentum=1.0), "momentum", "less than 1"),
        (dict(preset="default", activation="gelu"), "activation", "one of"),
        (dict(preset="default", g_hidden=(8,) * 9), "g_hidden", "at most 8"),
    ],
)
def test_combinations_that_cannot_train_are_refused_at_the_field(changes, field, words):
    changes = dict(changes)  # the parameter stays as it is (tests may run twice)
    preset = changes.pop("preset")
    with pytest.raises(ValueError, match=f"^{field}: .*{words}"):
        make_config(preset, **changes).validate()


def test_the_book_preset_says_its_loss_is_the_non_saturating_one():
    config = make_config("book")
    assert config.loss == "nonsaturating" and config.optimizer == "adam"
    assert config.d_steps == 1 and config.noise == "normal" and config.g_hidden == ()


def test_learning_rates_and_k_change_while_the_run_goes_on():
    control = RunControl()
    trainer = Trainer(small("book", epochs=300, report_every=100))
    changed = []
    for report in trainer.reports(control):
        changed.extend(report.changes)
        if report.epoch == 100:
            control.request_change(lr_d=0.0005, d_steps=3)
        if report.epoch == 200:
            control.request_change(lr_g=0.002)
    assert [c["epoch"] for c in changed] == [100, 200]
    assert changed[0]["lr_d"] == 0.0005 and changed[0]["d_steps"] == 3
    assert trainer.gan.rate_d == 0.0005 and trainer.gan.rate_g == 0.002
    assert trainer.epoch_phases == ("d_real", "d_fake") * 3 + ("g",)
    assert trainer.changes == changed  # the run's record keeps the history


def test_a_change_to_k_mid_epoch_waits_for_the_epoch_to_end():
    trainer = Trainer(small("book", epochs=10))
    trainer.step_phase()  # D on real of epoch 0
    trainer.change(d_steps=2)
    assert trainer.epoch_phases == ("d_real", "d_fake", "g")  # this epoch ends as it began
    trainer.step_phase()
    trainer.step_phase()
    assert trainer.epoch == 1 and trainer.epoch_phases == ("d_real", "d_fake") * 2 + ("g",)


def test_a_change_the_config_would_refuse_is_refused():
    trainer = Trainer(small("book", epochs=10))
    with pytest.raises(ValueError, match="lr_d"):
        trainer.change(lr_d=-1.0)
    with pytest.raises(ValueError, match="cannot change batch"):
        trainer.change(batch=20)
    assert trainer.changes == []


def test_a_cosine_schedule_scales_the_changed_rate():
    trainer = Trainer(small("default", epochs=100, schedule="cosine"))
    for _ in range(50):
        trainer.step_epoch()
    trainer.change(lr_g=0.004)
    trainer.step_epoch()  # epoch 50 of 100: cosine factor 0.5
    assert trainer.gan.rate_g == pytest.approx(0.002)
    assert trainer.gan.opt_g.param_groups[0]["lr"] == pytest.approx(0.002)


def test_uniform_noise_is_what_g_is_fed_and_what_its_file_is_sampled_with(tmp_path):
    from core.files.genfile import save_trained

    trainer, _ = train(small("collapse", noise="uniform"))
    z = trainer.gan.noise.take(1000)
    assert float(z.min()) >= -1.0 and float(z.max()) < 1.0
    path = tmp_path / "u.pt"
    save_trained(str(path), trainer)
    gen = open_generator(str(path))
    assert gen.noise == "uniform" and gen.metadata["config"]["noise"] == "uniform"
    decoded = gen.sample(200, seed=1)
    assert np.asarray(decoded.numbers).shape == (200,)


# -- the command line -------------------------------------------------------------------------

CLI_VALUES = [
    ("--g-hidden", "32,16", "g_hidden", (32, 16)),
    ("--g-hidden", "", "g_hidden", ()),
    ("--d-hidden", "8", "d_hidden", (8,)),
    *[("--activation", a, "activation", a) for a in ACTIVATIONS],
    *[("--loss", v, "loss", v) for v in LOSSES],
    *[("--optimizer", v, "optimizer", v) for v in OPTIMIZERS],
    ("--beta1", "0.5", "beta1", 0.5),
    ("--momentum", "0.9", "momentum", 0.9),
    ("--lr-d", "0.004", "lr_d", 0.004),
    ("--lr-g", "0.0005", "lr_g", 0.0005),
    ("--latent", "8", "latent", 8),
    *[("--d-steps", k, "d_steps", int(k)) for k in ("1", "3")],
    ("--pack", "2", "pack", 2),
    ("--noise", "normal", "noise", "normal"),
    *[("--head", h, "generator", h) for h in ("book", "softmax", "gumbel")],
    ("--ema", "0.9", "ema", 0.9),
    *[("--schedule", v, "schedule", v) for v in ("constant", "cosine")],
    ("--d-step", "separate", "book_steps", True),
]


@pytest.mark.parametrize("flag, value, field, expected", CLI_VALUES)
def test_every_train_flag_value_trains_from_the_command_line(
    tmp_path, flag, value, field, expected
):
    from tests.test_cli import run

    extra = ["--d-step", "together"] if flag != "--d-step" else []
    if flag == "--head" and value == "book" or (flag == "--loss" and value in ("hinge", "wgan-gp")):
        extra += ["--head", "gumbel"] if flag != "--head" else []
    out = tmp_path / "g.pt"
    code, text, err = run(
        "train", "--preset", "collapse", "--epochs", "12", "--batch", "16", "--report-every",
        "6", "--device", "cpu", *extra, flag, value, "--out", str(out), "--json",
    )  # fmt: skip
    assert code == 0, err
    assert (
        json.loads(text.splitlines()[-2])["done"]
        and not json.loads(text.splitlines()[-1])["stopped"]
    )
    assert open_generator(str(out)).metadata["config"][field] == (
        list(expected) if isinstance(expected, tuple) else expected
    )


def test_a_flag_combination_that_cannot_train_is_a_usage_error_in_a_sentence(capsys):
    from tests.test_cli import run

    code, _, err = run("train", "--preset", "book", "--loss", "wgan-gp", "--epochs", "5")
    assert code == 2 and "loss: wgan-gp needs a D that outputs a score" in capsys.readouterr().err
    code, _, err = run("train", "--preset", "default", "--g-hidden", "64,x")
    assert code == 2 and "g_hidden: widths as whole numbers" in capsys.readouterr().err


def test_train_help_documents_every_knob(capsys):
    from tests.test_cli import run

    code, _, _ = run("train", "--help")
    text = capsys.readouterr().out
    assert code == 0
    for flag in {f for f, *_ in CLI_VALUES}:
        assert flag in text
    assert "nonsaturating" in text and "the chapter's" in text


def test_a_sweep_takes_the_knobs_and_refuses_wgan_gp_in_words():
    from core.engine.sweep import SweepTrainer, sweep

    config = small("collapse", loss="lsgan", d_steps=2, optimizer="sgd", momentum=0.5,
                   activation="tanh", g_hidden=(8, 8), noise="uniform")  # fmt: skip
    reports = sweep(config, [0, 1], every=10)
    assert reports[-1].done and len(reports[-1].metrics) == 2
    with pytest.raises(ValueError, match="^loss: a sweep does not batch wgan-gp"):
        SweepTrainer(small("default", loss="wgan-gp"), [0, 1])


def test_the_weight_average_is_g_itself_until_it_starts():
    """Before ``ema_start`` the average follows G exactly (weight 1); afterwards it lags:
    ``core.engine.schedule`` against its definition, through the trainer."""
    from core.engine.schedule import ema_weight, lr_factor

    config = small("book", epochs=100, ema=0.9, ema_start=0.5, schedule="cosine")
    assert ema_weight(config, 49) == 1.0 and ema_weight(config, 50) == pytest.approx(0.1)
    assert lr_factor(config, 0) == 1.0 and lr_factor(config, 50) == pytest.approx(0.5)
    trainer = Trainer(config)
    for _ in range(30):
        trainer.step_epoch()
    pairs = list(zip(trainer.gan.G_ema.parameters(), trainer.G.parameters()))
    assert all(torch.equal(a, b) for a, b in pairs)
    for _ in range(30):
        trainer.step_epoch()
    assert not all(torch.equal(a, b) for a, b in pairs)
