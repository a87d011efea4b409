"""Patterns: which integers count as "real", in one text form shared by CLI, files and GUI.

A pattern is a predicate on integers plus a half-open range [lo, hi). Its *support* is the
set of integers in the range that satisfy it. Text forms::

    multiples:5   odd   even   mod:7:3   squares   primes   expr:n % 4 == 1 and n > 20
    weights:2=1,3=2,4=3,5=4

with the range given separately as ``LO:HI``. A rule's target is uniform over its support;
``weights:`` is a target of its own (drawn in the set-up, or read from a data file by
``core.engine.targets``): each value's weight, its support the values with positive weight. Custom expressions are parsed with ``ast`` and
checked against a whitelist (integer literals, ``n``, + - * // %, comparisons, and/or/not,
parentheses); they are then evaluated by a small interpreter over a numpy array, never by
``eval``, so ``expr:__import__('os')`` is a ``ValueError``, not a call.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.engine.words import QT_TRANSLATE_NOOP, Num, Said, said_error

MIN_R = 100  # the book's range; the codec always covers at least [0, 100)
MAX_HI = 10_000  # matches codecs.MAX_RANGE
MAX_EXPR_LEN = 200

BOOK_PATTERN = "multiples:5"
BOOK_RANGE = (0, 50)  # the chapter's real data is {0, 5, ..., 45}

# Names shown by the GUI and `--help`, with the parameters each takes.
KINDS: dict[str, str] = {
    "multiples": "multiples:K - multiples of K",
    "odd": "odd - odd numbers",
    "even": "even - even numbers",
    "mod": "mod:K:R - numbers n with n = R (mod K)",
    "squares": "squares - perfect squares",
    "primes": "primes - prime numbers",
    "expr": "expr:EXPR - a custom expression in n, e.g. n % 4 == 1 and n > 20",
    "weights": "weights:V=W,... - your own target: value V with weight W (drawn, or from data)",
    "data": "data:FILE - the frequencies of the integers in a text or CSV file",
}
MAX_WEIGHTS_TEXT = 200_000  # characters of an inline target (10,000 values and their weights)


@dataclass(frozen=True)
class Pattern:
    """A validated pattern with its support. Build it with :func:`parse_pattern`."""

    spec: str  # canonical text form, e.g. "multiples:5"
    lo: int  # range start (inclusive)
    hi: int  # range end (exclusive)
    modulus: int  # K when the pattern is "every K-th number" (multiples, odd, even, mod), else 0
    support: np.ndarray = field(repr=False, compare=False)  # sorted int64 array
    # the target's probability of each support value (None: uniform over the support)
    weights: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def R(self) -> int:
        """The codec range: the smallest [0, R) that holds the pattern's range, at least 100."""
        return max(MIN_R, self.hi)

    @property
    def range_spec(self) -> str:
        return f"{self.lo}:{self.hi}"

    def contains(self, numbers: np.ndarray) -> np.ndarray:
        """Boolean mask: which numbers are in the support."""
        n = np.asarray(numbers, dtype=np.int64)
        mask = np.zeros(self.R + 1, dtype=bool)
        mask[self.support] = True
        inside = (n >= 0) & (n < self.R)
        return inside & mask[np.where(inside, n, self.R)]

    def describe(self) -> str:
        if self.weights is not None:
            return f"your target over {self.support.size} values in [{self.lo}, {self.hi})"
        return f"{self.spec} in [{self.lo}, {self.hi})"

    @property
    def probabilities(self) -> np.ndarray:
        """The target's probability of each support value, in support order."""
        if self.weights is not None:
            return self.weights
        return np.full(self.support.size, 1.0 / self.support.size)


PATTERN = QT_TRANSLATE_NOOP("Errors", "pattern {0}")  # the set-up writes it as "pattern: ..."


def _refused(said: str, *args: object) -> ValueError:
    """A pattern refused: ``pattern `` and the sentence (English for ``str()``); the window
    translates the sentence, and the set-up shows it after "pattern: " (TrainConfig)."""
    sentence = Said("Errors", said, args)
    return said_error(ValueError, Said("Errors", PATTERN, (sentence,)))


