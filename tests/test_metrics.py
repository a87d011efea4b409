import math

import numpy as np
import pytest
import torch

from core.engine.codecs import Codec
from core.engine.metrics import evaluate, evaluate_decoded, js_divergence_bits, total_variation
from core.engine.patterns import parse_pattern

BOOK = parse_pattern()  # multiples of 5 in [0, 50)
QR5 = Codec("qr", 100, 5)


def test_perfect_uniform_samples():
    numbers = np.repeat(np.arange(0, 50, 5), 3)
    m = evaluate(QR5.encode(numbers).numpy(), QR5, BOOK)
    assert m.strict_validity == 1.0 and m.book_validity == 1.0
    assert m.tv == pytest.approx(0.0) and m.js_bits == pytest.approx(0.0)
    assert m.modes_covered == 10 and m.support_size == 10 and m.undecided == 0.0
    assert m.histogram.shape == (101,)


def test_all_zero_remainder_counts_for_book_validity_only():
    out = np.zeros((4, 25))
    out[:, 2] = 1.0  # quotient 2, remainder head all zeros -> argmax says 10
    m = evaluate(out, QR5, BOOK)
    assert m.book_validity == 1.0
    assert m.strict_validity == 0.0
    assert m.undecided == 1.0
    # all mass on "undecided", whose target is 0: TV is 1
    assert m.tv == pytest.approx(1.0)
    assert m.modes_covered == 0


def test_tied_quotient_is_undecided():
    out = np.zeros((2, 25))
    out[0, [1, 3]] = 0.5
    out[0, 20] = 1
    out[1, 1] = 1
    out[1, 20] = 1
    m = evaluate(out, QR5, BOOK)
    assert m.strict_validity == 0.5 and m.undecided == 0.5 and m.book_validity == 1.0


def test_numbers_outside_range_and_support():
    # qr:7 over R = 100 can decode 100..104; those are outcomes outside [0, R)
    codec = Codec("qr", 100, 7)
    p = parse_pattern("multiples:7", 0, 100)
    out = np.zeros((2, codec.width))
    out[0, 14] = 1
    out[0, 15 + 4] = 1  # 14 * 7 + 4 = 102
    out[1, 1] = 1
    out[1, 15] = 1  # 7
    m = evaluate(out, codec, p)
    assert m.strict_validity == 0.5 and m.histogram[100] == 0.5 and m.histogram[7] == 0.5


def test_tv_and_js_hand_computed():
    # half the samples on 0, half on 1 (not in support) vs uniform over {0,5,...,45}
    numbers = np.array([0, 1])
    m = evaluate_decoded(numbers, np.array([True, True]), BOOK, 100)
    p = np.zeros(101)
    p[0:50:5] = 0.1
    q = np.zeros(101)
    q[0] = q[1] = 0.5
    assert m.tv == pytest.approx(0.5 * np.abs(q - p).sum())
    assert m.tv == pytest.approx(0.9)
    mix = 0.5 * (p + q)
    nz_p, nz_q = p > 0, q > 0
    js = (
        0.5 * (q[nz_q] * np.log2(q[nz_q] / mix[nz_q])).sum()
        + 0.5 * (p[nz_p] * np.log2(p[nz_p] / mix[nz_p])).sum()
    )
    assert m.js_bits == pytest.approx(js)
    assert m.modes_covered == 1 and m.strict_validity == 0.5


def test_js_bounds():
    a = np.array([1.0, 0.0])
    b = np.array([0.0, 1.0])
    assert js_divergence_bits(a, b) == pytest.approx(1.0)
    assert js_divergence_bits(a, a) == 0.0
    assert total_variation(a, b) == 1.0


def test_zero_samples_rejected():
    with pytest.raises(ValueError):
        evaluate_decoded(np.array([], dtype=int), np.array([], dtype=bool), BOOK, 100)


def test_summary_is_plain_numbers():
    m = evaluate(QR5.encode([0, 5]).numpy(), QR5, BOOK)
    assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in m.summary().values())


@pytest.mark.parametrize(
    "overrides",
    [{}, {"g_hidden": (16,)}, {"ema": 0.9}, {"hi": 3000, "codec": "onehot", "eval_samples": 3000}],
    ids=["book", "hidden layer", "ema", "wide, in slices"],
)
def test_a_reports_metrics_are_those_of_its_generators_outputs(overrides):
    """A report evaluates a book-kind G by columns (``core.engine.gan._column_decoder``); its
    metrics must be those of decoding ``G(noise)`` row by row."""
    from core.engine.gan import _column_decoder
    from core.engine.presets import make_config
    from core.engine.trainer import Trainer

    trainer = Trainer(make_config("book", epochs=150, report_every=150, **overrides))
    report = list(trainer.reports())[-1]
    generator = trainer.generator
    assert _column_decoder(generator, trainer.codec) is not None  # the fast path was taken
    with torch.no_grad():
        rows = evaluate(generator(trainer.gan.eval_noise), trainer.codec, trainer.pattern)
    assert report.metrics.summary() == rows.summary()
    assert np.array_equal(report.metrics.histogram, rows.histogram)
