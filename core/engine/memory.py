"""A set-up's peak memory, estimated from its fields before anything is allocated.

A run holds: both networks with their gradients and optimiser state (and G's weight average),
a batch's activations, the fixed evaluation noise and G's outputs for it, D's view of every
integer (each shown ``pack`` times), the codec's table of every encoding, and the blocks of
data and noise drawn ahead. Each part is counted from the set-up (float32, 4 bytes a number)
times ``MARGIN`` for the copies torch and numpy make on the way, plus ``TORCH_OWN`` and what
the allocator keeps (``KEPT``). Measured against the peak RSS growth of building a run and two
epochs on this machine (``tests/test_memory.py``; from the book's 11 MB to a 10,000-wide
one-hot's 1.7 GB) it errs high: 1.1 to 8 times what training took. A sweep holds one of each
per seed, and a few blocks of the seeds' batches stacked.

The budget is half the machine's memory, or ``PATTERNGAN_MEMORY_LIMIT`` (e.g. ``2G``,
``500M``) where a lab sets one. A set-up over budget is refused in one line that names the
knob to change, before a single tensor exists.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from core.engine.codecs import Codec
from core.engine.config import TrainConfig, hidden_widths
from core.engine.fields import FieldError
from core.engine.patterns import Pattern

FLOAT = 4  # bytes of a float32
CHUNK_NUMBERS = 1 << 22  # floats at once in D's view and the evaluation (16 MB: core.engine.gan)
# numbers drawn ahead at once (core.engine.data, core.engine.noise): here, with the other
# sizes the estimate counts, because this module must not import torch
DATA_READ_AHEAD = 100_000  # encoded real numbers (400 KB of float32)
NOISE_READ_AHEAD = 400_000  # latent numbers (1.6 MB of float32)
# a sweep's block of every seed's batches (core.engine.sweep): at most this many numbers
# (16 MB of float32); one trains while up to SWEEP_BLOCKS_AHEAD are drawn (core.engine.fast.prefetch)
SWEEP_BLOCK_NUMBERS = 4_000_000
SWEEP_BLOCK_EPOCHS = 200  # and at most this many epochs a block
SWEEP_BLOCKS_AHEAD = 4
MARGIN = 1.5  # the copies torch and numpy make on the way (calibrated: see the docstring)
TORCH_OWN = 48 << 20  # what torch's first operations take whatever the set-up
KEPT = 128 << 20  # freed memory the allocator keeps for speed (core.engine.process)
SHARE_OF_MACHINE = 0.5  # the default budget: half of the machine's memory
FALLBACK_MACHINE = 8 << 30  # where the machine's memory cannot be read
ENV = "PATTERNGAN_MEMORY_LIMIT"
# what each part would ask a user to change, in the words of the set-up's fields
KNOB_OF = {
    "G's weights": "g_hidden",
    "D's weights": "d_hidden",
    "a batch's activations": "batch",
    "the evaluation": "eval_samples",
    "D's view of every integer": "range",
    "the codec's table": "range",
    "data and noise drawn ahead": "batch",
    "torch and the allocator": "batch",  # never the largest part of a set-up over budget
}


@dataclass(frozen=True)
class Estimate:
    parts: dict[str, int]  # bytes by part (KNOB_OF's keys)

    @property
    def total(self) -> int:
        return sum(self.parts.values())

    @property
    def largest(self) -> str:
        return max(self.parts, key=self.parts.__getitem__)


def _params(widths: list[int]) -> int:
    return sum(a * b + b for a, b in zip(widths, widths[1:]))


def estimate(config: TrainConfig, pattern: Pattern, codec: Codec, seeds: int = 1) -> Estimate:
    """The peak bytes of training ``config`` (``seeds`` at once for a sweep)."""
    width, pack, batch = codec.width, config.pack, config.batch
    latent = config.latent_size(codec)
    g_widths = [latent, *hidden_widths(config.g_hidden, "g_hidden"), width]
    d_widths = [width * pack, *hidden_widths(config.d_hidden, "d_hidden"), 1]
    # weights, gradients, two optimiser moments, and G's average when EMA is on
    copies = 4 + (1 if config.ema > 0 else 0)
    g_weights = _params(g_widths) * FLOAT * copies
    d_weights = _params(d_widths) * FLOAT * 4
    # forward and backward keep each layer's output (and its gradient), real and fake
    activations = (batch * sum(g_widths) + 2 * (batch // pack) * sum(d_widths)) * FLOAT * 4
    # the fixed noise; G's layers, outputs and decoding over a slice of it at a time
    # (core.engine.gan.CHUNK_NUMBERS floats of output), and the decoded numbers
    rows = max(1, CHUNK_NUMBERS // width)
    g_layers = max(g_widths[1:])
    e = config.eval_samples
    evaluation = (
        e * latent * FLOAT
        + (3 * min(e * width, CHUNK_NUMBERS) + 2 * min(e, rows) * g_layers) * FLOAT
        + e * 16
    )
    # D's view: a slice of integers at a time, each shown ``pack`` times
    view_rows = max(1, CHUNK_NUMBERS // (pack * width))
    view = (
        2 * min(pattern.R * pack * width, CHUNK_NUMBERS)
        + min(pattern.R, view_rows) * max(d_widths[1:])
    ) * FLOAT + pattern.R * 16
    table = pattern.R * width * FLOAT * 4  # built in float64, then float32 (and the support's)
    ahead = (DATA_READ_AHEAD + NOISE_READ_AHEAD) * FLOAT * 2  # and the block being replaced
    parts = {
        "G's weights": g_weights,
        "D's weights": d_weights,
        "a batch's activations": activations,
        "the evaluation": evaluation,
        "D's view of every integer": view,
        "the codec's table": table,
        "data and noise drawn ahead": ahead,
    }
    counted = {k: int(v * seeds * MARGIN) for k, v in parts.items()}
    if seeds > 1:  # a sweep's blocks of stacked batches (at least one epoch's each)
        per_epoch = seeds * batch * (config.d_steps * width + (config.d_steps + 1) * latent)
        block = sweep_block_epochs(per_epoch) * per_epoch * FLOAT
        counted["data and noise drawn ahead"] += int((1 + SWEEP_BLOCKS_AHEAD) * block * MARGIN)
    kept = min(KEPT, sum(counted.values()))  # the allocator keeps at most what was freed
    return Estimate(counted | {"torch and the allocator": TORCH_OWN + kept})


def sweep_block_epochs(per_epoch: int) -> int:
    """Epochs in a sweep's block of stacked batches, ``per_epoch`` numbers each (the sweep
    cuts its blocks so, and the estimate counts them so)."""
    return max(1, min(SWEEP_BLOCK_EPOCHS, SWEEP_BLOCK_NUMBERS // per_epoch))


def machine_memory() -> int:
    """The machine's physical memory in bytes (``FALLBACK_MACHINE`` where unknown)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # no sysconf (Windows) or no such name
        return FALLBACK_MACHINE