def parse_range(text: str) -> tuple[int, int]:
    """Parse ``LO:HI`` into a half-open range."""
    parts = text.strip().split(":")
    if len(parts) != 2:
        raise ValueError(f"range {text!r}: expected LO:HI, as in 0:100")
    try:
        lo, hi = int(parts[0]), int(parts[1])
    except ValueError:
        raise ValueError(f"range {text!r}: LO and HI must be integers") from None
    return lo, hi


def parse_pattern(spec: str | None = None, lo: int | None = None, hi: int | None = None) -> Pattern:
    """Parse a pattern text and range; with nothing given, the book's pattern.

    Raises ValueError naming the problem: unknown name, bad parameter, forbidden syntax,
    a range outside [0, MAX_HI), or an empty support.
    """
    if spec is None or not spec.strip():
        spec = BOOK_PATTERN
        if lo is None and hi is None:
            lo, hi = BOOK_RANGE
    lo = 0 if lo is None else lo
    hi = MIN_R if hi is None else hi
    if not (isinstance(lo, int) and isinstance(hi, int)):
        raise ValueError("range: LO and HI must be integers")
    if lo < 0:
        raise ValueError(f"range {lo}:{hi}: LO must be >= 0 (patterns cover non-negative integers)")
    if hi <= lo:
        raise ValueError(f"range {lo}:{hi}: HI must be greater than LO")
    if hi > MAX_HI:
        raise ValueError(f"range {lo}:{hi}: HI must be at most {MAX_HI}")

    if spec.strip().lower().startswith("weights:"):
        return _parse_weights(spec.strip(), lo, hi)
    if spec.strip().lower().startswith("data:"):
        raise ValueError(
            "data:FILE is read into a target first (the command line and the set-up do that)"
        )
    canonical, modulus, predicate = _parse_spec(spec.strip())
    n = np.arange(lo, hi, dtype=np.int64)
    support = n[predicate(n)]
    if support.size == 0:
        said = QT_TRANSLATE_NOOP("Errors", "{0} has no number in [{1}, {2}): an empty support")
        raise said_error(ValueError, Said("Errors", said, (repr(canonical), lo, hi)))
    return Pattern(canonical, lo, hi, modulus, support)


def weights_spec(values: np.ndarray, weights: np.ndarray) -> str:
    """The canonical text of a weighted target: ``weights:V=W,...`` by value, zero weights
    left out, each weight with up to 6 significant digits."""
    pairs = sorted((int(v), float(w)) for v, w in zip(values, weights) if w > 0)
    return "weights:" + ",".join(f"{v}={w:.6g}" for v, w in pairs)


def _parse_weights(spec: str, lo: int, hi: int) -> Pattern:
    body = spec.partition(":")[2].replace(" ", "")
    if len(body) > MAX_WEIGHTS_TEXT:
        said = QT_TRANSLATE_NOOP("Errors", "weights: longer than {0} characters")
        raise _refused(said, Num(MAX_WEIGHTS_TEXT))
    if not body:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "weights: no values (e.g. weights:2=1,3=2,4=1)"))
    table: dict[int, float] = {}
    for item in body.split(","):
        value_text, eq, weight_text = item.partition("=")
        try:
            value, weight = int(value_text), float(weight_text if eq else "1")
        except ValueError:
            said = QT_TRANSLATE_NOOP("Errors", "weights: {0} is not VALUE=WEIGHT")
            raise _refused(said, repr(item)) from None
        if not math.isfinite(weight) or weight < 0:
            said = QT_TRANSLATE_NOOP("Errors", "weights: the weight of {0} must be 0 or more")
            raise _refused(said, value)
        if not lo <= value < hi:
            said = QT_TRANSLATE_NOOP("Errors", "weights: {0} is outside the range {1}..{2}")
            raise _refused(said, value, lo, hi - 1)
        if value in table:
            raise _refused(QT_TRANSLATE_NOOP("Errors", "weights: {0} is given twice"), value)
        table[value] = weight
    values = np.array(sorted(v for v, w in table.items() if w > 0), dtype=np.int64)
    if values.size == 0:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "weights: every weight is 0: an empty support"))
    raw = np.array([table[int(v)] for v in values], dtype=np.float64)
    # the text keeps the weights as given (a drawing's bar heights, a file's counts); the
    # shares are normalised by the largest first, so 1e308 + 1e308 never overflows to inf
    scaled = raw / raw.max()
    shares = scaled / scaled.sum()
    return Pattern(weights_spec(values, raw), lo, hi, 0, values, shares)


