"""The training speed-ups (issue #5) change no mathematics.

The book preset's trainer must compute exactly what the chapter's loop computes with
``nn.Module`` calls, ``nn.BCELoss`` and ``torch.optim.Adam``: these tests run both side by side
on the same data and noise and compare the weights bit for bit.
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
from core.engine.optim import LeanAdam
from core.engine.patterns import parse_pattern
from core.engine.presets import make_config
from core.engine.trainer import Trainer
from core.models import build_discriminator, build_generator, direct_forward


def _same_weights(a: nn.Module, b: nn.Module) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), b.state_dict().values()))


@pytest.mark.parametrize("fused", [True, False])
def test_lean_adam_is_torch_adam_bit_for_bit(fused):
    """The fused path calls torch's kernel itself; the other path (devices without a fused
    kernel) goes through torch's single-tensor Adam: each must match its torch.optim twin."""
    torch.manual_seed(0)
    ours = nn.Sequential(nn.Linear(25, 8), nn.ReLU(), nn.Linear(8, 1))
    ref, initial = copy.deepcopy(ours), copy.deepcopy(ours)
    lean = LeanAdam(ours.parameters(), lr=0.01, betas=(0.5, 0.999))
    assert lean.fused  # CPU float32
    lean.fused = fused
    twin = {"fused": True} if fused else {"foreach": False}
    adam = torch.optim.Adam(ref.parameters(), lr=0.01, betas=(0.5, 0.999), **twin)
    for step in range(30):
        x = torch.randn(16, 25)
        if step == 15:  # a schedule changes the learning rate between steps
            lean.lr = adam.param_groups[0]["lr"] = 0.002
        for model, opt in ((ours, lean), (ref, adam)):
            opt.zero_grad()
            model(x).square().mean().backward()
            if step == 20:  # a step where one parameter got no gradient: torch skips it
                model[2].bias.grad = None
            opt.step()
        assert _same_weights(ours, ref), f"weights differ after step {step}"
    assert not _same_weights(ours, initial)


@pytest.mark.parametrize("engine", [True, False], ids=["engine", "fallback"])
def test_backward_gives_loss_backwards_gradients_bit_for_bit(engine, monkeypatch):
    from core.engine import backprop

    if not engine:  # a torch without the internal function: the public path
        monkeypatch.setattr(backprop, "_engine_run_backward", None)
    torch.manual_seed(2)
    ours = nn.Sequential(nn.Linear(25, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1), nn.Sigmoid())
    ref = copy.deepcopy(ours)
    x, y = torch.rand(10, 25), torch.ones(10, 1)
    for _ in range(2):  # the second pass accumulates into the first's .grad
        backprop.backward(nn.functional.binary_cross_entropy(ours(x), y))
        nn.functional.binary_cross_entropy(ref(x), y).backward()
        for a, b in zip(ours.parameters(), ref.parameters()):
            assert torch.equal(a.grad, b.grad)
    with pytest.raises(RuntimeError, match="does not require grad"):
        backprop.backward(x.sum())  # torch's own message for a loss without a graph


def test_book_trainer_is_the_chapter_loop_bit_for_bit():
    """Three steps per epoch as the chapter writes them, on the trainer's own data and noise."""
    config = make_config("book", epochs=1000, report_every=500, eval_samples=500)
    trainer = Trainer(config)
    assert trainer.hand_steps  # the book trains by the hand-written steps (core.engine.hand_steps)
    D, G = copy.deepcopy(trainer.D), copy.deepcopy(trainer.G)
    real = RealSampler(trainer.pattern, trainer.codec, "book", np.random.default_rng(config.seed))
    noise = LatentNoise(config.latent, config.seed, torch.device("cpu"))
    loss_fn = nn.BCELoss()
    opt_d = torch.optim.Adam(D.parameters(), lr=0.001, fused=True)
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


