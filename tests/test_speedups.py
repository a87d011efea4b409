"""The training speed-ups change no mathematics.

The book preset's trainer must compute exactly what the chapter's loop computes with
``nn.Module`` calls, ``nn.BCELoss`` and ``torch.optim.Adam`` (its fused kernel, as the
reference runs it): these tests run both side by side on the same data and noise and compare
the weights bit for bit. Also: the read-ahead of batches, sampling on threads, what a process
pays on its first trainer, and the switch that turns the fast path off.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys

import numpy as np
import pytest
import torch
from torch import nn

from core.engine.codecs import Codec
from core.engine.data import RealSampler
from core.engine.noise import READ_AHEAD, LatentNoise
from core.engine.optim import fused_adam_runs, make_optimizer, set_lr
from core.engine.patterns import parse_pattern
from core.engine.presets import make_config
from core.engine.trainer import Trainer


def _same_weights(a: nn.Module, b: nn.Module) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), b.state_dict().values()))


@pytest.mark.parametrize(
    "private, counts_ahead",
    [(True, 1024), (True, 4), (False, 1024)],
    ids=["kernel call", "kernel call, counts made 4 ahead", "public fallback"],
)
def test_the_fast_adam_is_torch_adam_bit_for_bit(private, counts_ahead, monkeypatch):
    """The fast path's Adam calls torch's fused kernel itself, or (where that call fails)
    ``torch.optim.Adam(fused=True)``: each gives the reference optimiser's weights; with the
    step counts made a few at a time, the blocks' seams change nothing."""
    from core.engine.fast import kernels
    from core.engine.fast.kernels import Adam

    monkeypatch.setattr(kernels, "COUNTS_AHEAD", counts_ahead)

    torch.manual_seed(0)
    ours = nn.Sequential(nn.Linear(25, 8), nn.ReLU(), nn.Linear(8, 1))
    ref, initial = copy.deepcopy(ours), copy.deepcopy(ours)
    fast_adam = Adam(list(ours.parameters()), lr=0.01, betas=(0.5, 0.999), private=private)
    adam = make_optimizer("adam", ref.parameters(), 0.01, 0.5, 0.0)
    for step in range(30):
        x = torch.randn(16, 25)
        if step == 15:  # a schedule changes the learning rate between steps
            fast_adam.lr = 0.002
            set_lr(adam, 0.002)
        ours.zero_grad()
        ours(x).square().mean().backward()
        with torch.no_grad():
            fast_adam.update([p.grad for p in ours.parameters()])
        adam.zero_grad()
        ref(x).square().mean().backward()
        adam.step()
        assert _same_weights(ours, ref), f"weights differ after step {step}"
    assert not _same_weights(ours, initial)


def test_the_step_counts_made_ahead_are_torch_optims_past_two_to_the_24():
    """torch.optim adds 1 to a float32 step count before each update; past 2**24 adding 1
    no longer changes it. The counts made ahead follow it there too (a 10-million-epoch run
    makes 20 million D updates)."""
    from core.engine.fast.kernels import Adam

    param = torch.zeros(3)
    adam = Adam([param], 0.001, (0.5, 0.999), private=True)
    start = 2.0**24 - 1500  # a block of arange counts, then the crossing
    adam._counts = [torch.tensor(start)]
    reference = torch.tensor(start)
    seen, expected = [], []
    with torch.no_grad():
        for _ in range(3000):
            adam.update([torch.full((3,), 1e-3)])
            reference.add_(1)
            seen.append(float(adam._counts[0]))
            expected.append(float(reference))
    assert seen == expected
    assert expected[-1] == 2.0**24  # the crossing was reached


def test_a_kernel_that_takes_its_arguments_otherwise_is_not_used(monkeypatch):
    """A torch whose ``_fused_adam_`` counted the step itself (or read another argument
    order) would train otherwise than the reference: the once-per-process check sees it."""
    from core.engine.fast import kernels

    real = torch._fused_adam_

    def counts_itself(params, grads, m, v, maxes, steps, **kwargs):
        for step in {id(s): s for s in steps}.values():
            step.add_(1)
        return real(params, grads, m, v, maxes, steps, **kwargs)

    monkeypatch.setattr(torch, "_fused_adam_", counts_itself)
    kernels.fused_runs.cache_clear()
    try:
        assert not kernels.fused_runs(torch.device("cpu"))
    finally:
        monkeypatch.undo()
        kernels.fused_runs.cache_clear()
    assert kernels.fused_runs(torch.device("cpu"))


