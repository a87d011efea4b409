"""The maths with its numbers: one epoch's formulas with the batch's own numbers plugged in.

:func:`explain_epoch` runs the next epoch of a trainer one step at a time (as slow motion does)
and, for each step, writes down what the step computed: D's loss on the real batch and on the
generated one for the run's loss kind, WGAN-GP's gradient penalty, G's loss, and one optimiser
update (D's output bias: Adam with its bias correction, or SGD with momentum). Each
:class:`MathStep` has a formula in words and symbols, an ``expression`` with every number
plugged in, written in plain arithmetic (``+ - * / **``, ``log``, ``exp``, ``sqrt``, ``max``,
``min``) that anyone can evaluate, and its ``result``: the engine's own number where the
engine keeps one (the losses of the epoch's report, the weight after the update), else the
expression's value. Numbers are written with 9 significant digits, enough to give back every
float32 the engine used exactly, so an expression agrees with the engine to float32 rounding.

The outputs of D are recomputed on copies of D taken before each step, on the very batches
the step used (``Gan.last_real`` / ``last_fake``); the penalty's mixing points are drawn again
from the run's own stream as it stood before the step. Qt-free; the GUI and ``patterngan
explain`` show the same steps.
"""

from __future__ import annotations

import copy
import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch

from core.engine.losses import GP_WEIGHT
from core.teaching.words import QT_TRANSLATE_NOOP, Said

MAX_TERMS = 256  # D's outputs written out in one expression (batch / pack at most this)


@dataclass(frozen=True)
class MathStep:
    name: str  # "D's loss on real (step 1: D on real)"
    formula: str  # the formula in symbols
    expression: str  # the formula with the numbers plugged in
    result: float  # the engine's number (or the expression's value where it keeps none)
    text: str = ""  # a sentence for a screen reader: what the numbers say
    said: Said | None = None  # the name as a sentence the window translates (None: English)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "formula": self.formula,
            "expression": self.expression,
            "result": self.result,
        }


def num(x: float) -> str:
    """A number for an expression: 9 significant digits (any float32 exactly), negative ones
    in brackets so ``a - (-b)`` and ``(-b)**2`` read right."""
    text = f"{float(x):.9g}"
    return f"({text})" if text.startswith("-") else text


def _mean(terms: list[str], n: int) -> str:
    return f"({' + '.join(terms)}) / {n}"


