"""Issue 34: a malformed PATTERNGAN_MEMORY_LIMIT is an error in one line (it was ignored, or
refused every set-up with "0 MB allowed"), at the command line and in the window's set-up."""

from __future__ import annotations

import pytest

from core.engine import memory
from core.engine.presets import make_config
from tests.test_cli import run


@pytest.mark.parametrize("value", ["lots", "2 gigs", "0", "1K", "-5G", "\x1b[2J"])
def test_a_malformed_or_impossible_limit_is_one_line(monkeypatch, value):
    monkeypatch.setenv(memory.ENV, value)
    book = make_config("book", epochs=1, eval_samples=300)
    with pytest.raises(ValueError, match=rf"^{memory.ENV}=") as caught:
        memory.check_fits(book, *book.validate())
    assert "\n" not in str(caught.value) and "\x1b" not in str(caught.value)


def test_the_command_line_says_so_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setenv(memory.ENV, "lots")
    code, out, err = run("train", "--epochs", "10", "--out", str(tmp_path / "g.pt"))
    assert code != 0 and memory.ENV in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_the_window_shows_it_where_set_up_errors_go(make_window, monkeypatch):
    monkeypatch.setenv(memory.ENV, "lots")
    w = make_window()
    w.setup.set_config(make_config("book", epochs=100))
    assert memory.ENV in w.setup.error.text()


def test_a_good_limit_still_counts(monkeypatch):
    monkeypatch.setenv(memory.ENV, "2G")
    assert memory.budget() == (2 << 30, f"{memory.ENV}=2G")
