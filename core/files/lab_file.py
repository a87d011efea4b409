"""Lab files: a teacher's exercise as a small, human-readable TOML file.

Format (version 1)::

    # PatternGAN lab file
    format = 1
    title = "Lab 1: where the book's multiples of five come from"
    instructions = \"\"\"
    Markdown text the student sees beside the window.
    \"\"\"

    [setup]              # any TrainConfig field; the rest come from the preset named here
    preset = "book"
    pattern = "multiples:5"
    epochs = 2000

    [controls]           # set-up controls: see CONTROLS for the names
    locked = ["pattern", "range", "codec", "preset"]   # shown, not editable
    hidden = ["device", "latent"]                      # not shown at all

    [translations.de]    # optional, per language: what is left out stays in the main one
    title = "Labor 1: woher die Vielfachen von fünf im Buch kommen"
    instructions = \"\"\"...\"\"\"
    goals = ["...", "..."]       # the [[goals]]' texts, in their order
    questions = ["..."]          # the [[questions]]' texts, in their order

Every problem is reported with the line (TOML syntax errors) or the key it is about.
Reading uses the standard library's ``tomllib``; writing is done here (the format is small and
fixed, so a writer of strings, numbers, booleans and string lists is all it needs).
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
from pathlib import Path
from typing import Any

from core.engine.config import TrainConfig
from core.engine.fields import CONTROLS
from core.engine.presets import get_preset, make_config
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_of
from core.files.errors import one_line
from core.files.reading import UnreadableFile, read_regular_file
from core.teaching.challenges import (
    dump_challenges,
    parse_goals,
    parse_questions,
)
from core.teaching.lab import Lab, LabText

FORMAT = 1


MAX_LAB_BYTES = 256 * 1024  # a lab file is a few hundred bytes; refuse anything huge


MAX_NESTING = 16  # brackets and braces (a lab uses 2)


MAX_KEY_DOTS = 8  # dots in one key (a lab uses at most 1)


TOP_KEYS = (
    "format",
    "title",
    "instructions",
    "results_folder",
    "remember_name",
    "setup",
    "controls",
    "goals",
    "questions",
    "translations",
)
TRANSLATION_KEYS = ("title", "instructions", "goals", "questions")


class LabError(ValueError):
    """A lab file that cannot be used; the message names the line or the key (one line: text
    from the file is shown with its control characters escaped)."""

    def __init__(self, message: object) -> None:
        super().__init__(one_line(str(message), 600))
        if isinstance(message, Said):  # the window shows it translated
            self.said = message


def _named(name: str, exc: Exception) -> object:
    """``name: problem``, the problem translatable where the error carries its sentence."""
    told = said_of(exc)
    return f"{name}: {exc}" if told is None else Said("Errors", "{0}: {1}", (name, told))


def load_lab(path: str | Path) -> Lab:
    """Read and check a lab file; LabError (with the file name) for anything wrong."""
    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_LAB_BYTES)
    except UnreadableFile as exc:
        raise LabError(_named(path.name, exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: not a text file (lab files are UTF-8 TOML)")
        raise LabError(Said("Errors", said, (path.name,))) from None
    try:
        return dataclasses.replace(parse_lab(text), source=str(path))
    except LabError as exc:
        raise LabError(_named(path.name, exc)) from None


def _shape_problem(text: str) -> str | None:
    """A lab nests two levels and its keys have at most one dot; refuse text that would make
    the TOML reader recurse or build tables for minutes (a long dotted key made it build
    gigabytes of tables; deeply nested arrays overflow the stack). Strings and comments are
    skipped."""
    depth, dots, in_key, line, i, n = 0, 0, True, 1, 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line, dots, in_key = line + 1, 0, True
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "\"'":
            quote = text[i : i + 3] if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if c == '"' and text[j] == "\\" else 1
            line += text.count("\n", i, j)
            i = j + len(quote)
            continue
        elif c in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return f"line {line}: nested more than {MAX_NESTING} levels deep"
        elif c in "]}":
            depth -= 1
        elif c == "=":
            in_key = False
        elif c == "." and in_key:
            dots += 1
            if dots > MAX_KEY_DOTS:
                return f"line {line}: a key with more than {MAX_KEY_DOTS} dots"
        i += 1
    return None


def parse_lab(text: str) -> Lab:
    problem = _shape_problem(text)
    if problem:
        raise LabError(problem)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LabError(f"not valid TOML: {exc}") from None
    except (RecursionError, MemoryError):
        said = QT_TRANSLATE_NOOP("Errors", "not a lab file: its structure is nested far too deep")
        raise LabError(Said("Errors", said)) from None

    def fail(key: str, problem: object) -> LabError:
        """The key refused, at its line: ``problem`` a sentence (``Said``), an error that
        carries one, or English text."""
        if isinstance(problem, BaseException):
            problem = said_of(problem) or str(problem)
        if isinstance(problem, str):
            problem = Said("Errors", problem)  # a sentence marked where it was written
        line = _line_of(text, key)
        if line:
            said = QT_TRANSLATE_NOOP("Errors", "line {0}, key {1}: {2}")
            return LabError(Said("Errors", said, (line, repr(key), problem)))
        return LabError(
            Said("Errors", QT_TRANSLATE_NOOP("Errors", "key {0}: {1}"), (repr(key), problem))
        )

    for key in data:
        if key not in TOP_KEYS:
            said = QT_TRANSLATE_NOOP("Errors", "unknown key (known: {0})")
            raise fail(key, Said("Errors", said, (", ".join(TOP_KEYS),)))
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise fail("format", f"this PatternGAN reads lab format {FORMAT}, not {fmt!r}")
    title = data.get("title", "")
    instructions = data.get("instructions", "")
    results_folder = data.get("results_folder", "")
    for key, value in (
        ("title", title),
        ("instructions", instructions),
        ("results_folder", results_folder),
    ):
        if not isinstance(value, str):
            raise fail(key, QT_TRANSLATE_NOOP("Errors", "must be a string"))
    if len(results_folder) > 1000 or any(not c.isprintable() for c in results_folder):
        raise fail(
            "results_folder", QT_TRANSLATE_NOOP("Errors", "must be a short folder path on one line")
        )
    remember_name = data.get("remember_name", False)
    if not isinstance(remember_name, bool):
        raise fail("remember_name", QT_TRANSLATE_NOOP("Errors", "must be true or false"))

    setup = data.get("setup", {})
    if not isinstance(setup, dict):
        raise fail("setup", QT_TRANSLATE_NOOP("Errors", "must be a table ([setup])"))
    known = set(TrainConfig.__dataclass_fields__)
    for key in setup:
        if key not in known:
            raise fail(f"setup.{key}", QT_TRANSLATE_NOOP("Errors", "not a set-up field"))
    preset = setup.get("preset", "book")
    if not isinstance(preset, str):
        raise fail("setup.preset", QT_TRANSLATE_NOOP("Errors", "must be a string"))
    try:
        get_preset(preset)
    except ValueError as exc:
        raise fail("setup.preset", exc) from None
    try:
        config = make_config(preset, **{k: v for k, v in setup.items() if k != "preset"})
        _check_types(setup)
        config.validate()
    except (ValueError, TypeError) as exc:
        field_name = str(exc).split(":", 1)[0].strip()
        key = f"setup.{field_name}" if field_name in setup else "setup"
        raise fail(key, exc) from None

    controls = data.get("controls", {})
    if not isinstance(controls, dict):
        raise fail("controls", QT_TRANSLATE_NOOP("Errors", "must be a table ([controls])"))
    sets = {}
    for key in controls:
        if key not in ("locked", "hidden"):
            raise fail(
                f"controls.{key}",
                QT_TRANSLATE_NOOP("Errors", "unknown key (known: locked, hidden)"),
            )
    for key in ("locked", "hidden"):
        names = controls.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise fail(
                f"controls.{key}", QT_TRANSLATE_NOOP("Errors", "must be a list of control names")
            )
        unknown = [n for n in names if n not in CONTROLS]
        if unknown:
            raise fail(
                f"controls.{key}",
                f"unknown control {unknown[0]!r} (known: {', '.join(CONTROLS)})",
            )
        sets[key] = frozenset(names)
    goals = parse_goals(data.get("goals", []), fail)
    questions = parse_questions(data.get("questions", []), fail)
    translations = _parse_translations(data.get("translations", {}), goals, questions, fail)
    return Lab(
        translations=translations,
        title=title,
        instructions=instructions,
        config=config,
        locked=sets["locked"],
        hidden=sets["hidden"],
        setup_keys=tuple(setup),
        goals=goals,
        questions=questions,
        results_folder=results_folder,
        remember_name=remember_name,
    )


def _parse_translations(raw: Any, goals, questions, fail) -> tuple[tuple[str, LabText], ...]:
    """``[translations.de]`` and the like: the lab's words in more languages."""
    if not isinstance(raw, dict):
        raise fail(
            "translations", QT_TRANSLATE_NOOP("Errors", "must be tables such as [translations.de]")
        )
    out = []
    for code, words in raw.items():
        key = f"translations.{code}"
        if not re.fullmatch(r"[a-z]{2}", code):
            raise fail(
                key, QT_TRANSLATE_NOOP("Errors", "a language is a two-letter code such as de or es")
            )
        if not isinstance(words, dict):
            raise fail(key, QT_TRANSLATE_NOOP("Errors", "must be a table"))
        for name in words:
            if name not in TRANSLATION_KEYS:
                raise fail(f"{key}.{name}", f"unknown key (known: {', '.join(TRANSLATION_KEYS)})")
        for name in ("title", "instructions"):
            if not isinstance(words.get(name, ""), str):
                raise fail(f"{key}.{name}", QT_TRANSLATE_NOOP("Errors", "must be a string"))
        lists = {}
        for name, items in (("goals", goals), ("questions", questions)):
            said = words.get(name, [])
            if not isinstance(said, list) or not all(isinstance(t, str) for t in said):
                raise fail(
                    f"{key}.{name}",
                    QT_TRANSLATE_NOOP("Errors", "must be a list of strings, in the lab's order"),
                )
            if len(said) > len(items):
                raise fail(f"{key}.{name}", f"the lab has {len(items)} {name}, not {len(said)}")
            lists[name] = tuple(said)
        text = LabText(words.get("title", ""), words.get("instructions", ""), **lists)
        out.append((code, text))
    return tuple(out)