def _int_param(spec: str, text: str, what: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: {1} must be an integer, got {2}")
        raise _refused(said, repr(spec), what, repr(text)) from None
    if value < minimum:
        said = QT_TRANSLATE_NOOP("Errors", "{0}: {1} must be >= {2}, got {3}")
        raise _refused(said, repr(spec), what, minimum, value)
    return value


def _parse_spec(spec: str) -> tuple[str, int, Callable[[np.ndarray], np.ndarray]]:
    name, _, rest = spec.partition(":")
    name = name.strip().lower()
    if name == "expr":
        tree = _check_expr(rest)
        return f"expr:{rest.strip()}", 0, lambda n: _eval_bool(tree, n)
    params = [p.strip() for p in rest.split(":")] if rest else []

    def want(count: int, usage: str) -> None:
        if len(params) != count:
            raise _refused(QT_TRANSLATE_NOOP("Errors", "{0}: expected {1}"), repr(spec), usage)

    if name == "multiples":
        want(1, "multiples:K")
        k = _int_param(spec, params[0], "K", 1)
        return f"multiples:{k}", k, lambda n: n % k == 0
    if name == "odd":
        want(0, "odd (no parameters)")
        return "odd", 2, lambda n: n % 2 == 1
    if name == "even":
        want(0, "even (no parameters)")
        return "even", 2, lambda n: n % 2 == 0
    if name == "mod":
        want(2, "mod:K:R")
        k = _int_param(spec, params[0], "K", 2)
        r = _int_param(spec, params[1], "R", 0)
        if r >= k:
            raise _refused(QT_TRANSLATE_NOOP("Errors", "{0}: R must be smaller than K"), repr(spec))
        return f"mod:{k}:{r}", k, lambda n: n % k == r
    if name == "squares":
        want(0, "squares (no parameters)")
        return "squares", 0, _is_square
    if name == "primes":
        want(0, "primes (no parameters)")
        return "primes", 0, _is_prime
    known = ", ".join(KINDS)
    raise ValueError(f"unknown pattern {name!r} (known: {known})")


def _is_square(n: np.ndarray) -> np.ndarray:
    root = np.floor(np.sqrt(n.astype(np.float64))).astype(np.int64)
    # guard against float rounding at perfect squares
    return (root * root == n) | ((root + 1) * (root + 1) == n)


def _is_prime(n: np.ndarray) -> np.ndarray:
    top = int(n.max()) + 1 if n.size else 2
    sieve = np.ones(max(top, 2), dtype=bool)
    sieve[:2] = False
    for p in range(2, math.isqrt(top - 1) + 1 if top > 1 else 2):
        if sieve[p]:
            sieve[p * p :: p] = False
    return sieve[n]


# -- custom expressions ----------------------------------------------------------------

_BINOPS = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply}
_CMPOPS = {
    ast.Eq: np.equal,
    ast.NotEq: np.not_equal,
    ast.Lt: np.less,
    ast.LtE: np.less_equal,
    ast.Gt: np.greater,
    ast.GtE: np.greater_equal,
}


