import numpy as np
import pytest
import torch

from core.engine.codecs import Codec, parse_codec


@pytest.mark.parametrize(
    "R,M", [(100, 5), (100, 2), (100, 3), (100, 7), (50, 5), (101, 5), (1000, 10), (10, 10)]
)
def test_qr_round_trip_every_number(R, M):
    codec = Codec("qr", R, M)
    n = np.arange(R)
    enc = codec.encode(n)
    assert enc.shape == (R, -(-R // M) + M)
    assert torch.all(enc.sum(1) == 2)
    dec = codec.decode(enc)
    assert np.array_equal(dec.numbers, n)
    assert dec.decisive.all()


@pytest.mark.parametrize("R", [2, 100, 333])
def test_onehot_round_trip_every_number(R):
    codec = Codec("onehot", R)
    dec = codec.decode(codec.encode(np.arange(R)))
    assert np.array_equal(dec.numbers, np.arange(R)) and dec.decisive.all()


def test_chapter_example_75():
    v = Codec("qr", 100, 5).encode([75])[0]
    assert v.shape == (25,)
    assert v[15] == 1 and v[:20].sum() == 1  # quotient slot 15
    assert v[20] == 1 and v[20:].sum() == 1  # remainder slot 0


def test_all_zero_head_is_not_decisive_but_argmax_gives_zero():
    codec = Codec("qr", 100, 5)
    out = np.zeros((1, 25))
    out[0, 3] = 0.7  # quotient 3, remainder head all zeros
    dec = codec.decode(out)
    assert dec.numbers[0] == 15  # the book's argmax: remainder 0, "a multiple of five"
    assert not dec.decisive[0]


def test_tie_is_not_decisive():
    codec = Codec("onehot", 100)
    out = np.zeros((2, 100))
    out[0, [4, 9]] = 1.0
    out[1, 9] = 1.0
    dec = codec.decode(out)
    assert dec.numbers.tolist() == [4, 9]
    assert dec.decisive.tolist() == [False, True]


def test_nan_output_is_not_decisive():
    out = np.full((1, 100), np.nan)
    assert not Codec("onehot", 100).decode(out).decisive[0]


def test_encode_outside_range_raises():
    with pytest.raises(ValueError, match="outside"):
        Codec("qr", 100, 5).encode([100])
    with pytest.raises(ValueError, match="outside"):
        Codec("onehot", 100).encode([-1])


def test_parse_codec_and_errors():
    assert parse_codec("qr:7", 100).heads == (15, 7)
    assert parse_codec("onehot", 120).width == 120
    for bad, msg in [("qr:x", "integer"), ("qr:1", "M >= 2"), ("hex", "unknown codec")]:
        with pytest.raises(ValueError, match=msg):
            parse_codec(bad, 100)


def test_decode_wrong_width_raises():
    with pytest.raises(ValueError, match="shape"):
        Codec("qr", 100, 5).decode(np.zeros((3, 24)))


def test_torch_decode_matches_numpy_decode():
    rng = np.random.default_rng(0)
    codec = Codec("qr", 100, 5)
    x = rng.integers(0, 3, size=(5000, 25)).astype(np.float32)  # many ties and zero heads
    x[::97] = np.nan
    x[1::101, 7] = np.nan  # one NaN in an otherwise clear quotient head
    a = codec.decode(x)
    b = codec.decode(torch.from_numpy(x))
    assert np.array_equal(a.numbers[~np.isnan(x).any(1)], b.numbers[~np.isnan(x).any(1)])
    assert np.array_equal(a.decisive, b.decisive)
    assert 0 < a.decisive.mean() < 1


@pytest.mark.parametrize("codec", [Codec("qr", 100, 5), Codec("qr", 101, 7), Codec("onehot", 30)])
def test_decoding_by_columns_gives_decodes_numbers_and_flags(codec):
    """``decode_columns`` (a report's fast path, one sample per column) against ``decode``:
    the same first index of every head's maximum and the same decisive flags, ties, all-zero
    heads (ReLU's), negative values and a maximum in the last place included."""
    rng = np.random.default_rng(1)
    x = rng.integers(-1, 3, size=(4000, codec.width)).astype(np.float32)
    x[::5] = np.maximum(x[::5], 0) * (rng.random((800, codec.width)) < 0.2)  # mostly zeros
    x[1::7] = rng.normal(size=(572, codec.width))  # decisive ones
    x[2::11, -1] = 9.0  # the last index wins
    rows = codec.decode(torch.from_numpy(x))
    columns = codec.decode_columns(torch.from_numpy(x).t().contiguous())
    assert np.array_equal(columns.numbers, rows.numbers)
    assert np.array_equal(columns.decisive, rows.decisive)
    assert 0.1 < rows.decisive.mean() < 0.9
    last = codec.heads[-1]
    assert (rows.numbers % last == last - 1).any()  # the last place won somewhere


def test_decoding_by_columns_takes_the_row_path_for_nan_and_infinity():
    codec = Codec("qr", 100, 5)
    x = np.zeros((6, 25), dtype=np.float32)
    x[:, 3] = x[:, 21] = 1.0
    x[1, 5], x[2, 22], x[3, 0], x[3, 1] = np.nan, np.inf, np.inf, np.inf
    rows = codec.decode(torch.from_numpy(x))
    columns = codec.decode_columns(torch.from_numpy(x).t().contiguous())
    assert np.array_equal(columns.numbers, rows.numbers)
    assert columns.decisive.tolist() == rows.decisive.tolist() == [1, 0, 1, 0, 1, 1]
    with pytest.raises(ValueError, match="shape"):
        codec.decode_columns(torch.zeros(24, 3))
