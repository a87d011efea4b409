"""``patterngan results FOLDER [--lab LAB] [--rerun]``: a class's lab results as one table,
each judged against the teacher's lab and recomputed from the run it carries
(``core.teaching.judge``); ``--json`` is the graders' contract (README "For teachers")."""

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
    from core.files.lab_file import LabError, load_lab
    from core.teaching.class_results import (
        RESULT_COLUMNS,
        prediction_line,
        predictions,
        read_class_folder,
        result_record,
        result_row,
    )

    lab = None
    if args.lab:
        try:
            lab = load_lab(args.lab)
        except LabError as exc:
            print(f"patterngan results: {exc}", file=err)
            return EXIT_FAILURE
    try:
        read = read_class_folder(args.folder, lab=lab)  # the Class view's reader too
    except NotADirectoryError:
        raise UsageError(f"{args.folder}: not a folder") from None
    judged, failed = read.judged, len(read.problems)
    if not judged and not failed:
        print(f"patterngan results: {safe_line(args.folder)}: no .pgresult files", file=err)
        return EXIT_FAILURE
    for _file, problem in read.problems:
        print(f"patterngan results: {safe_line(problem)}", file=err)
    if lab is None:
        print(
            "patterngan results: no --lab given: each result is judged against the copy of "
            "the lab inside it (give the teacher's lab to judge them all by it)",
            file=err,
        )
    if args.rerun and judged:
        from core.engine.process import prepare_for_training
        from core.teaching.judge import rerun

        prepare_for_training()
        judged = rerun(
            judged,
            progress=lambda done, total: print(
                f"patterngan results: rerun {done}/{total} set-up(s)", file=err
            ),
        )
    if args.json:
        data = {
            "lab": lab.title if lab is not None else None,
            "rows": [result_record(j) for j in judged],
            "unreadable": [{"file": f, "problem": p} for f, p in read.problems],
            "predictions": [prediction_line(p) for p in predictions(judged)],
        }
        json.dump(data, out, indent=1)
        out.write("\n")
        return EXIT_FAILURE if failed and not judged else 0
    rows = [[safe_line(v) for v in result_row(j)] for j in judged]
    if args.csv:  # the app's one CSV writer: formulas and control characters made inert
        out.write(csv_text(RESULT_COLUMNS, [result_row(j) for j in judged]))
    else:
        widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(RESULT_COLUMNS)]
        for line in [list(RESULT_COLUMNS), *rows]:
            print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip(), file=out)
        for p in predictions(judged):
            print(safe_line(prediction_line(p)), file=out)
        for j in judged:
            for problem in j.problems:
                if lab is None and problem.startswith("judged against the lab inside"):
                    continue
                print(f"{safe_line(j.result.file)}: {safe_line(problem)}", file=out)
            if j.rerun_note and j.reproduced:  # how it was compared (a failure is a problem)
                print(f"{safe_line(j.result.file)}: {safe_line(j.rerun_note)}", file=out)
    return EXIT_FAILURE if failed and not rows else 0


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``patterngan report RESULT --out X.pdf [--lab LAB]``: the hand-in report as a PDF, made
    with Qt's printing (offscreen where there is no display; nothing is fetched)."""
    from core.files.atomic import check_destination
    from core.files.lab_file import LabError, load_lab
    from core.files.result_file import load_result
    from core.teaching.judge import judge

    lab = None
    if args.lab:
        try:
            lab = load_lab(args.lab)
        except LabError as exc:
            print(f"patterngan report: {exc}", file=err)
            return EXIT_FAILURE
    check_destination(args.out)  # before the work: a folder that cannot be written
    judged = judge(load_result(args.file), lab)
    from patterngan_gui.report import write_report

    write_report(judged, args.out)
    verdict = "verified" if judged.verified else "NOT verified"
    print(f"{args.out}: {safe_line(judged.result.student or '-')}, {verdict}", file=out)
    return 0