def test_a_torch_whose_kernel_call_fails_trains_on_the_public_optimiser(monkeypatch):
    from core.engine.fast import kernels

    def no_cpu_kernel(*args, **kwargs):
        raise NotImplementedError("Could not run 'aten::_fused_adam_' with arguments from CPU")

    assert kernels.fused_runs(torch.device("cpu"))
    config = make_config("book", epochs=20, report_every=10, eval_samples=200)
    monkeypatch.setattr(torch, "_fused_adam_", no_cpu_kernel)
    kernels.fused_runs.cache_clear()
    fused_adam_runs.cache_clear()
    try:
        assert not kernels.fused_runs(torch.device("cpu"))
        trainer = Trainer(config)
        assert not trainer.fast.adam_private
        assert [r.epoch for r in trainer.reports()] == [10, 20]
        monkeypatch.setenv("PATTERNGAN_NO_FAST_PATHS", "1")
        ref = Trainer(config)  # the reference without the kernel too: single-tensor Adam
        assert not ref.gan.opt_d.defaults["fused"]
        list(ref.reports())
        assert _same_weights(trainer.G, ref.G) and _same_weights(trainer.D, ref.D)
    finally:
        monkeypatch.undo()
        kernels.fused_runs.cache_clear()
        fused_adam_runs.cache_clear()
    assert kernels.fused_runs(torch.device("cpu"))


def test_book_trainer_is_the_chapter_loop_bit_for_bit():
    """Three steps per epoch as the chapter writes them, on the trainer's own data and noise."""
    config = make_config("book", epochs=1000, report_every=500, eval_samples=500)
    trainer = Trainer(config)
    assert trainer.fast is not None  # the book trains on the fast path (core.engine.fast)
    D, G = copy.deepcopy(trainer.D), copy.deepcopy(trainer.G)
    real = RealSampler(trainer.pattern, trainer.codec, "book", np.random.default_rng(config.seed))
    noise = LatentNoise(config.latent, config.seed, torch.device("cpu"))
    loss_fn = nn.BCELoss()
    opt_d = torch.optim.Adam(D.parameters(), lr=0.001, fused=True)  # the kernel the app uses
    opt_g = torch.optim.Adam(G.parameters(), lr=0.001, fused=True)
    ones, zeros = torch.ones(10, 1), torch.zeros(10, 1)
    for _ in range(config.epochs):
        loss_d = loss_fn(D(real.batch(10)), ones)  # D on real
        opt_d.zero_grad()
        loss_d.backward()
        opt_d.step()
        loss_d = loss_fn(D(G(noise.take(10))), zeros)  # D on fake (G's grads are dropped)
        opt_d.zero_grad()
        loss_d.backward()
        opt_d.step()
        loss_g = loss_fn(D(G(noise.take(10))), ones)  # G
        opt_g.zero_grad()
        loss_g.backward()
        opt_g.step()
    for _ in trainer.reports():
        pass
    assert trainer.epoch == config.epochs
    assert _same_weights(trainer.D, D) and _same_weights(trainer.G, G)
    assert not _same_weights(trainer.G, Trainer(config).G)  # it did train


