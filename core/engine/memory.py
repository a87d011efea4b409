"""A set-up's peak memory, estimated from its fields before anything is allocated.

The estimate counts what each way of training actually allocates, tensor by tensor, in
float32 (4 bytes a number):

- torch's own: its first operations (thread pools, kernels' buffers) on the fast path
  (``core.engine.fast``, the book's networks); the reference path (autograd and
  ``torch.optim``) adds what ``torch.optim``'s first step imports (about 800 modules of
  torch's compiler package, 81 MB measured on its own);
- both networks' weights, gradients and optimiser state (Adam: two moments; SGD: a momentum
  buffer when momentum is on; RMSprop: its square average, and a buffer with momentum), and
  G's weight average when EMA is on;
- a batch's tensors at the step that holds most of them: on the fast path the real batch
  being trained and the one before it (kept for slow motion), the same for the generated
  batch, and the noise taken for G (a read-ahead block plus its copy where a batch is more
  than a block); on the reference path each layer's output and its gradient, for G and for
  D on the real and the generated batch (autograd keeps them for the backward pass), plus a
  Gumbel or softmax head's temporaries;
- the fast path's D outputs kept between reports (three terms of ``batch`` numbers an epoch,
  folded every ``OUTPUT_FOLD`` epochs at most, and ``FOLD_COPIES`` times that when a report
  folds them), and the freed tensors glibc's heap keeps (``ALLOCATOR_SLACK``);
- the evaluation: its fixed noise, and G's outputs and decoding over a slice of it at a time;
  D's view of every integer (each shown ``pack`` times), the codec's table, the read-ahead
  blocks of data and noise;
- a sweep: each seed's networks, read-ahead and evaluation noise, stacked; its blocks of the
  seeds' batches (one trained, up to ``SWEEP_BLOCKS_AHEAD`` drawn ahead on a worker, one
  being stacked);
- the window (``window=True``): the run's history, a row and seven curve points a report up
  to ``HISTORY_POINTS`` and at most ``HISTORY_SNAPSHOTS`` whole reports
  (``core.teaching.history``).

``python -m tests.bench_memory`` prints the estimate beside the peak RSS growth measured in a
child process per set-up (presets, losses, optimisers, batch 10^2 to 10^6, report interval 1,
sweeps of 2 to 32 seeds, the window's history); ``tests/test_memory_table.py`` holds each
within 1.5x either way.

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
SWEEP_AHEAD_BYTES = 64 << 20  # and hold at most this much (one block at least)
OUTPUT_FOLD = 4096  # the fast path's kept D outputs are folded this often (core.engine.fast.book)
# the losses and optimisers the fast path writes out (core.engine.fast.covers asks here,
# so the estimate and the trainer never disagree on which path a set-up takes)
FAST_LOSSES = ("nonsaturating", "minimax", "lsgan")
FAST_DISABLE_ENV = "PATTERNGAN_NO_FAST_PATHS"
# torch's own memory, measured as the RSS growth of the book for a few epochs with 100
# evaluation samples (the set-up's own tensors are a few hundred KB there)
FAST_OWN = 20 << 20  # the fast path: torch's first operations
REFERENCE_OWN = 90 << 20  # and torch.optim's first step's imports (autograd's path)
# the window's history of a run (core.teaching.history: MAX_POINTS, MAX_SNAPSHOTS; kept
# equal by a test): a row of the run's CSV (a dict of a dozen numbers) and seven curve
# points a report, measured per report over 20,000 reports; a snapshot is a whole report
# autograd's gradients alive at once, as a share of the activations kept for backward
# (each layer's are freed as the pass moves on): measured 1.1-1.3 over the autograd rows
GRADIENTS_AT_ONCE = 1.25
# the fast path's freed step tensors that glibc's heap keeps (core.engine.process keeps up to
# 128 MB before trimming, and a live block above a freed one pins it): measured 0.1 to 0.4 of
# the step's tensors and kept outputs over batch 10^3..10^6
ALLOCATOR_SLACK = 0.3
# a report folds each term's kept D outputs (core.engine.fast.book.OutputTally): stacked, the
# labels, binary cross-entropy's temporaries and its output, as many numbers each: measured
# at batch 100,000 and report interval 100 (590 MB, of which the kept outputs were 120 MB)
FOLD_COPIES = 7
HISTORY_POINTS = 200_000
HISTORY_SNAPSHOTS = 500
HISTORY_ROW = 1400  # bytes a report keeps in the history's rows and curves
SHARE_OF_MACHINE = 0.5  # the default budget: half of the machine's memory
FALLBACK_MACHINE = 8 << 30  # where the machine's memory cannot be read
ENV = "PATTERNGAN_MEMORY_LIMIT"
# what each part would ask a user to change, in the words of the set-up's fields
KNOB_OF = {
    "G's weights": "g_hidden",
    "D's weights": "d_hidden",
    "a batch's tensors": "batch",
    "D's outputs kept between reports": "report_every",
    "the evaluation": "eval_samples",
    "D's view of every integer": "range",
    "the codec's table": "range",
    "data and noise drawn ahead": "batch",
    "the run's history": "report_every",
    "torch's own": "batch",  # never the largest part of a set-up over budget
}

# where a smaller value of the knob is not the way
ADVICE = {"the run's history": "use a larger report_every or fewer epochs"}


@dataclass(frozen=True)
class Estimate:
    parts: dict[str, int]  # bytes by part (KNOB_OF's keys)
    fast: bool = False  # the fast path trains it (core.engine.fast)

    @property
    def total(self) -> int:
        return sum(self.parts.values())

    @property
    def largest(self) -> str:
        return max(self.parts, key=self.parts.__getitem__)


def _params(widths: list[int]) -> int:
    return sum(a * b + b for a, b in zip(widths, widths[1:]))


def fast_path_gap(config: TrainConfig) -> str | None:
    """Why the fast path cannot train ``config`` on the CPU (None when it can): the book's
    networks, a loss it writes out, Adam. ``core.engine.fast.covers`` adds the device."""
    if config.generator != "book" or config.g_hidden or config.d_hidden or config.pack != 1:
        return "not the book's networks"
    if config.loss not in FAST_LOSSES:
        return f"loss {config.loss}"
    if config.optimizer != "adam":
        return f"optimizer {config.optimizer}"
    return None


def takes_fast_path(config: TrainConfig) -> bool:
    """The fast path trains ``config`` (on the CPU, the switch on): what the estimate
    assumes. A CUDA device trains the reference way; "auto" is counted as the CPU."""
    switched_on = os.environ.get(FAST_DISABLE_ENV, "").strip() in ("", "0")
    return switched_on and config.device != "cuda" and fast_path_gap(config) is None


def _optimiser_copies(config: TrainConfig) -> int:
    """Copies of the weights a network holds: itself, its gradient, the optimiser's state."""
    if config.optimizer == "adam":
        return 4
    if config.optimizer == "sgd":
        return 2 + (1 if config.momentum > 0 else 0)
    return 3 + (1 if config.momentum > 0 else 0)  # rmsprop