SMALLEST_LIMIT = 64 << 20  # below this nothing trains (torch alone takes TORCH_OWN)


def budget() -> tuple[int, str]:
    """(bytes a run may take, where that figure comes from). A ``PATTERNGAN_MEMORY_LIMIT``
    that is not a size, or is too small for any run, raises ValueError in one line (it was
    ignored, or refused every set-up with "0 MB allowed")."""
    raw = os.environ.get(ENV, "")
    text = raw.strip()
    if text:
        parsed = parse_size(text)
        shown = "".join(c if c.isprintable() else "?" for c in text[:40])
        if parsed is None:
            raise FieldError(  # no knob of the set-up: said where the set-up's errors are
                "memory",
                f"{ENV}={shown!r} is not a memory size: write it as e.g. 2G, 500M or 1.5GB",
            )
        if parsed < SMALLEST_LIMIT:
            raise FieldError(
                "memory", f"{ENV}={shown!r} is too small for any run: at least {gb(SMALLEST_LIMIT)}"
            )
        return parsed, f"{ENV}={text}"
    machine = machine_memory()
    return int(machine * SHARE_OF_MACHINE), f"half of this machine's {gb(machine)}"


def parse_size(text: str) -> int | None:
    """``2G``, ``500M``, ``1.5GB``, ``123456`` (bytes) -> bytes; None if not a size."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMGT]?)B?", text.strip(), re.IGNORECASE)
    if not m:
        return None
    scale = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}[m.group(2).upper()]
    return int(float(m.group(1)) * scale)


def gb(n: float) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"


def check_fits(config: TrainConfig, pattern: Pattern, codec: Codec, seeds: int = 1) -> Estimate:
    """Raise ValueError, in one line naming the knob to change, when the set-up would need
    more memory than the budget; returns the estimate otherwise."""
    est = estimate(config, pattern, codec, seeds)
    allowed, source = budget()
    if est.total > allowed:
        part = est.largest
        knob = KNOB_OF[part]
        who = f"{seeds} seeds, " if seeds > 1 else ""
        raise FieldError(
            knob,
            f"{knob}: this set-up needs about {gb(est.total)} of memory ({who}{part}: "
            f"{gb(est.parts[part])}), more than the {gb(allowed)} allowed ({source}); "
            f"use a smaller {knob}" + (" or fewer seeds" if seeds > 1 else ""),
        )
    return est
