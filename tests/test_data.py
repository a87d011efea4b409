import numpy as np

from core.engine.codecs import Codec
from core.engine.data import RealSampler
from core.engine.patterns import parse_pattern


def test_book_mode_batch_is_a_permutation_of_the_support():
    p = parse_pattern()
    s = RealSampler(p, Codec("qr", 100, 5), "book", np.random.default_rng(0))
    for _ in range(5):
        batch = s.numbers(10)
        assert sorted(batch.tolist()) == list(range(0, 50, 5))
    # encoded batch decodes to support members
    dec = s.codec.decode(s.batch(10))
    assert sorted(dec.numbers.tolist()) == list(range(0, 50, 5))


def test_book_mode_other_batch_sizes_cycle_through_the_support():
    p = parse_pattern("odd", 0, 100)
    s = RealSampler(p, Codec("onehot", 100), "book", np.random.default_rng(1))
    seen = np.concatenate([s.numbers(7) for _ in range(50)])  # 350 = 7 full cycles of 50
    assert np.bincount(seen, minlength=100)[1::2].tolist() == [7] * 50


def test_iid_mode_is_uniform_and_in_support():
    p = parse_pattern("primes", 0, 100)
    s = RealSampler(p, Codec("onehot", 100), "iid", np.random.default_rng(2))
    x = s.numbers(50_000)
    assert p.contains(x).all()
    counts = np.bincount(x, minlength=100)[p.support]
    assert counts.min() > 0.8 * 50_000 / 25


def test_same_seed_same_batches():
    p = parse_pattern()
    a = RealSampler(p, Codec("qr", 100, 5), "book", np.random.default_rng(5)).numbers(30)
    b = RealSampler(p, Codec("qr", 100, 5), "book", np.random.default_rng(5)).numbers(30)
    assert np.array_equal(a, b)


def test_book_mode_draws_one_permutation_of_the_support_per_cycle_in_stream_order():
    """The cycles are what ``rng.permutation`` gives one call at a time (an independent
    reference: the sampler draws thousands at once, read ahead), so a seed's real batches
    do not depend on how many the sampler drew at once."""
    p = parse_pattern("odd", 0, 30)  # 15 numbers: batches of 10 straddle cycles
    reference = np.random.default_rng(9)
    expected = np.concatenate([p.support[reference.permutation(15)] for _ in range(400)])
    s = RealSampler(p, Codec("onehot", 30), "book", np.random.default_rng(9))
    got = np.concatenate([s.codec.decode(s.batch(10)).numbers for _ in range(600)])
    assert np.array_equal(got, expected[:6000])
    numbers = RealSampler(p, Codec("onehot", 30), "book", np.random.default_rng(9)).numbers
    assert np.array_equal(np.concatenate([numbers(7), numbers(23)]), expected[:30])
