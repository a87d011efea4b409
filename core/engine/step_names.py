"""The step kinds of an epoch, named once for the whole app (menus, slow motion, the samples
log, the CLI). Imports nothing heavy: the window's action table reads it before torch loads.

- ``d_real``: one D step on a real batch labelled 1;
- ``d_fake``: one D step on a generated batch labelled 0;
- ``d``: one D step on a real and a generated batch together;
- ``g``: one G step (G wants D to label its batch 1);
- ``epoch``: the epoch's steps in order.
"""

from __future__ import annotations

STEP_KINDS = ("d_real", "d_fake", "d", "g", "epoch")
STEP_NAMES = {  # short names: menus, slow-motion titles, the samples log
    "d_real": "D on real",
    "d_fake": "D on fake",
    "d": "D on real and fake",
    "g": "G",
    "epoch": "one epoch",
}
STEP_TIPS = {  # one sentence each: status tips and help
    "d_real": "One discriminator step on real data (label 1)",
    "d_fake": "One discriminator step on generated data (label 0)",
    "d": "One discriminator step on real and generated data together",
    "g": "One generator step: G wants D to call its numbers real",
    "epoch": "One epoch: D on real, D on fake, then G (the book); D, then G otherwise "
    "(with k D steps per G step, D's steps k times)",
}


def epoch_phases(book_steps: bool, d_steps: int = 1) -> tuple[str, ...]:
    """The steps one epoch is made of, in order: ``d_steps`` D updates, then one G update."""
    d = ("d_real", "d_fake") if book_steps else ("d",)
    return d * d_steps + ("g",)


CHAPTER_EPOCH = epoch_phases(True, 1)  # the chapter's epoch: D on real, D on fake, G