def _ahead_copy(numbers_per_row: int, rows: int, block: int) -> int:
    """Numbers a row of a read-ahead request of ``rows`` holds beyond the request itself:
    where it is more than a block, the blocks drawn for it before they are joined
    (core.engine.read_ahead)."""
    return numbers_per_row if rows * numbers_per_row > block else 0


def _batch_floats(config: TrainConfig, codec: Codec, fast: bool) -> int:
    """Floats held at a step's peak, for one seed."""
    width, pack, batch = codec.width, config.pack, config.batch
    latent = config.latent_size(codec)
    real_copy = _ahead_copy(width, batch, DATA_READ_AHEAD)
    noise_copy = _ahead_copy(latent, batch, NOISE_READ_AHEAD)
    if fast:  # (ALLOCATOR_SLACK: freed tensors the heap keeps, below)
        # G's step: the real batch and the one before it, the D step's generated batch and
        # the one before it, the noise for G (and the blocks joined into it); then in G's
        # update the noise, G's output, D's gradient through it and through G's ReLU
        taking = 4 * width + latent + noise_copy
        updating = latent + 7 * width
        return batch * (max(taking, updating) + real_copy)
    g_widths = [latent, *hidden_widths(config.g_hidden, "g_hidden"), width]
    d_widths = [width * pack, *hidden_widths(config.d_hidden, "d_hidden"), 1]
    rows = batch // pack
    # every layer's output kept for backward: G, then D on real and fake; the gradients
    # are made and freed layer by layer as the backward pass goes (GRADIENTS_AT_ONCE)
    kept = batch * (sum(g_widths) + _head_floats(config, width)) + 2 * rows * sum(d_widths)
    if config.loss == "wgan-gp":  # the points between real and fake, D's graph over them twice
        kept += batch * width + 2 * rows * sum(d_widths)
    # and the last batches kept, and the blocks joined into a batch
    return int(GRADIENTS_AT_ONCE * kept) + batch * (2 * width + real_copy + noise_copy)


