"""Presets: named sets of model and optimiser settings, each with what it teaches.

``book`` is the chapter's system exactly. ``default`` is the project's engineering for quality
and speed. ``collapse`` shows a classic failure: perfectly valid numbers from only a few values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.engine.config import TrainConfig


@dataclass(frozen=True)
class Preset:
    name: str
    description: str  # one line, shown in the GUI and `--help`
    settings: dict[str, Any] = field(default_factory=dict)  # TrainConfig fields it sets


# The knobs every preset leaves at the chapter's choices; listed in each preset all the same,
# so choosing a preset puts them back (and the set-up can say which were modified).
STANDARD_KNOBS: dict[str, Any] = dict(
    activation="leaky_relu",
    loss="nonsaturating",
    optimizer="adam",
    momentum=0.0,
    d_steps=1,
    noise="normal",
)

PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "book",
            "The chapter exactly: D = Linear+Sigmoid, G = Linear+ReLU, batch 10, 10,000 epochs.",
            dict(
                generator="book",
                latent=100,
                g_hidden=(),
                d_hidden=(),
                pack=1,
                tau=1.0,
                epochs=10_000,
                batch=10,
                lr_d=0.001,
                lr_g=0.001,
                beta1=0.9,
                schedule="constant",
                ema=0.0,
                book_steps=True,
                sampling="book",
                **STANDARD_KNOBS,
            ),
        ),
        Preset(
            "default",
            "Fast and faithful: Gumbel one-hot G, PacGAN D with a hidden layer, 800 epochs.",
            dict(
                generator="gumbel",
                latent=16,
                g_hidden=(64,),
                d_hidden=(64,),
                pack=16,
                tau=1.0,
                epochs=800,
                batch=512,
                lr_d=0.02,  # two timescales: D learns 20x faster than G
                lr_g=0.001,
                beta1=0.5,
                schedule="cosine",
                ema=0.99,
                book_steps=False,
                sampling="iid",
                **STANDARD_KNOBS,
            ),
        ),
        Preset(
            "collapse",
            "Softmax heads without noise: always valid, but G collapses onto a few values.",
            dict(
                generator="softmax",
                latent=16,
                g_hidden=(64,),
                d_hidden=(64,),
                pack=1,
                tau=1.0,
                epochs=1_000,
                batch=64,
                lr_d=0.002,
                lr_g=0.002,
                beta1=0.5,
                schedule="constant",
                ema=0.0,
                book_steps=False,
                sampling="iid",
                **STANDARD_KNOBS,
            ),
        ),
    )
}


def preset_names() -> list[str]:
    return list(PRESETS)


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset {name!r} (known: {', '.join(PRESETS)})") from None


def make_config(preset: str = "book", **overrides: Any) -> TrainConfig:
    """A config from a preset, then the given overrides (pattern, epochs, seed, ...)."""
    p = get_preset(preset)
    return TrainConfig(preset=p.name, **{**p.settings, **overrides})


KEPT_BY_PRESET_CHANGE = ("pattern", "lo", "hi", "codec", "seed", "device", "report_every")


def with_preset(config: TrainConfig, preset: str) -> TrainConfig:
    """``config`` with another preset chosen: the preset's model and training, the task and
    run settings kept (``KEPT_BY_PRESET_CHANGE``: what the student is learning, and where)."""
    return make_config(preset).replace(**{f: getattr(config, f) for f in KEPT_BY_PRESET_CHANGE})
