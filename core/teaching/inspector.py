"""What an encoding or a generated vector says, head by head, in words.

``encode_heads(codec, n)`` shows an integer's one-hot heads (quotient and remainder for
``qr:M``). ``read_heads(codec, outputs)`` reads one raw generator output: each head's values,
its argmax, and whether that argmax was forced (a unique maximum) or an accident (a tie, or a
head that is all zeros, which the book's ReLU generator produces often: ``argmax`` then says
index 0, so the remainder "is 0" and the number reads as a multiple of five for free).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.codecs import Codec


@dataclass(frozen=True)
class HeadReading:
    name: str  # "quotient", "remainder" or "value"
    values: np.ndarray  # float64 (size,)
    argmax: int  # first index of the maximum (what torch.argmax returns)
    decisive: bool  # the maximum is unique (and not NaN)
    why: str  # one phrase: "unique maximum 0.93", "all zeros", "tie between 0, 3 at 0.41"


@dataclass(frozen=True)
class VectorReading:
    heads: tuple[HeadReading, ...]
    number: int  # argmax decoding, ties to the first index (the book's decoding)
    decisive: bool

    def sentence(self, codec: Codec) -> str:
        """What decoding made of this vector, in plain words."""
        parts = [
            f"{h.name} head: {h.why}" + ("" if h.decisive else f", so argmax gives {h.argmax}")
            for h in self.heads
        ]
        text = "; ".join(parts) + "."
        if self.decisive:
            return (
                f"{text} Every head has a unique maximum: the generator really said {self.number}."
            )
        zero_heads = [h.name for h in self.heads if not h.decisive and _all_zero(h.values)]
        text += (
            f" Not decisive: argmax alone reads {self.number}, but that number was not chosen"
            " by the generator."
        )
        if codec.kind == "qr" and "remainder" in zero_heads:
            text += (
                f" An all-zero remainder head gives remainder 0, so the number looks like a "
                f"multiple of {codec.M} by accident: the book counts it as valid."
            )
        return text


def _all_zero(values: np.ndarray) -> bool:
    return bool(values.size) and bool(np.all(values == 0))


def _read_head(name: str, values: np.ndarray) -> HeadReading:
    values = np.asarray(values, dtype=np.float64)
    if np.isnan(values).any():
        return HeadReading(
            name,
            values,
            int(np.nanargmax(values)) if not np.isnan(values).all() else 0,
            False,
            "contains NaN",
        )
    top = values.max()
    at_top = np.flatnonzero(values == top)
    argmax = int(at_top[0])
    if at_top.size == 1:
        return HeadReading(
            name, values, argmax, True, f"unique maximum {top:.3g} at index {argmax}"
        )
    if _all_zero(values):
        why = "all zeros"
    else:
        shown = ", ".join(str(int(i)) for i in at_top[:6]) + (", ..." if at_top.size > 6 else "")
        why = f"tie at {top:.3g} between indices {shown}"
    return HeadReading(name, values, argmax, False, why)


def read_heads(codec: Codec, output: np.ndarray) -> VectorReading:
    """Read one raw output vector of width ``codec.width``."""
    x = np.asarray(output, dtype=np.float64).reshape(-1)
    if x.size != codec.width:
        raise ValueError(f"expected a vector of {codec.width} values, got {x.size}")
    heads = []
    offset = 0
    for name, size in zip(codec.head_names, codec.heads):
        heads.append(_read_head(name, x[offset : offset + size]))
        offset += size
    number = 0
    for h, size in zip(heads, codec.heads):
        number = number * size + h.argmax
    return VectorReading(tuple(heads), number, all(h.decisive for h in heads))


def encode_heads(codec: Codec, n: int) -> VectorReading:
    """An integer's encoding, read back the same way (always decisive)."""
    if not 0 <= n < codec.R:
        raise ValueError(f"{n} is outside the codec's range [0, {codec.R})")
    return read_heads(codec, codec.encode([n]).numpy()[0])


def explain_number(codec: Codec, n: int) -> str:
    """How ``n`` is written by the codec, in one sentence."""
    if codec.kind == "qr":
        q, r = divmod(n, codec.M)
        return (
            f"{n} = {q} x {codec.M} + {r}: quotient one-hot has a 1 at index {q} of "
            f"{codec.heads[0]}, remainder one-hot a 1 at index {r} of {codec.M} "
            f"({codec.width} values in all)."
        )
    return f"{n}: a single one-hot of {codec.R} values with its 1 at index {n}."
