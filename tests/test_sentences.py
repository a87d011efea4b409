"""Every sentence true: a change smaller than the shown precision shows more digits or says
"unchanged", never "more real: 0.543 -> 0.543" (slow motion, core/teaching/slow_motion.py)."""

from __future__ import annotations

import re

import numpy as np

from core.teaching.slow_motion import _pct, explain, moved

SAME = re.compile(r"(-?[\d.]+%?) -> (-?[\d.]+%?)")


def test_moved_shows_digits_until_the_numbers_differ_or_says_unchanged():
    assert moved(0.5431, 0.5434) == "0.5431 -> 0.5434"
    assert moved(0.54312, 0.54301) == "0.5431 -> 0.5430"
    assert moved(0.25, 0.75) == "0.250 -> 0.750"
    assert moved(0.543, 0.543) == "0.543 (unchanged)"
    rng = np.random.default_rng(0)
    for a in rng.random(2000):
        b = a + rng.choice([-1, 1]) * 10 ** rng.uniform(-9, -1)
        left, right = SAME.search(moved(a, b)).groups()
        assert left != right
    assert str(_pct(0.1, 0.10004)) != "10.0% -> 10.0%" and "->" in str(_pct(0.1, 0.10004))


def test_slow_motion_sentences_never_show_the_same_number_twice(tiny_book_config):
    from core.engine.trainer import Trainer

    # the smallest rates: each step moves D's scores by about 1e-5, far below 3 decimals
    trainer = Trainer(tiny_book_config.replace(lr_d=0.00001, lr_g=0.00001))
    sentences = [explain(trainer).sentence for _ in range(9)]  # three epochs, step by step
    assert any("->" in text for text in sentences)
    for text in sentences:
        for left, right in SAME.findall(text):
            assert left != right, text


def test_info_names_the_codecs_size_apart_from_the_ranges_end(tmp_path):
    """One name for each: the set-up's range ends at hi = 50, the book's codec has size
    R = 100; info says "codec size R" (never a bare "R" a student reads as the range)."""
    import io

    from patterngan_gui.cli import main

    out = io.StringIO()
    path = str(tmp_path / "g.pt")
    assert main(["train", "--epochs", "5", "--out", path], io.StringIO(), io.StringIO()) == 0
    assert main(["info", path], out, io.StringIO()) == 0
    text = out.getvalue()
    assert "codec size R = 100: integers 0 to 99" in text
    assert "[0, 50)" in text  # the pattern's own range, hi = 50
