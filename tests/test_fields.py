"""The one table of the set-up's fields (core.engine.fields): validation, the widgets, the
command line and lab files are all made from it, and an error carries its field."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from core.engine.config import TrainConfig
from core.engine.fields import (
    BY_CONTROL,
    CONTROL_FIELDS,
    CONTROLS,
    FIELDS,
    FLOAT_LIMITS,
    INT_LIMITS,
    FieldError,
)
from core.engine.presets import make_config
from core.teaching import lab

ROOT = Path(__file__).resolve().parent.parent


def test_every_table_field_names_real_config_fields_once():
    names = {f.name for f in TrainConfig.__dataclass_fields__.values()}
    sets = [name for f in FIELDS for name in f.config]
    assert set(sets) <= names and len(sets) == len(set(sets))
    assert lab.CONTROLS is CONTROLS and lab.CONTROL_FIELDS is CONTROL_FIELDS


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"epochs": 0}, "epochs"),
        ({"batch": "ten"}, "batch"),
        ({"lr_d": 0.0}, "lr_d"),
        ({"beta1": 1.0}, "beta1"),
        ({"ema": float("nan")}, "ema"),
        ({"loss": "magic"}, "loss"),
        ({"generator": "dream"}, "generator"),
        ({"g_hidden": "6,x"}, "g_hidden"),
        ({"d_hidden": (0,)}, "d_hidden"),
        ({"lo": 60, "hi": 50}, "range"),
        ({"pattern": "expr:n +"}, "pattern"),
        ({"codec": "qr:1"}, "codec"),
        ({"pack": 3}, "batch"),  # the batch must be a multiple of the pack
        ({"loss": "hinge"}, "loss"),  # with the book head: refused at the loss
    ],
)
def test_a_refused_value_raises_an_error_that_carries_its_field(changes, field):
    with pytest.raises(FieldError) as caught:
        make_config("book", **changes).validate()
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


def test_every_widget_takes_its_choices_range_and_tooltip_from_the_table(window):
    setup, advanced = window.setup, window.setup.advanced
    for f in FIELDS:
        widget = advanced.rows.get(f.control) or getattr(setup, f.control, None)
        if widget is None or f.control in ("pattern", "range", "codec", "preset"):
            continue
        name = f.config[0]
        if isinstance(widget, QSpinBox):
            assert widget.maximum() == INT_LIMITS[name][1], name
        elif isinstance(widget, QDoubleSpinBox):
            low, top, included = FLOAT_LIMITS[name]
            assert widget.minimum() <= low, name  # below it: the error is shown, not clamped
            assert widget.maximum() == top if included else top - 1 < widget.maximum() < top
        elif isinstance(widget, QComboBox) and f.control != "d_step":
            assert tuple(widget.itemData(i) for i in range(widget.count())) == f.choices, name
        if f.advanced and f.control != "loss":
            assert widget.toolTip() == f.tip, name


def test_every_command_line_knob_is_made_from_the_table():
    from patterngan_gui.cli import _knob_arguments

    parser = argparse.ArgumentParser()
    _knob_arguments(parser)
    flags = {a.option_strings[0]: a for a in parser._actions if a.option_strings[1:] == []}
    for f in FIELDS:
        if f.cli is None:
            continue
        action = flags[f"--{f.cli}"]
        assert action.dest == f.control and tuple(action.choices or ()) == f.choices
    args = parser.parse_args(["--head", "softmax", "--d-step", "together", "--lr-g", "0.002"])
    assert (args.head, args.d_step, args.lr_g) == ("softmax", "together", 0.002)


def test_no_choice_list_is_spelled_twice():
    """The head's choices were spelled in three files; now only in the table."""
    spelled = []
    for folder in ("core", "patterngan_gui"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text()
            for words in ('"book", "softmax", "gumbel"', '"separate", "together"'):
                if words in text and path.name != "fields.py":
                    spelled.append(f"{path.relative_to(ROOT)}: {words}")
    assert not spelled, spelled


def test_a_lab_control_and_a_label_for_every_field():
    assert all(f.label and f.tip for f in FIELDS)
    assert set(BY_CONTROL) == set(CONTROLS)


def test_choosing_a_preset_takes_its_model_and_keeps_the_task_and_run():
    from core.engine.presets import get_preset, with_preset

    mine = make_config("book", pattern="odd", lo=0, hi=80, seed=7, report_every=50, lr_d=0.01)
    chosen = with_preset(mine, "default")
    assert (chosen.pattern, chosen.lo, chosen.hi, chosen.seed, chosen.report_every) == (
        "odd",
        0,
        80,
        7,
        50,
    )
    assert chosen.preset == "default" and chosen.lr_d == make_config("default").lr_d
    assert all(getattr(chosen, k) == v for k, v in get_preset("default").settings.items())
