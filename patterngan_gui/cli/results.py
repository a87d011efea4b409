"""``patterngan results FOLDER``: a class's lab results as one table."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from core.files.errors import GeneratorFileError
from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    UsageError,
    safe_line,
)


def cmd_results(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A class's results: a row per good file, a line (on stderr) per bad one, always."""
    import csv

    from core.files.result_file import RESULT_COLUMNS, load_result, result_record, result_row

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{args.folder}: not a folder")
    paths = sorted(folder.glob("*.pgresult"))[:10_000]
    if not paths:
        print(f"patterngan results: {safe_line(args.folder)}: no .pgresult files", file=err)
        return EXIT_FAILURE
    results, failed = [], 0
    for path in paths:
        try:
            results.append(load_result(path))
        except GeneratorFileError as exc:
            print(f"patterngan results: {safe_line(exc)}", file=err)
            failed += 1
    if args.json:
        json.dump([result_record(r) for r in results], out, indent=1)
        out.write("\n")
        return EXIT_FAILURE if failed and not results else 0
    rows = [[safe_line(v) for v in result_row(r)] for r in results]
    if args.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(RESULT_COLUMNS)
        writer.writerows(rows)
    else:
        widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(RESULT_COLUMNS)]
        for line in [list(RESULT_COLUMNS), *rows]:
            print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip(), file=out)
    return EXIT_FAILURE if failed and not rows else 0
