"""Issue 34: a lab's title and goals, a student's name, a file name in an error: whatever a
command prints, a terminal shows it as characters, never as escape sequences that act."""

from __future__ import annotations

import io

from patterngan_gui.cli.common import TerminalStream, safe_line, terminal_text
from tests.test_cli import run

ACTING = ("\x1b", "\x07", "\r", "\x9b", "\u202e")
LAB = r"""format = 1
title = "\u001b]0;owned\u0007\u001b[2JTitle\r"
[setup]
preset = "book"
epochs = 100
report_every = 50
eval_samples = 300
[[goals]]
text = "\u001b[31mred goal\u202e"
metrics = { modes_fraction = ">= 0.1" }
"""


def quiet(text: str) -> None:
    assert not any(c in text for c in ACTING), repr(text)


def test_terminal_text_keeps_lines_and_escapes_what_acts():
    shown = terminal_text("a\x1b[2Jb\nc\td\r\u202e\u00e9")
    assert shown == "a\\x1b[2Jb\nc\td\\r\\u202e\u00e9"
    assert safe_line("a\nb") == "a\\nb"
    out = io.StringIO()
    print("\x1b[31mred", file=TerminalStream(out))
    assert out.getvalue() == "\\x1b[31mred\n"


def test_lab_check_prints_a_crafted_title_and_goal_as_characters(tmp_path):
    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    code, out, err = run("lab", "check", str(lab), "--seeds", "1")
    assert code == 0, err
    quiet(out + err)
    assert "\\x1b[2JTitle" in out and "red goal" in out


def test_lab_run_echoes_a_crafted_name_as_characters(tmp_path):
    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    name = "\x1b[2J\x1b]0;owned\x07Eve\r"
    code, out, err = run(
        "lab", "run", str(lab), "--name", name, "--out", str(tmp_path / "r.pgresult")
    )
    assert code == 0, err
    quiet(out + err)
    assert "Eve" in out


def test_an_error_naming_a_crafted_file_is_escaped(tmp_path):
    bad = tmp_path / "\x1b[2Jx.toml"
    bad.write_text("not toml at all [[[")
    code, out, err = run("lab", "check", str(bad))
    assert code == 1
    quiet(out + err)


def test_trains_own_progress_line_still_reaches_a_terminal_unescaped(tmp_path):
    from patterngan_gui.cli import main

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out, err = io.StringIO(), Terminal()
    args = ["train", "--epochs", "200", "--out", str(tmp_path / "g.pt")]
    assert main(args, out, err) == 0
    assert "\r\x1b[K" in err.getvalue() and "\\x1b" not in err.getvalue()


def test_a_lone_surrogate_in_a_students_name_prints_escaped(tmp_path):
    """JSON's "\\ud800" reads as a lone surrogate, which no terminal encoding can write: it
    was a UnicodeEncodeError (a traceback) in `results`, table or CSV."""
    from tests.test_class_results import lab_file, rewrite_json

    made = tmp_path / "made.pgresult"
    assert run("lab", "run", str(lab_file(tmp_path)), "--name", "A", "--out", str(made))[0] == 0
    folder = tmp_path / "class"
    folder.mkdir()
    rewrite_json(made, folder / "s.pgresult", lambda m: m.update(student="Eve \ud800"))
    for extra in ([], ["--csv"]):
        code, out, err = run("results", str(folder), *extra)
        assert code == 0, err
        (out + err).encode("utf-8")  # a terminal can show it
        assert "Eve \\ud800" in out
