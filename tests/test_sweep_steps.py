"""A sweep's fast path (``core.engine.fast``): the reference's weights bit for bit, batches
drawn ahead on a worker, decoded by columns."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from core.engine import fast
from core.engine.codecs import Codec
from core.engine.fast import grads
from core.engine.fast.prefetch import DrawnAhead
from core.engine.presets import make_config
from core.engine.sweep import SweepTrainer


def _weights(s: SweepTrainer) -> list[torch.Tensor]:
    return [p.detach() for p in (*s.g_params, *s.d_params)]


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"loss": "minimax"},
        {"d_steps": 3},
        {"book_steps": False, "noise": "uniform"},
        {"schedule": "cosine", "ema": 0.9, "ema_start": 0.2, "lr_g": 0.01},
        {"loss": "lsgan"},
        {"loss": "lsgan", "book_steps": False, "d_steps": 2},
    ],
    ids=["book", "minimax", "k=3", "together uniform", "cosine ema", "lsgan", "lsgan together"],
)
def test_the_fast_sweep_gives_the_reference_sweeps_weights_bit_for_bit(overrides):
    config = make_config("book", epochs=150, eval_samples=300, **overrides)
    ours = SweepTrainer(config, [0, 4, 9], steps="fast")
    ref = SweepTrainer(config, [0, 4, 9], steps="autograd")
    ours._block_epochs = ref._block_epochs = 40  # blocks of 40 epochs, in calls of 7 and 33
    for until in range(0, 151, 7):
        ours.train_epochs(until)
        ref.train_epochs(until)
    ours.train_epochs(150)
    ref.train_epochs(150)
    assert ours.epoch == ref.epoch == 150
    for a, b in zip(_weights(ours), _weights(ref)):
        assert torch.equal(a, b)
    if ref.ema is not None:
        for a, b in zip(ours.ema, ref.ema):
            assert torch.equal(a, b)
    fresh = SweepTrainer(config, [0, 4, 9], steps="fast")
    assert not torch.equal(_weights(ours)[0], _weights(fresh)[0])  # it trained
    # reports by columns give the reference sweep's row-decoded metrics
    for a, b in zip(ours.evaluate(), ref.evaluate()):
        assert a.samples == b.samples == 300
        assert a.strict_validity == b.strict_validity and a.tv == b.tv
        assert np.array_equal(a.histogram, b.histogram)


def test_a_planted_rounding_in_the_fast_sweep_turns_the_comparison_red(monkeypatch):
    """One factor of 1 + 2^-20 in D's output gradient changes the bits on any CPU."""
    config = make_config("book", epochs=40, eval_samples=100)
    ref = SweepTrainer(config, [0, 1], steps="autograd")
    real = grads.logit_grad
    monkeypatch.setattr(
        "core.engine.fast.stacked.logit_grad", lambda *a: real(*a) * (1.0 + 2.0**-20)
    )
    ours = SweepTrainer(config, [0, 1], steps="fast")
    ours.train_epochs(40)
    ref.train_epochs(40)
    assert not all(torch.equal(a, b) for a, b in zip(_weights(ours), _weights(ref)))


def test_a_sweep_uses_the_fast_path_where_it_covers_it_and_refuses_it_elsewhere(monkeypatch):
    assert SweepTrainer(make_config("book", epochs=5), [0, 1])._fast is not None
    assert SweepTrainer(make_config("default", epochs=5), [0, 1])._fast is None
    assert SweepTrainer(make_config("book", epochs=5, loss="lsgan"), [0])._fast is not None
    with pytest.raises(ValueError, match="^steps: the fast path does not cover"):
        SweepTrainer(make_config("book", epochs=5, optimizer="sgd"), [0], steps="fast")
    with pytest.raises(ValueError, match="^steps must be one of"):
        SweepTrainer(make_config("book", epochs=5), [0], steps="hand")
    monkeypatch.setenv(fast.DISABLE_ENV, "1")
    off = SweepTrainer(make_config("book", epochs=5), [0, 1])
    assert off._fast is None and not off._blocks.on_worker