def _check_types(setup: dict[str, Any]) -> None:
    """TOML has types; a string where a number belongs is named, not silently converted."""
    defaults = TrainConfig()
    for key, value in setup.items():
        expected = type(getattr(defaults, key))
        if expected is tuple:  # hidden widths: a list of integers, or one (0 = none)
            expected = list if not isinstance(value, int) or isinstance(value, bool) else int
        ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            raise ValueError(f"{key}: must be {_type_name(expected)}, got {value!r}")


def _type_name(t: type) -> str:
    return {
        int: "an integer",
        float: "a number",
        str: "a string",
        bool: "true or false",
        list: "a list of integers",
    }[t]


def _line_of(text: str, dotted: str) -> int | None:
    """The line where a key is set (for messages); its table is taken into account."""
    listed = re.match(r"^(goals|questions)\[(\d+)\](?:\.(\w+))?", dotted)
    if listed:  # the n-th [[goals]] table, at its key if the message names one
        name, n, key = listed.group(1), int(listed.group(2)), listed.group(3)
        seen, found = 0, None
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if re.match(rf"^\[\[\s*{name}\s*\]\]", stripped):
                seen += 1
                if seen == n:
                    found = number
                elif seen > n:
                    break
            elif found and key and re.match(rf"^{key}\s*=", stripped):
                return number
            elif found and stripped.startswith("["):
                break
        return found
    table, _, key = dotted.rpartition(".")
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([A-Za-z0-9_.-]+)\s*\]", stripped)
        if header:
            current = header.group(1)
            continue
        if current == table and re.match(rf"^{re.escape(key)}\s*=", stripped):
            return number
    if not table:  # a table key such as [setup]
        for number, line in enumerate(text.splitlines(), 1):
            if re.match(rf"^\[\s*{re.escape(key)}\s*\]", line.strip()):
                return number
    return None