# -- the loss terms, written out ---------------------------------------------------------------
def loss_terms(
    loss: str, probability: bool, outs: list[float], side: str
) -> tuple[str, str, float]:
    """(formula, expression, value) of one loss term over D's outputs ``outs`` on a batch;
    ``side`` is "real" or "fake" (D's terms) or "g" (G's loss). ``probability``: D ends in a
    Sigmoid and ``outs`` are probabilities; otherwise they are scores (logits)."""
    n = len(outs)
    if n > MAX_TERMS:
        raise ValueError(f"at most {MAX_TERMS} outputs per expression, got {n}")
    bce = loss in ("minimax", "nonsaturating")
    if bce and probability:
        # BCE on probabilities p: real -mean log p, fake -mean log(1 - p)
        if side == "real" or (side == "g" and loss == "nonsaturating"):
            formula = "-mean(log D(x))" if side == "real" else "-mean(log D(G(z)))"
            terms = [f"log({num(p)})" for p in outs]
            return formula, f"-{_mean(terms, n)}", -sum(math.log(p) for p in outs) / n
        terms = [f"log(1 - {num(p)})" for p in outs]
        if side == "fake":
            return "-mean(log(1 - D(G(z))))", f"-{_mean(terms, n)}", _bce_fake(outs)
        return "mean(log(1 - D(G(z))))", _mean(terms, n), -_bce_fake(outs)  # minimax G
    if bce:
        # on scores s: log(1 + exp(-s)) for label 1, log(1 + exp(s)) for label 0
        def up(s: float) -> tuple[str, float]:
            return f"log(1 + exp(-{num(s)}))", math.log1p(math.exp(-s))

        def down(s: float) -> tuple[str, float]:
            return f"log(1 + exp({num(s)}))", math.log1p(math.exp(s))

        if side == "real" or (side == "g" and loss == "nonsaturating"):
            parts = [up(s) for s in outs]
            formula = "mean(log(1 + exp(-s)))  (BCE, label 1, on D's scores s)"
            return formula, _mean([p for p, _ in parts], n), sum(v for _, v in parts) / n
        parts = [down(s) for s in outs]
        if side == "fake":
            formula = "mean(log(1 + exp(s)))  (BCE, label 0, on D's scores s)"
            return formula, _mean([p for p, _ in parts], n), sum(v for _, v in parts) / n
        formula = "-mean(log(1 + exp(s)))  (minimax G: mean log(1 - sigmoid(s)))"
        return formula, f"-{_mean([p for p, _ in parts], n)}", -sum(v for _, v in parts) / n
    if loss == "lsgan":
        if side == "fake":
            terms = [f"{num(o)}**2" for o in outs]
            return "0.5 * mean(D(G(z))**2)", f"0.5 * {_mean(terms, n)}", _half_sq(outs, 0.0)
        terms = [f"({num(o)} - 1)**2" for o in outs]
        formula = "0.5 * mean((D(x) - 1)**2)" if side == "real" else "0.5 * mean((D(G(z)) - 1)**2)"
        return formula, f"0.5 * {_mean(terms, n)}", _half_sq(outs, 1.0)
    if loss == "hinge" and side != "g":
        if side == "real":
            terms = [f"max(0, 1 - {num(o)})" for o in outs]
            value = sum(max(0.0, 1.0 - o) for o in outs) / n
            return "mean(max(0, 1 - D(x)))", _mean(terms, n), value
        terms = [f"max(0, 1 + {num(o)})" for o in outs]
        value = sum(max(0.0, 1.0 + o) for o in outs) / n
        return "mean(max(0, 1 + D(G(z))))", _mean(terms, n), value
    # hinge's G, and the WGAN critic's terms and G: plain means of scores
    terms = [num(o) for o in outs]
    if side == "fake":
        return "mean(D(G(z)))", _mean(terms, n), sum(outs) / n
    formula = "-mean(D(x))" if side == "real" else "-mean(D(G(z)))"
    return formula, f"-{_mean(terms, n)}", -sum(outs) / n


def _bce_fake(outs: list[float]) -> float:
    return -sum(math.log(1.0 - p) for p in outs) / len(outs)


def _half_sq(outs: list[float], target: float) -> float:
    return 0.5 * sum((o - target) ** 2 for o in outs) / len(outs)


# -- the optimiser update, written out ---------------------------------------------------------
def adam_step(
    w: float, g: float, m: float, v: float, t: int, lr: float, b1: float, b2: float, eps: float
) -> tuple[str, str, float]:
    """Adam with its bias correction (Kingma & Ba, torch's form): the new weight."""
    formula = (
        "m = b1*m + (1 - b1)*g;  v = b2*v + (1 - b2)*g**2;  "
        "w - lr * (m / (1 - b1**t)) / (sqrt(v / (1 - b2**t)) + eps)"
    )
    m1 = f"({num(b1)} * {num(m)} + (1 - {num(b1)}) * {num(g)})"
    v1 = f"({num(b2)} * {num(v)} + (1 - {num(b2)}) * {num(g)}**2)"
    expression = (
        f"{num(w)} - {num(lr)} * ({m1} / (1 - {num(b1)}**{t})) / "
        f"(sqrt({v1} / (1 - {num(b2)}**{t})) + {num(eps)})"
    )
    mm = b1 * m + (1 - b1) * g
    vv = b2 * v + (1 - b2) * g * g
    value = w - lr * (mm / (1 - b1**t)) / (math.sqrt(vv / (1 - b2**t)) + eps)
    return formula, expression, value