def test_latent_noise_reads_ahead_without_changing_the_stream():
    size = 100
    noise = LatentNoise(size, seed=3, device=torch.device("cpu"))
    first = READ_AHEAD // size
    got = torch.cat([noise.take(10) for _ in range(first // 10 + 5)])  # crosses a refill
    gen = torch.Generator().manual_seed(3)
    expected = torch.cat(
        [torch.randn(first, size, generator=gen), torch.randn(first, size, generator=gen)]
    )
    assert torch.equal(got, expected[: len(got)])
    big = noise.take(first * 3)  # a request larger than a read-ahead
    assert big.shape == (first * 3, size)


def test_read_ahead_hands_out_consecutive_rows_whatever_the_requests_sizes():
    from core.engine.read_ahead import ReadAhead

    drawn = [0]

    def draw(rows: int) -> torch.Tensor:  # row i holds the number i: the stream itself
        start = drawn[0]
        drawn[0] += rows
        return torch.arange(start, start + rows).unsqueeze(1)

    ahead = ReadAhead(draw, 25, torch.zeros(0, 1, dtype=torch.int64))
    sizes = [10, 10, 10, 7, 7, 10, 3, 60, 10, 10, 25, 1, 1, 10, 10, 10, 10, 4, 10]
    got = torch.cat([ahead.take(n) for n in sizes]).reshape(-1)
    assert torch.equal(got, torch.arange(sum(sizes)))
    assert drawn[0] % 25 == 0  # whole blocks only: the stream never depends on the sizes
    # rows given back come again, from the same memory; a request ends where the block is
    taken, after = sum(sizes), ahead.ready
    assert after == drawn[0] - taken
    first = ahead.take(3)
    ahead.give_back(3)
    again = ahead.take(3)
    assert torch.equal(again, first) and again.data_ptr() == first.data_ptr()
    ahead.take(2)
    ahead.give_back(5)
    assert torch.equal(ahead.take(5).reshape(-1), torch.arange(taken, taken + 5))
    with pytest.raises(ValueError, match="cannot give back"):
        ahead.give_back(ahead.ready + 100)


@pytest.mark.parametrize("mode", ["book", "iid"])
def test_real_batches_read_ahead_give_the_same_numbers(mode):
    pattern = parse_pattern("odd", 0, 100)
    codec = Codec("onehot", 100)
    ahead = RealSampler(pattern, codec, mode, np.random.default_rng(7))
    plain = RealSampler(pattern, codec, mode, np.random.default_rng(7))
    batches = [ahead.batch(37) for _ in range(40)]  # 1,480 rows: crosses the 1,000-row block
    got = codec.decode(torch.cat(batches)).numbers
    if mode == "book":  # the shuffled cycle: same numbers in the same order
        assert np.array_equal(got, plain.numbers(len(got)))
    assert pattern.contains(got).all()
    assert all(len(b) == 37 for b in batches)


# -- sampling: chunks seeded on their own, run on threads --------------------------------


@pytest.fixture(scope="module")
def book_generator():
    from core.engine.trainer import train
    from core.files.genfile import cpu_copy

    trainer, _ = train(make_config("book", epochs=30, report_every=30, eval_samples=200))
    return cpu_copy(trainer.generator), trainer.codec


def test_samples_depend_on_the_seed_not_on_the_threads(book_generator, monkeypatch):
    from core.engine import sampling

    module, codec = book_generator
    count = 3 * sampling.SAMPLE_CHUNK + 5  # four chunks, the last one short
    monkeypatch.setattr(sampling, "_threads", lambda: 1)
    serial = sampling.sample_decoded(module, codec, 100, count, seed=11)
    monkeypatch.setattr(sampling, "_threads", lambda: 3)
    threaded = sampling.sample_decoded(module, codec, 100, count, seed=11)
    assert np.array_equal(serial.numbers, threaded.numbers)
    assert np.array_equal(serial.decisive, threaded.decisive)
    assert serial.numbers.shape == (count,)
    # the raw outputs of the same draw decode to the same numbers
    raw = sampling.sample_outputs(module, 100, count, seed=11)
    assert np.array_equal(codec.decode(raw).numbers, serial.numbers)
    other = sampling.sample_decoded(module, codec, 100, count, seed=12)
    assert not np.array_equal(other.numbers, serial.numbers)


def test_a_draw_without_seed_is_fresh_and_a_bad_count_is_refused(book_generator):
    from core.engine.sampling import sample_outputs

    module, _ = book_generator
    assert not np.array_equal(
        sample_outputs(module, 100, 50, None), sample_outputs(module, 100, 50, None)
    )
    with pytest.raises(ValueError, match="count: must be at least 1"):
        sample_outputs(module, 100, 0, seed=0)


def test_the_book_trainer_does_not_import_dynamo():
    """torch.optim's constructors import torch._dynamo (seconds) the first time: the fast
    path keeps its own Adam state, so a process that trains the book never pays it."""
    code = (
        "import sys, torch\n"
        "from core.engine.presets import make_config\n"
        "from core.engine.trainer import Trainer\n"
        "from core.engine.sweep import SweepTrainer\n"
        "t = Trainer(make_config('book', device='cpu'))\n"
        "t.step_epoch(); t.step('d'); t.step_phase()\n"
        "SweepTrainer(make_config('book', epochs=3), [0, 1]).train_epochs(3)\n"
        "print('torch._dynamo' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_constructing_a_trainer_changes_no_process_wide_setting():
    """Threads, allocator and switch interval are set once at the command's or the
    window's entry (``core.engine.process``), never by building a trainer."""
    code = (
        "import sys, torch\n"
        "from core.engine.presets import make_config\n"
        "from core.engine.trainer import Trainer\n"
        "from core.engine.sweep import SweepTrainer\n"
        "before = (torch.get_num_threads(), sys.getswitchinterval())\n"
        "Trainer(make_config('book', epochs=5)).step_epoch()\n"
        "SweepTrainer(make_config('book', epochs=5), [0, 1]).train_epochs(2)\n"
        "assert (torch.get_num_threads(), sys.getswitchinterval()) == before\n"
        "from core.engine.process import SWITCH_INTERVAL, prepare_for_training\n"
        "prepare_for_training()\n"
        "assert torch.get_num_threads() == 1 and sys.getswitchinterval() == SWITCH_INTERVAL\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", "import torch; torch.set_num_threads(2)\n" + code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr


def test_the_environment_switch_turns_the_fast_path_off():
    code = (
        "from core.engine import fast\n"
        "from core.engine.presets import make_config\n"
        "from core.engine.trainer import Trainer\n"
        "t = Trainer(make_config('book', epochs=30, report_every=10, eval_samples=200))\n"
        "assert t.fast is None and not fast.report()['fast_paths']\n"
        "assert [r.epoch for r in t.reports()] == [10, 20, 30]\n"
    )
    env = {**os.environ, "PATTERNGAN_NO_FAST_PATHS": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
