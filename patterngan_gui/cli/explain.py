"""``patterngan explain``: one epoch's maths with the batch's numbers plugged in
(core.teaching.maths).

``explain [train options] [--after N] [--json]`` builds the set-up, trains N epochs (default
0), then runs the next epoch step by step and prints each step's formula, the formula with the
numbers plugged in (plain arithmetic anyone can evaluate: ``+ - * / **``, ``log``, ``exp``,
``sqrt``, ``max``, ``min``) and its result, the engine's own number where it keeps one. With
``--json`` the last line is ``{"steps": [{"name", "formula", "expression", "result"}]}``.
Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    UsageError,
    trained_setup,
    trained_setup_arguments,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    explain = sub.add_parser(
        "explain",
        help="one epoch's maths with the batch's numbers plugged in",
        description="Run one epoch of a set-up step by step and print each step's formula "
        "with the numbers plugged in: D's loss on real and on fake, the gradient penalty "
        "(wgan-gp), G's loss, and the optimiser's update of D's output bias (Adam with its "
        "bias correction, SGD with momentum); each result is the engine's own number.",
    )
    trained_setup_arguments(
        explain, 'print {"steps": [{"name", "formula", "expression", "result"}]} last'
    )
    explain.add_argument(
        "--after", type=int, default=0, help="train this many epochs first (default 0)"
    )


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.after < 0:
        raise UsageError("--after must be 0 or more")
    # the metrics of the two reports explain makes are not shown: a small evaluation
    config = trained_setup(
        args,
        err,
        lambda c: c.replace(
            epochs=max(c.epochs, args.after + 1), eval_samples=min(c.eval_samples, 1000)
        ),
    )
    from core.engine.trainer import Trainer, TrainingError
    from core.teaching.maths import explain_epoch, maths_plain

    try:
        trainer = Trainer(config)
        with trainer.training_errors():
            for _ in range(args.after):
                trainer.step_epoch()
        steps = explain_epoch(trainer)
    except (TrainingError, ValueError) as exc:
        print(f"patterngan explain: {exc}", file=err)
        return EXIT_FAILURE
    if args.json:
        print(json.dumps({"steps": [s.to_json() for s in steps]}), file=out)
        return 0
    print(
        f"epoch {trainer.epoch:,} of preset {config.preset}, loss {config.loss}, optimiser "
        f"{config.optimizer}:",
        file=out,
    )
    print(f"\n{maths_plain(steps, full=True)}", file=out)  # the window's text, in full
    return 0
