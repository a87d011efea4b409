"""``patterngan results FOLDER``: a class's lab results as one table."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from patterngan_gui.cli.common import (
    EXIT_FAILURE,
    UsageError,
    safe_line,
)


def cmd_results(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A class's results: a row per good file, a line (on stderr) per bad one, always."""
    from core.files.csv_text import csv_text
    from core.files.result_file import RESULT_COLUMNS, result_record, result_row
    from core.teaching.class_results import prediction_line, predictions, read_class_folder

    try:
        read = read_class_folder(args.folder)  # the Class view's reader too
    except NotADirectoryError:
        raise UsageError(f"{args.folder}: not a folder") from None
    results, failed = read.results, len(read.problems)
    if not results and not failed:
        print(f"patterngan results: {safe_line(args.folder)}: no .pgresult files", file=err)
        return EXIT_FAILURE
    for _file, problem in read.problems:
        print(f"patterngan results: {safe_line(problem)}", file=err)
    if args.json:
        json.dump([result_record(r) for r in results], out, indent=1)
        out.write("\n")
        return EXIT_FAILURE if failed and not results else 0
    rows = [[safe_line(v) for v in result_row(r)] for r in results]
    if args.csv:  # the app's one CSV writer: formulas and control characters made inert
        out.write(csv_text(RESULT_COLUMNS, [result_row(r) for r in results]))
    else:
        widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(RESULT_COLUMNS)]
        for line in [list(RESULT_COLUMNS), *rows]:
            print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip(), file=out)
        for p in predictions(results):
            print(safe_line(prediction_line(p)), file=out)
    return EXIT_FAILURE if failed and not rows else 0