def dump_lab(lab: Lab) -> str:
    """The lab as TOML text that :func:`parse_lab` reads back to an equal lab."""
    base = make_config(lab.config.preset)
    keys = [k for k in TrainConfig.__dataclass_fields__ if k != "preset"]
    # the fields that differ from the preset, plus the task and any the file named
    wanted = {"pattern", "lo", "hi", "epochs", "seed", *lab.setup_keys}
    setup = {"preset": lab.config.preset}
    for k in keys:
        value = getattr(lab.config, k)
        if k in wanted or value != getattr(base, k):
            setup[k] = value
    lines = [
        "# PatternGAN lab file: open it with File > Open lab... or `patterngan gui --lab FILE`",
        f"format = {FORMAT}",
        f"title = {_toml(lab.title)}",
        f"instructions = {_toml_multiline(lab.instructions)}",
        *([f"results_folder = {_toml(lab.results_folder)}"] if lab.results_folder else []),
        *(["remember_name = true"] if lab.remember_name else []),
        "",
        "[setup]",
        *(f"{k} = {_toml(v)}" for k, v in setup.items()),
        "",
        "[controls]",
        f"locked = {_toml(sorted(lab.locked, key=CONTROLS.index))}",
        f"hidden = {_toml(sorted(lab.hidden, key=CONTROLS.index))}",
        "",
        *dump_challenges(lab.goals, lab.questions, _toml),
    ]
    for code, words in lab.translations:
        lines += ["", f"[translations.{code}]"]
        if words.title:
            lines.append(f"title = {_toml(words.title)}")
        if words.instructions:
            lines.append(f"instructions = {_toml_multiline(words.instructions)}")
        for name in ("goals", "questions"):
            if getattr(words, name):
                lines.append(f"{name} = {_toml(list(getattr(words, name)))}")
    return "\n".join(lines)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value} in a lab file")
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = escaped.replace("\n", "\\n").replace("\t", "\\t")
        return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped) + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} in a lab file")


def _toml_multiline(text: str) -> str:
    """Instructions as a literal-looking multi-line string, readable in a text editor."""
    if not text:
        return '""'
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", body)
    # a backslash at the end of a line drops that newline: the text reads back unchanged
    return '"""\n' + body + ("" if body.endswith("\n") else "\\\n") + '"""'