def _head_floats(config: TrainConfig, width: int) -> int:
    """Floats a sample's G head keeps for autograd beyond its layers: the Gumbel head's noise
    transform (uniform, two logs, the perturbed logits), per-head softmax, one-hot, and the
    straight-through sum (``core.models.GumbelGenerator``); a softmax head's softmax."""
    return {"gumbel": 14 * width, "softmax": 2 * width}.get(config.generator, 0)


def _evaluation(config: TrainConfig, codec: Codec, samples: int, fast: bool) -> int:
    """Bytes of the fixed evaluation noise and a slice's outputs and decoding."""
    width, latent = codec.width, config.latent_size(codec)
    rows = min(samples, max(1, CHUNK_NUMBERS // width))
    if fast or config.generator == "book":  # by columns: G's output, its heads' maxima
        per_row = 2 * width
    else:  # each layer's output, a Gumbel or softmax head's temporaries
        per_row = sum(hidden_widths(config.g_hidden, "g_hidden")) + width
        per_row += {"gumbel": 6 * width, "softmax": 3 * width}.get(config.generator, width)
    return (samples * latent + rows * per_row) * FLOAT + samples * 9  # numbers, decisive


def _history(config: TrainConfig, codec: Codec, R: int) -> int:
    """Bytes of the window's history of one run (``core.teaching.history.RunHistory``)."""
    reports = -(-config.epochs // config.report_every) + 1
    # rows and curves: thinned to half when they pass HISTORY_POINTS
    points = min(reports, HISTORY_POINTS + 1)
    snapshot = (3 * R + 10 * codec.width + 10 * 9) * 8 + 4000  # histogram, D's view, samples
    return points * HISTORY_ROW + min(reports, HISTORY_SNAPSHOTS + 1) * snapshot


def estimate(
    config: TrainConfig, pattern: Pattern, codec: Codec, seeds: int = 1, window: bool = False
) -> Estimate:
    """The peak bytes of training ``config`` (``seeds`` at once for a sweep); ``window``:
    with the run's history as the window keeps it."""
    fast = takes_fast_path(config)
    width, pack, batch = codec.width, config.pack, config.batch
    latent = config.latent_size(codec)
    g_widths = [latent, *hidden_widths(config.g_hidden, "g_hidden"), width]
    d_widths = [width * pack, *hidden_widths(config.d_hidden, "d_hidden"), 1]
    copies = _optimiser_copies(config)
    g_weights = _params(g_widths) * FLOAT * (copies + (1 if config.ema > 0 else 0))
    d_weights = _params(d_widths) * FLOAT * copies
    # D's view: a slice of integers at a time, each shown ``pack`` times
    view_rows = max(1, CHUNK_NUMBERS // (pack * width))
    view = (
        2 * min(pattern.R * pack * width, CHUNK_NUMBERS)
        + min(pattern.R, view_rows) * max(d_widths[1:])
    ) * FLOAT + pattern.R * 16
    # the codec's table (built in float64, then float32) and the support's encodings
    table = pattern.R * width * FLOAT * 3 + len(pattern.support) * width * FLOAT
    ahead = (DATA_READ_AHEAD + NOISE_READ_AHEAD) * FLOAT * 2  # and the block being replaced
    e = config.eval_samples
    if seeds == 1:
        tensors = _batch_floats(config, codec, fast) * FLOAT
        evaluation = _evaluation(config, codec, e, fast)
        # the fast path keeps each step's D outputs (three terms) until a report folds them
        steps = min(config.report_every * config.d_steps, OUTPUT_FOLD)
        kept = (3 + FOLD_COPIES) * steps * (batch // pack) * FLOAT if fast else 0
        if fast:  # what the heap keeps of them between uses
            tensors += int(ALLOCATOR_SLACK * (tensors + kept))
    else:
        # a sweep: one step's tensors over all the seeds at once, the blocks of stacked batches
        per_epoch = seeds * batch * (config.d_steps * width + (config.d_steps + 1) * latent)
        block = sweep_block_epochs(per_epoch) * per_epoch * FLOAT
        tensors = seeds * _sweep_step_floats(config, codec, fast) * FLOAT
        drawn = sweep_blocks_ahead(block) if draws_ahead_on_a_worker() else 0
        # the seeds' real batches are taken, then stacked (a copy); their noise is drawn in place
        stacking = (
            block
            * config.d_steps
            * width
            // (config.d_steps * width + (config.d_steps + 1) * latent)
        )
        # each seed's read-ahead; the block trained, the blocks drawn ahead, one being stacked
        ahead = (seeds + 1) * ahead // 2 + (1 + drawn) * block + stacking
        # each seed's evaluation noise, and again while they are stacked; the seeds' slices
        evaluation = seeds * (2 * e * latent * FLOAT) + seeds * (
            _evaluation(config, codec, e, fast) - e * latent * FLOAT
        )
        kept = 0
        g_weights, d_weights, table = seeds * g_weights, seeds * d_weights, seeds * table
    parts = {
        "G's weights": g_weights,
        "D's weights": d_weights,
        "a batch's tensors": tensors,
        "D's outputs kept between reports": kept,
        "the evaluation": evaluation,
        "D's view of every integer": view,
        "the codec's table": table,
        "data and noise drawn ahead": ahead,
        "the run's history": _history(config, codec, pattern.R) if window else 0,
        "torch's own": FAST_OWN if fast else REFERENCE_OWN,
    }
    return Estimate({k: int(v) for k, v in parts.items()}, fast)


def _sweep_step_floats(config: TrainConfig, codec: Codec, fast: bool) -> int:
    """Floats one seed's share of a sweep's step holds (its batches come from the blocks)."""
    width, pack, batch = codec.width, config.pack, config.batch
    latent = config.latent_size(codec)
    if fast:  # the D step's G output, G's, D's gradient through it and through G's ReLU
        return batch * 4 * width  # (the batches themselves are slices of the block)
    g_widths = [latent, *hidden_widths(config.g_hidden, "g_hidden"), width]
    d_widths = [width * pack, *hidden_widths(config.d_hidden, "d_hidden"), 1]
    rows = batch // pack
    # as a single run's, less the noise (a slice of the block)
    kept = batch * (sum(g_widths[1:]) + _head_floats(config, width)) + 2 * rows * sum(d_widths)
    return int(GRADIENTS_AT_ONCE * kept)


def sweep_blocks_ahead(block_bytes: int) -> int:
    """Blocks of a sweep's batches drawn ahead on a worker: ``SWEEP_BLOCKS_AHEAD`` small
    ones, fewer big ones (8 seeds at batch 50,000 make 360 MB blocks: four ahead were
    1.4 GB more memory for no speed), one at least."""
    return max(1, min(SWEEP_BLOCKS_AHEAD, SWEEP_AHEAD_BYTES // max(1, block_bytes)))


def draws_ahead_on_a_worker() -> bool:
    """A sweep draws its next blocks on a second thread (``core.engine.fast.prefetch``):
    the fast paths' switch on and a second core."""
    switched_on = os.environ.get(FAST_DISABLE_ENV, "").strip() in ("", "0")
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no affinity on this system (macOS, Windows)
        cores = os.cpu_count() or 1
    return switched_on and cores > 1


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


SMALLEST_LIMIT = 64 << 20  # below this nothing trains (torch alone takes FAST_OWN or more)


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


def check_fits(
    config: TrainConfig, pattern: Pattern, codec: Codec, seeds: int = 1, window: bool = False
) -> Estimate:
    """Raise ValueError, in one line naming the knob to change, when the set-up would need
    more memory than the budget; returns the estimate otherwise (``window``: with the run's
    history as the window keeps it)."""
    est = estimate(config, pattern, codec, seeds, window)
    allowed, source = budget()
    if est.total > allowed:
        part = est.largest
        knob = KNOB_OF[part]
        who = f"{seeds} seeds, " if seeds > 1 else ""
        raise FieldError(
            knob,
            f"{knob}: this set-up needs about {gb(est.total)} of memory ({who}{part}: "
            f"{gb(est.parts[part])}), more than the {gb(allowed)} allowed ({source}); "
            + ADVICE.get(part, f"use a smaller {knob}")
            + (" or fewer seeds" if seeds > 1 else ""),
        )
    return est