def test_drawing_ahead_on_a_worker_changes_no_number():
    """The worker draws the same blocks in the same order: a sweep trained with it ends
    where the same sweep drawing inline does, through many blocks and a close midway."""
    config = make_config("book", epochs=400, eval_samples=200)
    ahead = SweepTrainer(config, [1, 2], draw_worker=True)
    inline = SweepTrainer(config, [1, 2], draw_worker=False)
    assert ahead._blocks.on_worker and not inline._blocks.on_worker
    ahead._block_epochs = inline._block_epochs = 7  # many blocks, and drawn ahead four deep
    for epoch in range(400):
        if epoch == 150:
            ahead.close()  # blocks already drawn come first, then inline draws
            assert not ahead._blocks.on_worker
        ahead.step_epoch()
        inline.step_epoch()
    for a, b in zip(_weights(ahead), _weights(inline)):
        assert torch.equal(a, b)


def test_drawn_ahead_keeps_order_and_hands_on_a_failure_in_its_place():
    count = iter(range(100))

    def draw() -> int:
        n = next(count)
        if n == 3:
            raise MemoryError("block 3")
        return n

    blocks = DrawnAhead(draw, worker=True)
    assert [blocks.next(), blocks.next(), blocks.next()] == [0, 1, 2]
    with pytest.raises(MemoryError, match="block 3"):
        blocks.next()
    assert blocks.next() == 4
    blocks.close()
    assert [blocks.next() for _ in range(3)] == [5, 6, 7]  # drawn or not when it closed
    blocks.close()  # twice is fine


def test_the_reports_end_the_worker():
    s = SweepTrainer(make_config("book", epochs=30, eval_samples=100), [0, 1], draw_worker=True)
    before = {t.name for t in threading.enumerate()}
    reports = list(s.reports(10))
    assert [r.epoch for r in reports] == [10, 20, 30] and not s._blocks.on_worker
    assert not any(
        t.name.startswith("patterngan-draws") for t in threading.enumerate() if t.name not in before
    )


@pytest.mark.parametrize("codec", [Codec("qr", 100, 5), Codec("onehot", 12)])
def test_a_stack_of_columns_decodes_as_each_seeds_own(codec):
    rng = np.random.default_rng(3)
    x = rng.integers(-1, 3, size=(3, 500, codec.width)).astype(np.float32)
    x[1, ::4] = 0.0  # all-zero heads (ReLU's): undecided
    stacked = codec.decode_columns(torch.from_numpy(x).transpose(1, 2).contiguous())
    assert stacked.numbers.shape == stacked.decisive.shape == (3, 500)
    for i in range(3):
        rows = codec.decode(torch.from_numpy(x[i]))
        assert np.array_equal(stacked.numbers[i], rows.numbers)
        assert np.array_equal(stacked.decisive[i], rows.decisive)
    x[2, 7, 0] = np.nan  # one seed diverged: every seed decoded the row way, same answers
    mixed = codec.decode_columns(torch.from_numpy(x).transpose(1, 2).contiguous())
    for i in range(3):
        rows = codec.decode(torch.from_numpy(x[i]))
        assert np.array_equal(mixed.numbers[i], rows.numbers)
        assert np.array_equal(mixed.decisive[i], rows.decisive)
    assert not mixed.decisive[2, 7]


@pytest.mark.parametrize("kind", ["normal", "uniform"])
@pytest.mark.parametrize("size", [100, 7])
def test_noise_filled_into_place_is_the_noise_taken(kind, size):
    """A sweep draws each seed's noise straight into its block (``LatentNoise.fill``): the
    numbers ``take`` gives, whether rows are left in the read-ahead or not, whatever the
    request's size, and where the stream cannot be cut there (7 numbers a vector: the
    read-ahead's draws are not whole groups of 16 normals) by taking and copying."""
    from core.engine.noise import LatentNoise

    def pair():
        return (LatentNoise(size, 3, torch.device("cpu"), kind) for _ in range(2))

    taken, filled = pair()
    # within, across and beyond read-ahead blocks; 3 x 100 numbers are not groups of 16
    for rows in (16, 4, 2000, 3, 64, 9000, 48):
        out = torch.full((rows, size), float("nan"))
        filled.fill(out)
        assert torch.equal(out, taken.take(rows)), rows
        if rows == 16:  # drawn into place, nothing read ahead (7-number normals: taken)
            assert (filled.ready == 0) is not (size == 7 and kind == "normal")
    taken, filled = pair()
    across = torch.full((size, 32), float("nan")).t()  # rows not one after the other
    filled.fill(across)
    assert torch.equal(across, taken.take(32))
