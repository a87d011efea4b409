"""The one CSV writer: every CSV the app makes (``patterngan results --csv``, the Class tab's
Export CSV, Export metrics as CSV and the bundle's metrics.csv, the sampling table) is written
here, so a cell a student wrote cannot act in the teacher's spreadsheet.

- A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  leading ``'``: a spreadsheet shows it as text instead of running it as a formula
  (``=HYPERLINK(...)``, ``@SUM(...)``). A lone ``-`` (the tables' "no value") is left as it is.
- Numbers stay numbers: an int or a float is written as a number, and so is text that reads
  as one (``-5``, ``-0.25``, ``1e-3``): a negative number is not a formula.
- No raw control character is ever written: C0/C1 controls (escape, NUL, newline inside a
  cell...) and the bidirectional overrides that reorder what a reader sees (U+202A-U+202E,
  U+2066-U+2069, U+200E, U+200F, U+061C) are written as ``\\xNN`` / ``\\uNNNN``, and so is
  a lone surrogate (JSON's "\\ud800" reads as one; it cannot be written as UTF-8).
- Rows of different lengths or keys are fine: dict rows get the union of their keys (in the
  order first seen) and an empty cell where a row lacks one.

Floats are written as the shortest decimal that reads back as the same number once rounded to
ten significant digits (0.0571, not 0.05710000000000001): more digits than any metric on
10,000 samples can mean, fewer than float noise.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")  # and lone surrogates
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?(inf|nan)", re.IGNORECASE)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def csv_cell(value: Any) -> Any:
    """One cell as it is written: numbers as numbers, text neutralised (see the module)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return repr(float(f"{value:.10g}")) if math.isfinite(value) else repr(value)
    if value is None:
        return ""
    text = str(value)
    if _NUMBER.fullmatch(text):
        return text
    if text.startswith(FORMULA_STARTS) and text != "-":
        text = "'" + text
    return _UNSAFE.sub(_escape, text)


def csv_text(header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> str:
    """``header`` then ``rows`` as CSV text (``\\n`` line ends), every cell through
    :func:`csv_cell`; rows may differ in length."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_cell(h) for h in header])
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return out.getvalue()


def csv_dicts(rows: Sequence[dict[str, Any]], first: Sequence[str] = ("epoch",)) -> str:
    """Dict rows as CSV text: the columns are every key any row has (in the order first seen;
    ``first`` when there are no rows), a missing key an empty cell."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    header = list(columns) or list(first)
    return csv_text(header, ([row.get(k, "") for k in header] for row in rows))
