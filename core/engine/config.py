"""Training configuration: one typed dataclass, validated before anything trains.

A config is plain data (JSON-friendly), so a saved generator carries the exact arguments that
made it, and the GUI, CLI and benchmarks all build the same object.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from core.engine.codecs import Codec, parse_codec
from core.engine.fields import (  # noqa: F401 - the choices and limits, re-exported
    ACTIVATIONS,
    DEVICES,
    FLOAT_LIMITS,
    GENERATORS,
    INT_LIMITS,
    LOSSES,
    MIN_LR,
    NOISES,
    OPTIMIZERS,
    SCHEDULES,
    FieldError,
)
from core.engine.patterns import MAX_HI, PATTERN, Pattern, parse_pattern
from core.engine.words import QT_TRANSLATE_NOOP, Num, Said, said_error, said_of

E = "Errors"  # the context of core's error sentences in the window's translations

MAX_NOISE_NUMBERS = 100_000_000  # evaluation noise a run may hold (400 MB of float32)
SCORE_LOSSES = ("hinge", "wgan-gp")  # need D's raw score, not a probability
LOSS_AXIS = {  # what the loss plots' y axis says for each loss
    "minimax": "BCE loss",
    "nonsaturating": "BCE loss",
    "lsgan": "least-squares loss",
    "hinge": "hinge loss",
    "wgan-gp": "critic loss",
}
MAX_LAYERS = 8  # hidden layers per network
MAX_SEED = INT_LIMITS["seed"][1]
MAX_D_STEPS = INT_LIMITS["d_steps"][1]


@dataclass(frozen=True)
class TrainConfig:
    """Everything a training run needs. Presets fill the model and optimiser fields."""

    # task
    pattern: str = "multiples:5"  # pattern text form, e.g. "odd", "expr:n % 4 == 1"
    lo: int = 0  # range start (inclusive)
    hi: int = 50  # range end (exclusive); the codec covers [0, max(100, hi))
    codec: str = "auto"  # "auto", "qr:M" or "onehot"
    # model (filled by the preset)
    preset: str = "book"  # which preset the fields below came from (informational)
    generator: str = "book"  # "book": Linear+ReLU; "softmax": MLP + per-head softmax;
    #                          "gumbel": MLP logits + Gumbel noise from z, straight-through
    latent: int = 100  # size of the noise vector z fed to G ("gumbel": MLP part only)
    g_hidden: tuple[int, ...] = ()  # G's hidden layer widths, e.g. (64, 64); () = none
    d_hidden: tuple[int, ...] = ()  # D's hidden layer widths; () = the book's single Linear
    activation: str = "leaky_relu"  # of every hidden layer: "relu", "leaky_relu" (0.2), "tanh"
    pack: int = 1  # PacGAN: samples D judges together (1 = one at a time)
    tau: float = 1.0  # Gumbel-softmax temperature of the straight-through gradient
    # optimisation
    epochs: int = 10_000  # one epoch = one batch (the chapter's meaning)
    batch: int = 10  # samples per batch, real and fake alike
    lr_d: float = 0.001  # Adam learning rate of D
    lr_g: float = 0.001  # Adam learning rate of G
    loss: str = "nonsaturating"  # the GAN loss (LOSSES); the chapter's G loss is the
    #                              non-saturating one: BCE with G's samples labelled real
    optimizer: str = "adam"  # "adam", "sgd" or "rmsprop", for both networks
    beta1: float = 0.9  # Adam beta1 (0.5 is the usual GAN choice; 0.9 is torch's default)
    momentum: float = 0.0  # SGD and RMSprop momentum
    d_steps: int = 1  # D updates per G update (GAN Lab's and WGAN's k)
    noise: str = "normal"  # z ~ N(0, 1) ("normal") or U(-1, 1) ("uniform")
    schedule: str = "constant"  # learning-rate schedule: "constant" or "cosine" (to 0)
    ema: float = 0.0  # decay of an exponential moving average of G's weights (0 = off)
    ema_start: float = 0.5  # share of the epochs after which the average starts (it tracks G
    #                         until then, so early weights never pollute it)
    book_steps: bool = True  # True: D on real, D on fake, G as three steps (the chapter)
    sampling: str = "book"  # real batches: "book" (shuffled support) or "iid"
    # run
    seed: int = 0  # seeds weights, noise and real data
    device: str = "auto"  # "auto", "cpu" or "cuda"
    report_every: int = 100  # epochs between reports
    eval_samples: int = 10_000  # fresh samples behind each report's metrics

    def __post_init__(self) -> None:
        # widths as a tuple whatever came in: files before format 3 hold one int (0 = none),
        # JSON and TOML give lists
        for name in ("g_hidden", "d_hidden"):
            try:
                object.__setattr__(self, name, hidden_widths(getattr(self, name), name))
            except ValueError:
                pass  # kept as given: validate() says what is wrong, at the field

    # -- derived -----------------------------------------------------------------------
    def resolve_pattern(self) -> Pattern:
        return parse_pattern(self.pattern, self.lo, self.hi)

    def resolve_codec(self, pattern: Pattern | None = None) -> Codec:
        pattern = pattern or self.resolve_pattern()
        return (
            auto_codec(pattern, self.preset)
            if self.codec == "auto"
            else parse_codec(self.codec, pattern.R)
        )

    def latent_size(self, codec: Codec) -> int:
        """Length of z as the saved generator expects it (the chapter feeds randn(10, 100))."""
        return self.latent + codec.width if self.generator == "gumbel" else self.latent

    def replace(self, **changes: Any) -> TrainConfig:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ValueError(f"unknown config field(s): {', '.join(unknown)}")
        return cls(**data)

    # -- validation --------------------------------------------------------------------
    def validate(self) -> tuple[Pattern, Codec]:
        """Check every field; raise ValueError naming the first bad one."""
        for name in ("epochs", "batch", "d_steps", "pack", "report_every", "eval_samples", "seed"):
            _check_int(name, getattr(self, name), *INT_LIMITS[name])
        low, high = INT_LIMITS["latent"]
        _check_int("latent", self.latent, 0 if self.generator == "gumbel" else low, high)
        for name in ("g_hidden", "d_hidden"):
            widths = hidden_widths(getattr(self, name), name)
            if len(widths) > MAX_LAYERS:
                said = QT_TRANSLATE_NOOP("Errors", "{0}: at most {1} hidden layers, got {2}")
                raise said_error(FieldError, name, Said(E, said, (name, MAX_LAYERS, len(widths))))
            for width in widths:
                _check_int(name, width, 1, 100_000)
        # one limit everywhere: the set-up's fields show five decimals (1e-7 would read as 0)
        for name, (low, top, included) in FLOAT_LIMITS.items():
            if included:
                _check_float(name, getattr(self, name), at_least=low, at_most=top)
            else:
                _check_float(name, getattr(self, name), at_least=low, below=top)
        _check_float("ema_start", self.ema_start, at_least=0.0, at_most=1.0)
        _check_float("tau", self.tau, above=0.0, at_most=100.0)
        _check_choice("generator", self.generator, GENERATORS)
        _check_choice("device", self.device, DEVICES)
        _check_choice("schedule", self.schedule, SCHEDULES)
        _check_choice("sampling", self.sampling, ("book", "iid"))
        _check_choice("activation", self.activation, ACTIVATIONS)
        _check_choice("loss", self.loss, LOSSES)
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        _check_choice("noise", self.noise, NOISES)
        self._check_combination()
        noise = self.eval_samples * (self.latent + 128)  # eval noise, the codec's part bounded
        if noise > MAX_NOISE_NUMBERS:
            most = max(1, MAX_NOISE_NUMBERS // self.eval_samples - 128)
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "latent: {0} needs {1} GB of evaluation noise; at most {2} with {3} evaluation "
                "samples",
            )
            numbers = (Num(self.latent), Num(noise * 4 / 2**30, 1), Num(most))
            raise said_error(
                FieldError, "latent", Said(E, said, (*numbers, Num(self.eval_samples)))
            )
        if self.batch % self.pack:
            said = QT_TRANSLATE_NOOP("Errors", "batch: {0} is not a multiple of pack ({1})")
            raise said_error(FieldError, "batch", Said(E, said, (self.batch, self.pack)))
        # the range in plain words, at the range's name (the set-up flags its field)
        _check_int("range", self.lo, 0, MAX_HI)
        _check_int("range", self.hi, 0, MAX_HI)
        if self.lo < 0:
            said = QT_TRANSLATE_NOOP("Errors", "range: the range cannot start below 0")
            raise said_error(FieldError, "range", Said(E, said))
        if self.hi <= self.lo:
            said = QT_TRANSLATE_NOOP("Errors", "range: the range must end after it starts")
            raise said_error(FieldError, "range", Said(E, said))
        try:
            pattern = self.resolve_pattern()
        except ValueError as exc:
            told = said_of(exc)
            if told is not None:  # the pattern's own sentence, translatable
                inner = told.args[0] if told.template == PATTERN else told
                said = Said("Errors", QT_TRANSLATE_NOOP("Errors", "pattern: {0}"), (inner,))
                raise said_error(FieldError, "pattern", said) from None
            text = str(exc)
            text = text[len("pattern ") :] if text.startswith("pattern ") else text
            raise FieldError("pattern", f"pattern: {text}") from None
        try:
            codec = self.resolve_codec(pattern)
        except ValueError as exc:
            told = said_of(exc)
            if told is None:
                raise FieldError("codec", f"codec: {exc}") from None
            said = Said(E, QT_TRANSLATE_NOOP("Errors", "codec: {0}"), (told,))
            raise said_error(FieldError, "codec", said) from None
        if codec.R != pattern.R:
            said = QT_TRANSLATE_NOOP("Errors", "codec: range {0} does not match the pattern's {1}")
            raise said_error(FieldError, "codec", Said(E, said, (codec.R, pattern.R)))
        return pattern, codec

    def _check_combination(self) -> None:
        """Knobs that cannot go together, refused at the field a user would change."""
        if self.loss in SCORE_LOSSES and self.generator == "book":
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "loss: {0} needs a D that outputs a score, but with the book head D ends in a "
                "Sigmoid (a probability); choose the softmax or gumbel head, or minimax, "
                "nonsaturating or lsgan",
            )
            raise said_error(FieldError, "loss", Said(E, said, (self.loss,)))
        if self.loss == "wgan-gp" and self.book_steps:
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "loss: wgan-gp's gradient penalty needs real and fake in one D step; turn off "
                "the book's separate D steps",
            )
            raise said_error(FieldError, "loss", Said(E, said))
        if self.noise == "uniform" and self.generator == "gumbel":
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "noise: the gumbel head turns part of z into Gumbel noise and needs it normal",
            )
            raise said_error(FieldError, "noise", Said(E, said))


def hidden_widths(value: Any, name: str = "hidden") -> tuple[int, ...]:
    """Hidden layer widths from what a file, a lab or the command line holds: a list or
    tuple of ints, one int (0 = no hidden layer: files before format 3), or text such as
    ``"64,64"`` (empty = none). Raises ValueError naming ``name``."""
    if isinstance(value, str):
        text = value.replace(" ", "")
        if not text:
            return ()
        try:
            return tuple(int(part) for part in text.split(","))
        except ValueError:
            said = QT_TRANSLATE_NOOP(
                "Errors", "{0}: widths as whole numbers separated by commas (64,64), got {1}"
            )
            raise said_error(FieldError, name, Said(E, said, (name, repr(value)))) from None
    if isinstance(value, bool):
        said = QT_TRANSLATE_NOOP("Errors", "{0}: widths must be whole numbers, got {1}")
        raise said_error(FieldError, name, Said(E, said, (name, repr(value))))
    if isinstance(value, int):
        return (value,) if value > 0 else ()
    if isinstance(value, (list, tuple)):
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            said = QT_TRANSLATE_NOOP("Errors", "{0}: widths must be whole numbers, got {1}")
            raise said_error(FieldError, name, Said(E, said, (name, repr(list(value)))))
        return tuple(value)
    said = QT_TRANSLATE_NOOP("Errors", "{0}: widths must be a list of whole numbers, got {1}")
    raise said_error(FieldError, name, Said(E, said, (name, repr(value))))


WIDE_R = 1024  # above this range, ``auto`` keeps the encoding about 2 sqrt(R) wide


def auto_codec(pattern: Pattern, preset: str = "") -> Codec:
    """The ``auto`` choice: qr:5 for the book, qr:K for modular patterns, onehot otherwise.

    For ranges above ``WIDE_R`` a one-hot (R wide) or a qr:K with a long quotient head would
    make every batch, D's view and the evaluation R wide: memory grows as R^2 (4 GB for one
    epoch of odd numbers in [0, 10,000)). There ``auto`` takes qr:M with M near sqrt(R),
    a multiple of K for a modular pattern (n mod M still says n mod K): 200 wide at R = 10,000.
    """
    R, K = pattern.R, pattern.modulus
    if preset == "book":
        return Codec("qr", R, 5)
    modular = 2 <= K <= R
    if R > WIDE_R:
        root = math.isqrt(R - 1) + 1
        if not modular:
            return Codec("qr", R, root)
        if -(-R // K) + K > 4 * root:  # qr:K would be far wider than 2 sqrt(R)
            return Codec("qr", R, K * max(1, round(root / K)))
    if modular:
        return Codec("qr", R, K)
    return Codec("onehot", R)


def _refused(name: str, said: str, *args: Any) -> FieldError:
    """The field ``name`` refused with a sentence ``said`` ("{0}: ..." with the name first)."""
    return said_error(FieldError, name, Said(E, said, (name, *args)))


def _check_int(name: str, value: Any, lo: int, hi: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        said = QT_TRANSLATE_NOOP("Errors", "{0}: must be a whole number, got {1}")
        raise _refused(name, said, repr(value))
    if value < lo:
        raise _refused(
            name, QT_TRANSLATE_NOOP("Errors", "{0}: must be at least {1}, got {2}"), lo, value
        )
    if value > hi:
        raise _refused(
            name, QT_TRANSLATE_NOOP("Errors", "{0}: must be at most {1}, got {2}"), hi, value
        )


def _check_float(
    name: str,
    value: Any,
    *,
    above: float | None = None,
    at_least: float | None = None,
    below: float | None = None,
    at_most: float | None = None,
) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _refused(
            name, QT_TRANSLATE_NOOP("Errors", "{0}: must be a number, got {1}"), repr(value)
        )
    if not math.isfinite(value):
        raise _refused(name, QT_TRANSLATE_NOOP("Errors", "{0}: must be finite, got {1}"), value)
    if above is not None and not value > above:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: must be greater than {1}, got {2}")
        raise _refused(name, said, above, value)
    if at_least is not None and value < at_least:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: must be at least {1}, got {2}")
        raise _refused(name, said, at_least, value)
    if below is not None and not value < below:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: must be less than {1}, got {2}")
        raise _refused(name, said, below, value)
    if at_most is not None and value > at_most:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: must be at most {1}, got {2}")
        raise _refused(name, said, at_most, value)


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: must be one of {1}, got {2}")
        raise _refused(name, said, ", ".join(choices), repr(value))
