"""Memory that scales with the set-up, checked up front (core.engine.memory): an estimate
from the set-up's fields, a budget, a one-line refusal naming the knob, before any tensor
exists; and wide ranges whose encoding stays narrow (the ``auto`` codec). The estimate
against measured peaks: ``tests/test_memory_table.py``."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest

from core.engine import memory
from core.engine.config import auto_codec
from core.engine.patterns import parse_pattern
from core.engine.presets import make_config
from core.engine.sweep import SweepTrainer
from core.engine.trainer import Trainer
from patterngan_gui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_a_set_up_over_budget_is_refused_naming_its_knob_before_any_tensor(monkeypatch):
    huge = make_config("default", g_hidden=(100_000, 100_000, 100_000), epochs=1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ValueError) as caught:
        Trainer(huge)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KB: nothing
    text = str(caught.value)
    assert text.startswith("g_hidden: this set-up needs about ") and "\n" not in text
    assert "GB of memory (G's weights:" in text and "use a smaller g_hidden" in text


def test_the_budget_comes_from_the_environment_or_half_the_machine(monkeypatch):
    monkeypatch.setenv(memory.ENV, "64M")
    assert memory.budget() == (64 << 20, f"{memory.ENV}=64M")
    book = make_config("book", epochs=1, eval_samples=1000)
    memory.check_fits(book, *book.validate())  # the book fits in 64 MB
    wide = make_config("default", pattern="odd", lo=0, hi=3000, codec="onehot", epochs=1)
    with pytest.raises(
        ValueError, match=r"^\w+: this set-up needs .* allowed \(PATTERNGAN_MEMORY_LIMIT=64M\)"
    ):
        memory.check_fits(wide, *wide.validate())
    monkeypatch.delenv(memory.ENV)  # none set: the machine's half
    allowed, source = memory.budget()
    assert allowed == memory.machine_memory() // 2 and source.startswith("half of this")
    assert [memory.parse_size(t) for t in ("2G", "1.5GB", "500m", "123")] == [
        2 << 30,
        int(1.5 * (1 << 30)),
        500 << 20,
        123,
    ]


def test_a_sweep_counts_every_seed_and_says_fewer_seeds(monkeypatch):
    monkeypatch.setenv(memory.ENV, "300M")
    config = make_config("default", pattern="odd", lo=0, hi=3000, epochs=2)
    with pytest.raises(ValueError, match="or fewer seeds") as caught:
        SweepTrainer(config, list(range(64)))
    assert "64 seeds" in str(caught.value)


def test_the_command_line_refuses_in_one_line_with_exit_1(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv(memory.ENV, "200M")
    argv = ["train", "--preset", "default", "--g-hidden", "20000,20000", "--epochs", "1"]
    assert main([*argv, "--out", str(tmp_path / "g.pt")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("patterngan train: g_hidden: this set-up needs") and "\n" not in err
    assert not (tmp_path / "g.pt").exists()
    sweep = ["sweep", "--preset", "default", "--pattern", "odd", "--range", "0:5000"]
    assert main([*sweep, "--seeds", "64", "--epochs", "2"]) == 1
    assert "or fewer seeds" in capsys.readouterr().err


def test_wide_ranges_get_a_narrow_auto_codec():
    odd = parse_pattern("odd", 0, 10_000)
    assert auto_codec(odd).spec == "qr:100" and auto_codec(odd).width == 200
    fives = parse_pattern("multiples:5", 0, 10_000)
    assert auto_codec(fives).spec == "qr:100"  # a multiple of 5: n mod 100 says n mod 5
    assert auto_codec(parse_pattern("multiples:7", 0, 100)).spec == "qr:7"  # small: as before
    assert auto_codec(parse_pattern("primes", 0, 1000)).spec == "onehot"
    assert auto_codec(parse_pattern("multiples:5", 0, 50), "book").spec == "qr:5"
    assert auto_codec(parse_pattern("multiples:200", 0, 10_000)).spec == "qr:200"  # 250 wide


def test_a_wide_draw_is_cut_into_chunks_of_bounded_outputs_and_a_narrow_one_is_not():
    """Chunks of at most CHUNK_OUTPUTS outputs for wide codecs (memory independent of the
    count); the book's 25-wide draws keep their chunks, and so their numbers."""
    import torch

    from core.engine import sampling

    sizes = []

    def record(out):
        sizes.append(len(out))
        return out[:0]

    wide = torch.nn.Linear(4, 10_000)
    sampling.map_chunks(wide, 4, 5000, 1, record, width=10_000)
    assert max(sizes) * 10_000 <= sampling.CHUNK_OUTPUTS and sum(sizes) == 5000
    sizes.clear()
    sampling.map_chunks(torch.nn.Linear(4, 25), 4, 40_000, 1, record, width=25)
    assert sorted(sizes, reverse=True)[:2] == [sampling.SAMPLE_CHUNK] * 2


def test_the_set_up_says_a_set_up_too_big_as_you_type_at_its_knob(window):
    """The session's rule, asked by the set-up: the error at G hidden, Train disabled."""
    setup = window.setup
    setup.advanced.set_expanded(True)
    setup.advanced.g_hidden.setText("100000,100000,100000")
    assert setup.error.text().startswith("g_hidden: this set-up needs about ")
    assert "D55E00" in setup.advanced.g_hidden.styleSheet()
    assert window.session.draft is None and not window.action("train").isEnabled()
    setup.advanced.g_hidden.setText("64")
    assert setup.error.text() == "" and window.action("train").isEnabled()