def _check_expr(text: str) -> ast.expr:
    """Parse and whitelist an expression; raise ValueError naming what is not allowed."""
    source = text.strip()
    if not source:
        said = QT_TRANSLATE_NOOP(
            "Errors", "'expr:': the expression is empty (e.g. expr:n % 3 == 1)"
        )
        raise _refused(said)
    if len(source) > MAX_EXPR_LEN:
        said = QT_TRANSLATE_NOOP("Errors", "expression is longer than {0} characters")
        raise _refused(said, MAX_EXPR_LEN)
    try:
        tree = ast.parse(source, mode="eval").body
    except SyntaxError as exc:
        said = QT_TRANSLATE_NOOP("Errors", "expression {0}: syntax error ({1})")
        raise _refused(said, repr(source), exc.msg) from None
    for node in ast.walk(tree):
        ok = isinstance(
            node,
            (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.Name, ast.Constant, ast.Load)
            + tuple(_BINOPS)
            + (ast.FloorDiv, ast.Mod, ast.USub, ast.UAdd, ast.Not, ast.And, ast.Or)
            + tuple(_CMPOPS),
        )
        if isinstance(node, ast.Name) and node.id != "n":
            said = QT_TRANSLATE_NOOP("Errors", "expression {0}: unknown name {1} (only n)")
            raise _refused(said, repr(source), repr(node.id))
        if isinstance(node, ast.Constant) and (
            not isinstance(node.value, int) or isinstance(node.value, bool)
        ):
            said = QT_TRANSLATE_NOOP("Errors", "expression {0}: only integer literals, got {1}")
            raise _refused(said, repr(source), repr(node.value))
        if isinstance(node, ast.Constant) and abs(node.value) > 10**9:
            said = QT_TRANSLATE_NOOP("Errors", "expression {0}: literal {1} is too large")
            raise _refused(said, repr(source), node.value)
        if not ok:
            what = {
                ast.Call: QT_TRANSLATE_NOOP("Errors", "function calls"),
                ast.Attribute: QT_TRANSLATE_NOOP("Errors", "attribute access"),
                ast.Subscript: QT_TRANSLATE_NOOP("Errors", "subscripts"),
                ast.Pow: QT_TRANSLATE_NOOP("Errors", "the ** operator"),
                ast.Div: QT_TRANSLATE_NOOP("Errors", "'/' (use // for integer division)"),
                ast.Lambda: QT_TRANSLATE_NOOP("Errors", "lambdas"),
            }.get(type(node))
            said = QT_TRANSLATE_NOOP("Errors", "expression {0}: {1} not allowed")
            named = Said("Errors", what) if what else type(node).__name__
            raise _refused(said, repr(source), named)
    return tree


def _eval(node: ast.expr, n: np.ndarray) -> np.ndarray:
    """Evaluate a whitelisted expression node on an int64 array (vectorised)."""
    if isinstance(node, ast.Name):
        return n
    if isinstance(node, ast.Constant):
        return np.full(n.shape, int(node.value), dtype=np.int64)
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, n)
        if isinstance(node.op, ast.Not):
            return ~_truth(value)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, n), _eval(node.right, n)
        if isinstance(node.op, (ast.FloorDiv, ast.Mod)):
            if (right == 0).any():
                at = int(n[np.argmax(right == 0)])
                said = QT_TRANSLATE_NOOP("Errors", "expression divides by zero at n = {0}")
                raise _refused(said, at)
            op = np.floor_divide if isinstance(node.op, ast.FloorDiv) else np.mod
            return op(left, right)
        op = _BINOPS[type(node.op)]
        # int64 wraps silently (a wrong support); the float64 twin shows where it would
        approx = op(left.astype(np.float64), right.astype(np.float64))
        too_big = np.abs(approx) >= 2.0**62
        if too_big.any():
            at = int(n[np.argmax(too_big)])
            said = QT_TRANSLATE_NOOP("Errors", "expression: numbers grow too large at n = {0}")
            raise _refused(said, at)
        return op(left, right)
    if isinstance(node, ast.BoolOp):
        values = [_truth(_eval(v, n)) for v in node.values]
        combine = np.logical_and if isinstance(node.op, ast.And) else np.logical_or
        out = values[0]
        for v in values[1:]:
            out = combine(out, v)
        return out
    if isinstance(node, ast.Compare):
        left = _eval(node.left, n)
        out = np.ones(n.shape, dtype=bool)
        for op, comparator in zip(node.ops, node.comparators):
            right = _eval(comparator, n)
            out &= _CMPOPS[type(op)](left, right)
            left = right
        return out
    raise ValueError(f"pattern expression: {type(node).__name__} not allowed")  # pragma: no cover


def _truth(value: np.ndarray) -> np.ndarray:
    return value if value.dtype == bool else value != 0


def _eval_bool(tree: ast.expr, n: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return _truth(_eval(tree, n))