def sgd_step(w: float, g: float, buf: float | None, lr: float, momentum: float):
    """SGD with momentum (torch's form: the first step's buffer is the gradient itself)."""
    if momentum == 0:
        return "w - lr*g", f"{num(w)} - {num(lr)} * {num(g)}", w - lr * g
    if buf is None:
        formula = "buf = g (first step);  w - lr*buf"
        return formula, f"{num(w)} - {num(lr)} * {num(g)}", w - lr * g
    formula = "buf = momentum*buf + g;  w - lr*buf"
    expression = f"{num(w)} - {num(lr)} * ({num(momentum)} * {num(buf)} + {num(g)})"
    return formula, expression, w - lr * (momentum * buf + g)


# -- one epoch ---------------------------------------------------------------------------------
def explain_epoch(trainer: Any) -> list[MathStep]:
    """Run the trainer's next epoch step by step and write down its maths (see the module
    notes). Starts a new report interval first (the epoch's losses are then the report's)."""
    if trainer.phase:
        raise ValueError("explain an epoch from its start (slow motion is part-way through one)")
    check_batch(trainer.config)
    trainer.report()  # a fresh interval: the next report's losses are this epoch's alone
    steps: list[MathStep] = []
    d_terms: dict[str, list[float]] = {"real": [], "fake": []}
    g_values: list[float] = []
    phases = list(trainer.epoch_phases)
    for number, kind in enumerate(phases, 1):
        where = f"step {number} of {len(phases)}: {_STEP_WORDS[kind]}"
        watch = StepMaths(trainer, kind)
        trainer.step_phase()
        done = watch.after(where)
        steps += done
        for s in done:
            if s.name.startswith("D's loss on real"):
                d_terms["real"].append(s.result)
            elif s.name.startswith("D's loss on fake"):
                d_terms["fake"].append(s.result)
            elif s.name.startswith("gradient penalty"):
                d_terms["fake"][-1] += s.result  # the engine counts it in the fake term
            elif s.name.startswith("G's loss"):
                g_values.append(s.result)
    report = trainer.report()
    steps.append(_d_total(d_terms, report.d_loss))
    if g_values:
        steps.append(
            MathStep(
                "G's loss in the report",
                "mean over the epoch's G steps",
                _mean([num(v) for v in g_values], len(g_values)),
                float(report.g_loss),
            )
        )
    return steps


def check_batch(config: Any) -> None:
    if config.batch // config.pack > MAX_TERMS:
        raise ValueError(
            f"explain writes out at most {MAX_TERMS} of D's outputs a batch; this set-up's batch "
            f"makes {config.batch // config.pack} (use a smaller batch)"
        )


class StepMaths:
    """One step's maths: made before the step (copies of what it changes), read after it.

    ``StepMaths(trainer, kind)``, run the step, then ``after(where)``: the step's loss terms
    (and penalty) and the update of D's output bias, on the batches the step used."""

    def __init__(self, trainer: Any, kind: str) -> None:
        gan = trainer.gan
        self.trainer, self.kind = trainer, kind
        self.d_before = copy.deepcopy(trainer.D).requires_grad_(True)
        wgan = trainer.config.loss == "wgan-gp"
        self.mix_state = gan.mix.get_state() if kind == "d" and wgan else None
        # D's optimiser before the step (Adam's moments and count, SGD's buffer)
        self.state = trainer.optimiser_state("d") if kind != "g" else None

    def after(self, where: str | Said) -> list[MathStep]:
        """The step's maths; ``where`` names the step (a sentence the window translates, or
        English text)."""
        trainer, kind, d_before = self.trainer, self.kind, self.d_before
        gan, config = trainer.gan, trainer.config
        loss, probability = config.loss, gan.d_outputs_probability
        steps: list[MathStep] = []
        if kind in ("d_real", "d"):
            out = _outputs(d_before, gan.last_real)
            formula, expression, value = loss_terms(loss, probability, out, "real")
            name = _named(QT_TRANSLATE_NOOP("Maths", "D's loss on real ({0})"), where)
            steps.append(MathStep(formula=formula, expression=expression, result=value, **name))
        if kind in ("d_fake", "d"):
            out = _outputs(d_before, gan.last_fake)
            formula, expression, value = loss_terms(loss, probability, out, "fake")
            name = _named(QT_TRANSLATE_NOOP("Maths", "D's loss on fake ({0})"), where)
            steps.append(MathStep(formula=formula, expression=expression, result=value, **name))
            if self.mix_state is not None:
                steps.append(
                    _penalty(d_before, gan.last_real, gan.last_fake, config.pack, self.mix_state)
                )
        if kind == "g":
            out = _outputs(d_before, gan.last_fake)
            formula, expression, value = loss_terms(loss, probability, out, "g")
            name = _named(QT_TRANSLATE_NOOP("Maths", "G's loss ({0})"), where)
            steps.append(MathStep(formula=formula, expression=expression, result=value, **name))
        else:
            total = _d_loss_tensor(trainer, d_before, kind, self.mix_state)
            update = _update_step(trainer, self.state, d_before, total, where)
            if update is not None:
                steps.append(update)
        return steps


