"""``patterngan sample``, ``info`` and ``eval``: a saved generator (or any of the app's files,
for ``info``), opened without running its code."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    MAX_DRAW,
    UsageError,
    _limit_threads,
    _note_skipped_header,
    safe_line,
)


def _open(args: argparse.Namespace):
    from core.files.genfile import open_generator

    return open_generator(args.file, trust=args.trust)


def _note_trust(gen: Any, err: TextIO) -> None:
    for note in gen.notes:
        print(f"note: {note}", file=err)


def cmd_sample(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.n < 1 or args.count < 1:
        raise UsageError("-n and --count must be at least 1")
    if args.n * args.count > MAX_DRAW:
        raise UsageError(f"at most {MAX_DRAW:,} integers per call")
    _limit_threads()
    gen = _open(args)
    _note_trust(gen, err)
    decoded = gen.sample(args.n * args.count, args.seed)
    rows = []
    for k in range(args.count):
        sl = slice(k * args.n, (k + 1) * args.n)
        rows.append(
            [int(v) if ok else None for v, ok in zip(decoded.numbers[sl], decoded.decisive[sl])]
        )
    if args.json:
        print(json.dumps(rows), file=out)
    else:
        for row in rows:
            print(" ".join("?" if v is None else str(v) for v in row), file=out)
    return 0


def _info_other(args: argparse.Namespace, kind: str, out: TextIO, err: TextIO) -> int:
    """``info`` of a session, a lab result or a lab: what it holds, through the same bounded
    readers the window uses, in a few lines (or JSON), or a one-line refusal."""
    from core.files.lab_file import LabError, load_lab
    from core.files.result_file import load_result
    from core.files.session_file import load_session
    from core.teaching.history import setup_words
    from core.teaching.lab import off_lab_words

    def run_line(h) -> str:
        last = h.last.metrics if h.last is not None else None
        quality = f", strict {last.strict_validity:.1%}, TV {last.tv:.3f}" if last else ""
        return (
            f"run #{h.number}: {setup_words(h.config)}, {safe_line(h.config.pattern[:60])}, "
            f"{h.epochs[-1] if h.epochs else 0:,} epochs{quality}"
        )

    if kind == ".toml":
        try:
            lab = load_lab(args.file)
        except LabError as exc:
            print(f"patterngan info: {exc}", file=err)
            return EXIT_FAILURE
        data = {
            "file": args.file,
            "kind": "lab",
            "title": lab.title,
            "setup": lab.config.to_dict(),
            "locked": sorted(lab.locked),
            "hidden": sorted(lab.hidden),
            "goals": [g.text for g in lab.goals],
            "questions": [q.text for q in lab.questions],
        }
        lines = [
            f"lab:       {safe_line(lab.title)}",
            f"set-up:    {setup_words(lab.config)}, {safe_line(lab.config.pattern[:60])}, "
            f"{lab.config.epochs:,} epochs",
            f"locked:    {', '.join(sorted(lab.locked)) or '-'}",
            f"hidden:    {', '.join(sorted(lab.hidden)) or '-'}",
            f"goals:     {len(lab.goals)}; questions: {len(lab.questions)}",
        ]
    elif kind == ".pgresult":
        from core.teaching.class_results import result_record
        from core.teaching.judge import judge

        result = load_result(args.file)
        judged = judge(result)  # recomputed from its run, against the lab it carries
        data = {"kind": "lab result", **result_record(judged)}
        lines = [
            f"lab result: {safe_line(result.title)}, handed in by {safe_line(result.student) or '-'}",
            run_line(result.run),
            f"goals met:  {judged.goals_met}/{len(judged.goals)} (recomputed from its curves)"
            + (f" ({off_lab_words(judged.off_lab)}: they do not count)" if judged.off_lab else ""),
            f"answers:    {sum(1 for a in judged.answers if a.text)}/{len(judged.answers)}",
            f"verified:   {'yes' if judged.verified else 'no'}",
            *(
                f"  {safe_line(p)}"
                for p in judged.problems
                if not p.startswith("judged against the lab inside")
            ),
        ]
    else:
        runs = load_session(args.file)
        data = {
            "file": args.file,
            "kind": "session",
            "runs": [
                {"number": h.number, "config": h.config.to_dict(), "epochs": h.epochs[-1:]}
                for h in runs
            ],
        }
        lines = [f"session:   {len(runs)} run(s)"] + [run_line(h) for h in runs[:20]]
        if len(runs) > 20:
            lines.append(f"... and {len(runs) - 20} more")
    if args.json:
        print(json.dumps(data, indent=2), file=out)
    else:
        print("\n".join(lines), file=out)
    return 0


def cmd_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.files.genfile import chapter_lines

    kind = Path(args.file).suffix.lower()
    if kind in (".pgsession", ".pgresult", ".toml"):
        return _info_other(args, kind, out, err)
    gen = _open(args)
    load_line, sample_line = chapter_lines(gen)
    data = {
        "file": gen.path,
        "codec": gen.codec.spec,
        "R": gen.codec.R,
        "width": gen.codec.width,
        "latent_size": gen.latent_size,
        "pattern": gen.pattern.spec,
        "range": [gen.pattern.lo, gen.pattern.hi],
        "architecture": gen.architecture,
        "inferred": gen.inferred,
        "trusted": gen.trusted,
        "notes": gen.notes,
        "chapter_lines": [load_line, sample_line],
        "metadata": gen.metadata,
    }
    if args.json:
        print(json.dumps(data, indent=2), file=out)
        return 0
    meta = gen.metadata
    lines = [
        f"file:          {gen.path}",
        f"codec:         {gen.codec.spec} (codec size R = {gen.codec.R}: integers 0 to "
        f"{gen.codec.R - 1}; {gen.codec.width} outputs)"
        + ("  [inferred from shapes]" if gen.inferred else ""),
        f"latent size:   {gen.latent_size}" + ("  [inferred from shapes]" if gen.inferred else ""),
        f"pattern:       {gen.pattern.describe()}"
        + ("  [assumed: not recorded]" if gen.inferred else ""),
        f"architecture:  {gen.architecture.get('kind')}: "
        + ", ".join(gen.architecture.get("layers", [])),
        f"opened:        {'trusted (torch.jit.load ran its code)' if gen.trusted else 'safely (no code from the file was run)'}",
    ]
    if meta:
        lines += [
            f"preset:        {meta.get('preset')}  seed {meta.get('seed')}  epochs {meta.get('epochs_trained')}",
            f"saved:         {meta.get('date')} by patterngan {meta.get('versions', {}).get('patterngan')} "
            f"(torch {meta.get('versions', {}).get('torch')})",
        ]
        metrics = meta.get("metrics") or {}
        if metrics:
            lines.append(
                f"final metrics: strict {metrics.get('strict_validity', 0):.1%}, "
                f"book {metrics.get('book_validity', 0):.1%}, TV {metrics.get('tv', 0):.3f}, "
                f"modes {metrics.get('modes_covered')}/{metrics.get('support_size')}"
            )
    lines += [f"note:          {n}" for n in gen.notes]
    lines += ["sample it with the chapter's two lines:", f"    {load_line}", f"    {sample_line}"]
    print("\n".join(lines), file=out)
    return 0


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from core.engine.metrics import evaluate_decoded
    from core.engine.patterns import parse_pattern, parse_range
    from core.engine.targets import resolve_data_pattern

    if not 1 <= args.samples <= MAX_DRAW:
        raise UsageError(f"--samples must be between 1 and {MAX_DRAW:,}")
    if args.range_ is not None and args.pattern is None:
        raise UsageError("--range needs --pattern")
    _limit_threads()
    gen = _open(args)
    _note_trust(gen, err)
    pattern = gen.pattern
    if args.pattern is not None:
        try:
            text, data = resolve_data_pattern(args.pattern)
            _note_skipped_header(data, args, err)
            lo, hi = (data.lo, data.hi) if data else (0, 100)
            if args.range_:
                lo, hi = parse_range(args.range_)
            pattern = parse_pattern(text, lo, hi)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if pattern.hi > gen.codec.R:
            raise UsageError(
                f"range {pattern.range_spec} is outside the generator's [0, {gen.codec.R})"
            )
    decoded = gen.sample(args.samples, args.seed)
    m = evaluate_decoded(decoded.numbers, decoded.decisive, pattern, gen.codec.R)
    if args.json:
        print(
            json.dumps({"pattern": pattern.spec, "range": [pattern.lo, pattern.hi], **m.summary()}),
            file=out,
        )
    else:
        print(
            f"{pattern.describe()}, {m.samples} samples:\n"
            f"  strict validity  {m.strict_validity:.2%}\n"
            f"  book validity    {m.book_validity:.2%}  (argmax, ties to the first index)\n"
            f"  undecided        {m.undecided:.2%}\n"
            f"  TV distance      {m.tv:.4f}\n"
            f"  JS divergence    {m.js_bits:.4f} bits\n"
            f"  modes covered    {m.modes_covered}/{m.support_size}",
            file=out,
        )
    return 0
