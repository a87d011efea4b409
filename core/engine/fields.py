"""The one table of the set-up's fields: what each control is called, what it sets, its
limits or choices, its tooltip, its command-line flag and its lab control name.

Config validation reads the limits and choices from here, the set-up and Advanced widgets take
their ranges, choices and tooltips from here, the command line makes its flags from here, and a
lab names its locked and hidden controls with ``Field.control``. A second copy of any of these
once disagreed (``report_every`` capped at 1,000,000 in the window, 10,000,000 in the config,
so a set-up came back changed without a word); there is none now.
"""

from __future__ import annotations

from dataclasses import dataclass

GENERATORS = ("book", "softmax", "gumbel")
DEVICES = ("auto", "cpu", "cuda")
SCHEDULES = ("constant", "cosine")
ACTIVATIONS = ("relu", "leaky_relu", "tanh")  # of the hidden layers
LOSSES = ("minimax", "nonsaturating", "lsgan", "hinge", "wgan-gp")
OPTIMIZERS = ("adam", "sgd", "rmsprop")
NOISES = ("normal", "uniform")
D_STEPS = ("separate", "together")  # book_steps True / False
MIN_LR = 0.00001  # learning rates: the set-up panel shows five decimals

# The limits of the whole-number fields: validation reads them, and so do the spin boxes
INT_LIMITS: dict[str, tuple[int, int]] = {
    "epochs": (1, 10_000_000),
    "batch": (1, 1_000_000),
    "latent": (1, 100_000),  # 0 for the gumbel head (its z is all Gumbel noise)
    "d_steps": (1, 100),
    "pack": (1, 1024),
    "report_every": (1, 10_000_000),
    "eval_samples": (1, 10_000_000),
    "seed": (0, 2**31 - 1),  # the GUI's spin boxes hold 32-bit integers
}
# The limits of the real-valued fields: (lowest, highest, highest included)
FLOAT_LIMITS: dict[str, tuple[float, float, bool]] = {
    "lr_d": (MIN_LR, 10.0, True),
    "lr_g": (MIN_LR, 10.0, True),
    "beta1": (0.0, 1.0, False),
    "momentum": (0.0, 1.0, False),
    "ema": (0.0, 1.0, False),
}


@dataclass(frozen=True)
class Field:
    """One control of the set-up."""

    control: str  # the set-up's and a lab file's name for it
    config: tuple[str, ...]  # the TrainConfig fields it sets
    label: str  # the set-up's label (with its & shortcut)
    tip: str  # what it does and what to expect (tooltip and --help)
    cli: str | None = None  # its flag in the "take the GAN apart" group, if there
    choices: tuple[str, ...] = ()  # a choice's values, in the order shown
    advanced: bool = False  # in the set-up's Advanced group

    @property
    def plain(self) -> str:
        """The label in plain words ("Learning rate D"), for lists and dialogs."""
        return self.label.replace("&", "").rstrip(":")