def _named(template: str, *args: object) -> dict[str, Any]:
    """A step's ``name`` in English and as the sentence the window translates."""
    said = Said("Maths", template, args)
    return {"name": str(said), "said": said}


_STEP_WORDS = {"d_real": "D on real", "d_fake": "D on fake", "d": "D on both", "g": "G"}


def _output_bias(module: torch.nn.Module) -> torch.Tensor:
    """D's output bias: the last parameter (the last Linear's bias, one number)."""
    return list(module.parameters())[-1]


def _outputs(d: torch.nn.Module, batch: torch.Tensor) -> list[float]:
    with torch.no_grad():
        return [float(x) for x in d(batch.detach()).reshape(-1)]


def _d_loss_tensor(trainer, d: torch.nn.Module, kind: str, mix_state) -> torch.Tensor:
    """The step's loss again, on the copy of D taken before it (for the gradient)."""
    gan = trainer.gan
    total = torch.zeros(())
    if kind in ("d_real", "d"):
        out = d(gan.last_real.detach())
        total = total + gan.loss.d_real(out, torch.ones_like(out))
    if kind in ("d_fake", "d"):
        out = d(gan.last_fake.detach())
        total = total + gan.loss.d_fake(out, torch.zeros_like(out))
        if mix_state is not None:
            mix = torch.Generator()
            mix.set_state(mix_state)
            pen = gan.loss.penalty(d, gan.last_real, gan.last_fake, trainer.config.pack, mix)
            total = total + pen
    return total


def _penalty(d, real, fake, pack, mix_state) -> MathStep:
    mix = torch.Generator()
    mix.set_state(mix_state)
    rows = real.shape[0] // pack
    t = torch.rand(rows, 1, generator=mix).repeat_interleave(pack, dim=0)
    points = (t * real + (1.0 - t) * fake).detach().requires_grad_(True)
    (grad,) = torch.autograd.grad(d(points).sum(), points)
    norms = [float(x) for x in grad.reshape(rows, -1).norm(dim=1)]
    terms = [f"({num(x)} - 1)**2" for x in norms]
    value = GP_WEIGHT * sum((x - 1.0) ** 2 for x in norms) / len(norms)
    return MathStep(
        **_named(QT_TRANSLATE_NOOP("Maths", "gradient penalty (WGAN-GP)")),
        formula="10 * mean((||grad D(x_hat)|| - 1)**2), x_hat = t*x + (1 - t)*G(z), t ~ U(0, 1)",
        expression=f"{num(GP_WEIGHT)} * {_mean(terms, len(norms))}",
        result=value,
    )


def _update_step(trainer, state, d_before, total, where) -> MathStep | None:
    if state is None:
        return None
    bias = _output_bias(d_before)
    (grad,) = torch.autograd.grad(total, bias)
    g = float(grad.reshape(-1)[0])
    w0 = float(bias.detach().reshape(-1)[0])
    after = float(_output_bias(trainer.D).detach().reshape(-1)[0])
    lr = float(trainer.optimiser_state("d")["lr"])  # the rate the step used (its schedule's)
    if state["kind"] == "adam":
        formula, expression, _ = adam_step(
            w0,
            g,
            state["m"],
            state["v"],
            state["t"] + 1,
            lr,
            state["b1"],
            state["b2"],
            state["eps"],
        )
        name = _named(QT_TRANSLATE_NOOP("Maths", "Adam update of D's output bias ({0})"), where)
    else:
        formula, expression, _ = sgd_step(w0, g, state["buf"], lr, state["momentum"])
        name = _named(QT_TRANSLATE_NOOP("Maths", "SGD update of D's output bias ({0})"), where)
    formula = f"{formula}  (g = dLoss/db = {g:.6g}, by backprop)"
    return MathStep(formula=formula, expression=expression, result=after, **name)


