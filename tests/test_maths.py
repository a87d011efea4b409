"""The maths with its numbers (core/teaching/maths.py, ``patterngan explain``): every
expression, evaluated by an independent evaluator written here (Python's ``ast``, only
numbers, ``+ - * / **``, unary minus and log, exp, sqrt, max, min), gives its result; the
results are the engine's numbers: the epoch's D and G losses of its report, and the weight the
optimiser wrote, for every loss kind and for Adam and SGD with momentum."""

from __future__ import annotations

import ast
import io
import json
import math
import operator

import pytest

OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
FUNCS = {"log": math.log, "exp": math.exp, "sqrt": math.sqrt, "max": max, "min": min}


def evaluate(text: str) -> float:
    """Evaluate arithmetic safely: anything but numbers, the five operators, unary signs and
    the five functions is refused."""

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return float(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            value = walk(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in FUNCS
            and not node.keywords
        ):
            return float(FUNCS[node.func.id](*(walk(a) for a in node.args)))
        raise ValueError(f"not plain arithmetic: {ast.dump(node)[:80]}")

    return walk(ast.parse(text, mode="eval"))


def test_the_evaluator_refuses_anything_but_arithmetic():
    assert evaluate("max(0, 1 - (-2.5)) + 2**3 / 4 - log(exp(1))") == pytest.approx(4.5)
    for bad in ("__import__('os')", "x + 1", "[1][0]", "(1).real", "abs(-1)", "'a'"):
        with pytest.raises(ValueError):
            evaluate(bad)


def explain(*argv: str) -> list[dict]:
    from patterngan_gui.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["explain", *argv, "--json"], out, err)
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue().strip().splitlines()[-1])["steps"]


SMALL_DEFAULT = ("--preset", "default", "--batch", "64", "--pack", "4", "--epochs", "20")
SET_UPS = {
    "nonsaturating-book": ("--preset", "book", "--epochs", "20"),
    "minimax-book": ("--preset", "book", "--loss", "minimax", "--epochs", "20"),
    "lsgan-book": ("--preset", "book", "--loss", "lsgan", "--epochs", "20"),
    "nonsaturating-default": (*SMALL_DEFAULT,),
    "minimax-default": (*SMALL_DEFAULT, "--loss", "minimax"),
    "lsgan-default": (*SMALL_DEFAULT, "--loss", "lsgan"),
    "hinge-default": (*SMALL_DEFAULT, "--loss", "hinge"),
    "wgan-gp-default": (*SMALL_DEFAULT, "--loss", "wgan-gp"),
}
OPTIMISERS = {
    "adam": (),
    "sgd-momentum": ("--optimizer", "sgd", "--momentum", "0.9", "--lr", "0.01"),
}


QUICK = {
    ("nonsaturating-book", "adam"),
    ("wgan-gp-default", "sgd-momentum"),
    ("hinge-default", "adam"),
}


@pytest.mark.parametrize(
    "setup, optimiser",
    [
        pytest.param(s, o, marks=() if (s, o) in QUICK else pytest.mark.slow)
        for s in sorted(SET_UPS)
        for o in sorted(OPTIMISERS)
    ],
)
def test_every_expression_evaluates_to_the_engines_number(setup, optimiser):
    steps = explain(*SET_UPS[setup], *OPTIMISERS[optimiser], "--after", "3")
    names = [s["name"] for s in steps]
    for s in steps:
        assert set(s) == {"name", "formula", "expression", "result"}
        value = evaluate(s["expression"])
        assert value == pytest.approx(s["result"], rel=1e-4, abs=1e-4), s["name"]
        # at full precision (9 digits: every float32 exactly) it is the engine's float32
        # number up to float32 rounding: an update of a weight is checked to ~1e-9, not only
        # to 1e-4 (a whole Adam step is ~1e-3)
        assert value == pytest.approx(s["result"], rel=1e-5, abs=1e-9), s["name"]
    loss = setup.rsplit("-", 1)[0]
    assert any(n.startswith("D's loss on real") for n in names)
    assert any(n.startswith("D's loss on fake") for n in names)
    assert any(n.startswith("G's loss (") for n in names)
    assert ("gradient penalty (WGAN-GP)" in names) == (loss == "wgan-gp")
    kind = "Adam" if optimiser == "adam" else "SGD"
    updates = [n for n in names if n.startswith(f"{kind} update of D's output bias")]
    assert len(updates) == (2 if setup.endswith("book") else 1)
    # the step terms add up to the engine's D loss of the epoch's report
    real = [s["result"] for s in steps if s["name"].startswith("D's loss on real")]
    fake = [
        s["result"]
        for s in steps
        if s["name"].startswith("D's loss on fake") or s["name"].startswith("gradient penalty")
    ]
    report = next(s for s in steps if s["name"] == "D's loss in the report")
    assert sum(real) / len(real) + sum(fake) == pytest.approx(report["result"], rel=1e-5)


def test_sgd_with_momentum_writes_the_buffer_out_and_adam_its_bias_correction():
    sgd = explain(*SET_UPS["nonsaturating-book"], *OPTIMISERS["sgd-momentum"], "--after", "2")
    update = next(s for s in sgd if s["name"].startswith("SGD update"))
    assert "momentum*buf" in update["formula"] and "0.9 *" in update["expression"]
    adam = explain(*SET_UPS["nonsaturating-book"], "--after", "2")
    update = next(s for s in adam if s["name"].startswith("Adam update"))
    assert "(1 - 0.9**5)" in update["expression"]  # 2 epochs of 2 D steps: this is step 5


def test_a_wrong_number_in_a_term_is_caught(monkeypatch):
    """Planted: the fake term written with the real term's label (log p for log(1 - p)):
    the terms no longer add up to the engine's D loss."""
    from core.teaching import maths

    real = maths.loss_terms

    def wrong(loss, probability, outs, side):
        return real(loss, probability, outs, "real" if side == "fake" else side)

    monkeypatch.setattr(maths, "loss_terms", wrong)
    with pytest.raises(AssertionError):
        test_every_expression_evaluates_to_the_engines_number("nonsaturating-book", "adam")


def test_a_wrong_bias_correction_is_caught(monkeypatch):
    """Planted: Adam's step count one too small; the expression no longer gives the weight
    the engine wrote."""
    from core.teaching import maths

    real = maths.adam_step
    monkeypatch.setattr(
        maths, "adam_step", lambda w, g, m, v, t, *rest: real(w, g, m, v, t - 1, *rest)
    )
    with pytest.raises(AssertionError):
        test_every_expression_evaluates_to_the_engines_number("nonsaturating-book", "adam")


def test_slow_motion_steps_carry_their_maths(tiny_book_config):
    """Each F10 step's story has its formulas with the numbers: they evaluate to their
    results, and the update's result is D's output bias as the step left it."""
    from core.engine.trainer import Trainer
    from core.teaching.slow_motion import explain as step_story

    trainer = Trainer(tiny_book_config)
    for kind in ("d_real", "d_fake", "g"):
        story = step_story(trainer)
        assert story.kind == kind and story.maths
        for m in story.maths:
            assert evaluate(m.expression) == pytest.approx(m.result, rel=1e-5, abs=1e-9)
        if kind != "g":
            update = story.maths[-1]
            assert update.name.startswith("Adam update")
            bias = float(list(trainer.D.parameters())[-1].detach().reshape(-1)[0])
            assert update.result == bias