FIELDS: tuple[Field, ...] = (
    Field("pattern", ("pattern",), "&Pattern:", "What G should learn to make"),
    Field("range", ("lo", "hi"), "R&ange:", "The half-open range of the integers"),
    Field("codec", ("codec",), "&Codec:", "How an integer becomes a vector"),
    Field("preset", ("preset",), "&Preset:", "A whole model and its training, named"),
    Field("epochs", ("epochs",), "&Epochs:", "One epoch is one batch, as in the chapter"),
    Field("batch", ("batch",), "&Batch:", "Samples per batch, real and fake alike"),
    Field(
        "lr_d",
        ("lr_d",),
        "Learning rate &D:",
        "D's learning rate (the book uses 0.001)",
        cli="lr-d",
    ),
    Field(
        "lr_g",
        ("lr_g",),
        "Learning rate &G:",
        "G's learning rate (the book uses 0.001)",
        cli="lr-g",
    ),
    Field(
        "latent",
        ("latent",),
        "Latent si&ze:",
        "Size of the noise vector z fed to G (the book uses 100)",
        cli="latent",
    ),
    Field("seed", ("seed",), "&Seed:", "Seeds the weights, the noise and the real data"),
    Field(
        "report_every",
        ("report_every",),
        "Report ever&y:",
        "Epochs between reports (plots and samples); the book uses 100",
    ),
    Field(
        "device",
        ("device",),
        "Device:",
        "Auto trains where this set-up runs faster. These models are so small that per-step "
        "overhead decides, not arithmetic, so with a CUDA device Auto first times a quarter of "
        "a second of real epochs on the CPU and on the GPU (once per set-up) and picks the "
        "faster. Hover the status bar's device for the figures.",
        choices=DEVICES,
    ),
    Field(
        "head",
        ("generator",),
        "G head:",
        "G's output. book: the chapter's ReLU (heads can be all zero: undecided numbers); "
        "softmax: always decisive, but tends to collapse; gumbel: exact one-hots from noise, "
        "the default preset's (learns the whole support)",
        cli="head",
        choices=GENERATORS,
        advanced=True,
    ),
    Field(
        "g_hidden",
        ("g_hidden",),
        "G hidden:",
        "G's hidden layer widths, e.g. 64,64 for two layers of 64; empty: none (the book's "
        "single Linear). Wider or deeper: more capacity, slower steps",
        cli="g-hidden",
        advanced=True,
    ),
    Field(
        "d_hidden",
        ("d_hidden",),
        "D hidden:",
        "D's hidden layer widths, e.g. 64; empty: none. A D much stronger than G wins too "
        "easily and G's gradient fades",
        cli="d-hidden",
        advanced=True,
    ),
    Field(
        "activation",
        ("activation",),
        "Activation:",
        "The activation of every hidden layer",
        cli="activation",
        choices=ACTIVATIONS,
        advanced=True,
    ),
    Field(
        "loss",
        ("loss",),
        "Loss:",
        "The GAN loss. minimax: G minimises log(1 - D(G(z))), Goodfellow's original; "
        "nonsaturating: G maximises log D(G(z)), the chapter's BCE loss; lsgan: least "
        "squares; hinge; wgan-gp: a critic with a gradient penalty (hinge and wgan-gp need "
        "the softmax or gumbel head; wgan-gp also D's steps together)",
        cli="loss",
        choices=LOSSES,
        advanced=True,
    ),
    Field(
        "optimizer",
        ("optimizer",),
        "Optimizer:",
        "For both networks. adam: the chapter's, adapts each weight's step; sgd: plain steps "
        "(with momentum); rmsprop: the original WGAN's",
        cli="optimizer",
        choices=OPTIMIZERS,
        advanced=True,
    ),
    Field(
        "beta1",
        ("beta1",),
        "Adam beta1:",
        "Adam's beta1: 0.9 is torch's default, 0.5 the usual GAN choice",
        cli="beta1",
        advanced=True,
    ),
    Field(
        "momentum",
        ("momentum",),
        "Momentum:",
        "SGD's and RMSprop's momentum (Adam ignores it)",
        cli="momentum",
        advanced=True,
    ),
    Field(
        "d_steps",
        ("d_steps",),
        "D steps (k):",
        "k: D updates per G update (GAN Lab's k). More keeps D ahead of G; too many and D "
        "wins outright. Can change while a run goes on",
        cli="d-steps",
        advanced=True,
    ),
    Field(
        "d_step",
        ("book_steps",),
        "D on real, fake:",
        "separate: D on real, then D on fake, as the chapter; together: one D step on both",
        cli="d-step",
        choices=D_STEPS,
        advanced=True,
    ),
    Field(
        "pack",
        ("pack",),
        "Pack:",
        "PacGAN: D judges this many samples at once, so it can see a lack of variety (fights "
        "mode collapse). The batch must be a multiple of it",
        cli="pack",
        advanced=True,
    ),
    Field(
        "noise",
        ("noise",),
        "Noise:",
        "z ~ N(0, 1) (the chapter's randn) or uniform on [-1, 1)",
        cli="noise",
        choices=NOISES,
        advanced=True,
    ),
    Field(
        "ema",
        ("ema",),
        "EMA of G:",
        "Average G's weights over the second half of training (0 = off; 0.99 typical): "
        "smooths out the last steps' wobble",
        cli="ema",
        advanced=True,
    ),
    Field(
        "schedule",
        ("schedule",),
        "Schedule:",
        "Learning rates constant, or cosine down to 0",
        cli="schedule",
        choices=SCHEDULES,
        advanced=True,
    ),
)

BY_CONTROL: dict[str, Field] = {f.control: f for f in FIELDS}
CONTROLS: tuple[str, ...] = tuple(BY_CONTROL)  # in the set-up's order
CONTROL_FIELDS: dict[str, tuple[str, ...]] = {f.control: f.config for f in FIELDS}
CONTROL_OF: dict[str, str] = {name: f.control for f in FIELDS for name in f.config}


def config_value(field: Field, value: object) -> dict[str, object]:
    """The TrainConfig fields a control's value sets (the d_step choice is book_steps)."""
    if field.control == "d_step":
        return {"book_steps": value == "separate"}
    return {field.config[0]: value}


class FieldError(ValueError):
    """A set-up value refused; ``field`` names the TrainConfig field (or "range")."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