def _d_total(d_terms: dict[str, list[float]], engine: float) -> MathStep:
    parts = []
    for side in ("real", "fake"):
        values = d_terms[side]
        if values:
            parts.append(_mean([num(v) for v in values], len(values)))
    return MathStep(
        "D's loss in the report",
        "loss on real + loss on fake (each averaged over the epoch's D steps)",
        " + ".join(parts),
        float(engine),
    )


# -- shown: short or full precision, as HTML and as plain text -------------------------------
SHOWN_DIGITS = 4  # significant digits of a number shown without full precision
FULL_DIGITS = 9  # full precision: every float32 exactly (what ``expression`` holds)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d*)?(?:[eE][-+]?\d+)?(?![\w.])")


def shown_expression(expression: str, full: bool) -> str:
    """``expression`` as shown: with ``full``, as written (9 significant digits, the engine's
    float32 numbers exactly); else each number with ``SHOWN_DIGITS`` (readable, and still
    arithmetic that evaluates to about the result)."""
    if full:
        return expression
    return _NUMBER.sub(lambda m: f"{float(m.group()):.{SHOWN_DIGITS}g}", expression)


def shown_result(value: float, full: bool) -> str:
    return f"{float(value):.{FULL_DIGITS if full else SHOWN_DIGITS}g}"


def english_name(step: MathStep) -> str:
    return step.name


def maths_plain(
    steps: Sequence[MathStep], full: bool, name: Callable[[MathStep], str] = english_name
) -> str:
    """The steps as plain text (the text alternative of :func:`maths_html`): each name, its
    formula, the formula with the numbers plugged in, and its value."""
    return "\n\n".join(
        f"{name(m)}\n  {m.formula}\n  = {shown_expression(m.expression, full)}\n"
        f"  = {shown_result(m.result, full)}"
        for m in steps
    )


def maths_summary(
    steps: Sequence[MathStep], full: bool, name: Callable[[MathStep], str] = english_name
) -> str:
    """One line a step (``name = value``): what a screen reader says before the terms."""
    return "; ".join(f"{name(m)} = {shown_result(m.result, full)}" for m in steps)


_POWER = re.compile(r"\*\*\s*([A-Za-z_]\w*|\d+(?:\.\d+)?|\([^()]*\))")


def _pretty(text: str) -> str:
    """Arithmetic as HTML that reads like maths (offline: no fonts or scripts fetched):
    ``a**2`` as a superscript, ``sqrt(`` as a root sign, ``*`` as a centred dot, ``-`` as a
    minus sign. The text is escaped first: a formula never carries markup."""
    out = html.escape(text, quote=False)
    out = _POWER.sub(lambda m: f"<sup>{m.group(1).strip('()')}</sup>", out)
    out = out.replace("sqrt(", "\u221a(").replace(" * ", " \u00b7 ").replace("*", "\u00b7")
    return re.sub(r"(?<![\w.])-|(?<= )-(?= )", "\u2212", out)


def maths_html(
    steps: Sequence[MathStep], full: bool, name: Callable[[MathStep], str] = english_name
) -> str:
    """The steps as HTML for a rich-text view: each name in bold, its formula, then the
    formula with the batch's numbers (short or ``full`` precision) and its value."""
    parts = []
    for m in steps:
        parts.append(
            f"<p><b>{html.escape(name(m))}</b><br>"
            f"<i>{_pretty(m.formula)}</i><br>"
            f"= {_pretty(shown_expression(m.expression, full))}<br>"
            f"= <b>{_pretty(shown_result(m.result, full))}</b></p>"
        )
    return "".join(parts)
