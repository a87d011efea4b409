import numpy as np
import pytest

from core.engine.patterns import parse_pattern, parse_range


def support(spec, lo=0, hi=100):
    return parse_pattern(spec, lo, hi).support.tolist()


def test_default_is_the_book():
    p = parse_pattern()
    assert p.spec == "multiples:5" and (p.lo, p.hi) == (0, 50)
    assert p.support.tolist() == list(range(0, 50, 5))
    assert p.R == 100


def test_builtin_patterns():
    assert support("multiples:7") == list(range(0, 100, 7))
    assert support("odd") == list(range(1, 100, 2))
    assert support("even", 10, 20) == [10, 12, 14, 16, 18]
    assert support("mod:7:3") == list(range(3, 100, 7))
    assert support("squares") == [i * i for i in range(10)]
    assert support("primes") == [p for p in range(2, 100) if all(p % d for d in range(2, p))]


def test_custom_expression():
    assert support("expr:n % 4 == 1 and n > 20") == [n for n in range(100) if n % 4 == 1 and n > 20]
    assert support("expr:not (n < 90) or n == 3") == [3] + list(range(90, 100))
    assert support("expr:(n // 10) % 2 == 1 and -n < -95") == [96, 97, 98, 99]
    assert support("expr:1 < n % 10 < 4", 0, 30) == [2, 3, 12, 13, 22, 23]


@pytest.mark.parametrize(
    "spec,msg",
    [
        ("expr:__import__('os')", "not allowed"),
        ("expr:n.real == 1", "attribute access"),
        ("expr:abs(n) == 1", "function calls"),
        ("expr:n ** 2 == 4", r"\*\*"),
        ("expr:x == 1", "unknown name"),
        ("expr:n == 'a'", "integer literals"),
        ("expr:n / 2 == 1", "integer division"),
        ("expr:n ==", "syntax error"),
        ("expr:", "empty"),
        ("expr:n % 0 == 0", "divides by zero"),
        ("cubes", "unknown pattern"),
        ("multiples:x", "integer"),
        ("multiples:0", ">= 1"),
        ("mod:5:7", "smaller than K"),
        ("odd:3", "no parameters"),
    ],
)
def test_bad_patterns_raise_value_error(spec, msg):
    with pytest.raises(ValueError, match=msg):
        parse_pattern(spec, 0, 100)


@pytest.mark.parametrize(
    "lo,hi,msg", [(-1, 10, "LO must be >= 0"), (5, 5, "greater"), (0, 20000, "at most")]
)
def test_bad_ranges(lo, hi, msg):
    with pytest.raises(ValueError, match=msg):
        parse_pattern("odd", lo, hi)


def test_empty_support():
    with pytest.raises(ValueError, match="empty support"):
        parse_pattern("multiples:7", 1, 7)


def test_codec_range_grows_with_hi_and_contains():
    p = parse_pattern("odd", 100, 150)
    assert p.R == 150
    mask = p.contains(np.array([-1, 101, 102, 149, 150, 999]))
    assert mask.tolist() == [False, True, False, True, False, False]


def test_parse_range():
    assert parse_range("0:100") == (0, 100)
    for bad in ("0-100", "a:b", "1"):
        with pytest.raises(ValueError):
            parse_range(bad)