@pytest.mark.parametrize(
    "build",
    [
        lambda: build_generator("book", 100, [20, 5], (), 1.0),
        lambda: build_generator("softmax", 16, [20, 5], (32,), 1.0),
        lambda: build_generator("gumbel", 16, [20, 5], (32,), 0.5),
        lambda: build_discriminator(True, 25, 1, ()),
        lambda: build_discriminator(False, 25, 2, (32,)),
    ],
    ids=["G book", "G softmax", "G gumbel", "D book", "D packed"],
)
def test_direct_forward_is_the_modules_forward_bit_for_bit(build):
    torch.manual_seed(1)
    module = build()
    width = module[0].in_features if isinstance(module, nn.Sequential) else None
    x = torch.randn(8, width or (41 if hasattr(module, "code") else 25))
    fast = direct_forward(module)
    out_fast, out_ref = fast(x), module(x)
    assert torch.equal(out_fast, out_ref)
    grads = []
    for out in (out_fast, out_ref):
        module.zero_grad()
        (out * torch.linspace(-1, 1, out.numel()).reshape(out.shape)).sum().backward()
        grads.append([p.grad.clone() for p in module.parameters()])
    assert all(torch.equal(a, b) for a, b in zip(*grads))
    with torch.no_grad():  # weights changed in place are seen (the optimisers' way)
        for p in module.parameters():
            p.mul_(0.5)
    assert torch.equal(fast(x), module(x))


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


def test_first_trainer_does_not_import_dynamo():
    """torch.optim's constructors import torch._dynamo (about 1 s) the first time: a frozen
    window on the first Train click. The trainer needs none of it."""
    code = (
        "import sys, torch\n"
        "from core.engine.presets import make_config\n"
        "from core.engine.trainer import Trainer\n"
        "for name in ('book', 'default', 'collapse'):\n"
        "    Trainer(make_config(name, device='cpu')).step_epoch()\n"
        "print('torch._dynamo' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_fast_paths_check_themselves_and_fall_back(monkeypatch):
    """Each torch-internal path is used only after it ran beside its public twin; a broken one
    (torch 2.1's _fused_adam_ has no CPU kernel) falls back instead of failing at epoch 0."""
    from core.engine import fast_paths

    assert fast_paths.report() == {
        "fused_adam": True,
        "engine_backward": True,
        "direct_forward": True,
        "hand_steps": True,
        "scripted_epoch": True,
        "stacked_hand_steps": True,
        "scripted_sweep": True,
    }

    def no_cpu_kernel(*args, **kwargs):
        raise NotImplementedError("Could not run 'aten::_fused_adam_' with arguments from CPU")

    monkeypatch.setattr(torch, "_fused_adam_", no_cpu_kernel)
    fast_paths.fused_adam.cache_clear()
    try:
        assert fast_paths.fused_adam() is False
        assert LeanAdam([torch.zeros(2, requires_grad=True)], 0.1, (0.9, 0.999)).fused is False
        trainer = Trainer(make_config("book", epochs=20, report_every=10, eval_samples=200))
        assert [r.epoch for r in trainer.reports()] == [10, 20]  # trains on the public path
    finally:
        monkeypatch.undo()
        fast_paths.fused_adam.cache_clear()
    assert fast_paths.fused_adam() is True


def test_training_hands_the_gil_over_sooner_and_keeps_a_lower_interval():
    """A thread running Python keeps the GIL the training thread waits for up to the switch
    interval, after every torch call (core.engine.process): training sets 0.5 ms, never
    more than the process had."""
    code = (
        "import sys\n"
        "from core.engine.presets import make_config\n"
        "from core.engine.trainer import Trainer\n"
        "from core.engine.sweep import SweepTrainer\n"
        "lower = float(sys.argv[1])\n"
        "if lower:\n"
        "    sys.setswitchinterval(lower)\n"
        "before = sys.getswitchinterval()\n"
        "make = SweepTrainer if sys.argv[2] == 'sweep' else Trainer\n"
        "config = make_config('book', epochs=5, device='cpu')\n"
        "make(config, [0, 1]) if make is SweepTrainer else make(config)\n"
        "print(round(before * 1e6), round(sys.getswitchinterval() * 1e6))\n"
    )
    for lower, kind, want in (
        (0, "single", "5000 500"),  # microseconds
        (0, "sweep", "5000 500"),
        (0.0001, "single", "100 100"),
    ):
        out = subprocess.run(
            [sys.executable, "-c", code, str(lower), kind],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == want.split(), (lower, kind)


def test_the_environment_switch_turns_every_fast_path_off():
    code = (
        "from core.engine import fast_paths\n"
        "from core.engine.presets import make_config\n"
        "from core.engine.trainer import train\n"
        "assert not any(fast_paths.report().values()), fast_paths.report()\n"
        "_, r = train(make_config('book', epochs=30, report_every=10, eval_samples=200))\n"
        "assert r.epoch == 30\n"
    )
    env = {**os.environ, "PATTERNGAN_NO_FAST_PATHS": "1"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
