"""The chapter's lab done keyboard-only under Xvfb, read over AT-SPI (tests/keyboard_walk.py),
as a slow check (``pytest -m slow``): skipped where Xvfb, xdotool or the AT-SPI bindings are
missing. English must walk without a problem; German's shared Alt key ("&Datei" and
"Lernrate &D:") is the translations' to fix, so German is expected to report it."""

from __future__ import annotations

import os

import pytest

from tests.keyboard_walk import missing

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture
def walk(tmp_path):
    lacking = missing()
    if lacking:
        pytest.skip("cannot walk: missing " + ", ".join(lacking))

    def run(language: str) -> tuple[int, str]:
        from tests.keyboard_walk import main

        out = tmp_path / f"walk-{language}.txt"
        display = str(90 + (os.getpid() + len(language) + ord(language[0])) % 60)
        code = main(["--language", language, "--out", str(out), "--display", display])
        return code, out.read_text(encoding="utf-8") if out.exists() else ""

    return run


def test_the_lab_by_keyboard_in_english(walk):
    code, transcript = walk("en")
    assert code == 0, transcript
    assert "saved: True" in transcript and "lab3-ada.pgresult" in transcript


def test_the_lab_by_keyboard_in_german(walk):
    code, transcript = walk("de")
    problems = transcript.split("problems:")[-1].strip().splitlines()[1:]
    assert "saved: True" in transcript and "lab3-ada.pgresult" in transcript, transcript
    assert all("did not open the File menu" in p for p in problems), transcript
