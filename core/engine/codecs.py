"""Codecs: how an integer in [0, R) becomes a vector a network can read or write, and back.

Two families (README, "Metrics"):

- ``qr:M``: quotient one-hot (ceil(R/M) values) followed by remainder one-hot (M values).
  The book uses ``qr:5`` with R = 100: 20 + 5 = 25 values.
- ``onehot``: a single one-hot of R values.

Decoding takes the argmax of every head. A sample is *decisive* when every head has a unique
maximum; argmax alone would silently break ties towards index 0, which is the trap that makes
the book's all-zero heads look like multiples of five.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from core.engine.words import QT_TRANSLATE_NOOP, Said, said_error

if TYPE_CHECKING:  # torch is imported lazily so the GUI can paint before it loads
    import torch

MAX_RANGE = 10_000  # widest codec we accept: a onehot of R outputs must stay a small layer


@dataclass(frozen=True)
class Decoded:
    """The result of decoding a batch of network outputs."""

    numbers: np.ndarray  # int64 (N,): argmax decoding, ties broken to the first index
    decisive: np.ndarray  # bool (N,): every head had a unique maximum


@dataclass(frozen=True)
class Codec:
    """An integer <-> vector encoding of [0, R) made of one or more one-hot heads.

    ``heads`` lists the head sizes from most to least significant digit; the number is the
    mixed-radix value of the head indices (``qr:M``: q * M + r).
    """

    kind: str  # "qr" or "onehot"
    R: int  # integers 0 .. R-1 are encodable
    M: int = 0  # divisor for "qr" (0 for "onehot")

    def __post_init__(self) -> None:
        if not isinstance(self.R, int) or self.R < 2:
            raise said_error(
                ValueError,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "codec range R must be an integer >= 2, got {0}"),
                    (repr(self.R),),
                ),
            )
        if self.R > MAX_RANGE:
            raise said_error(
                ValueError,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "codec range R={0} is larger than the maximum {1}"),
                    (
                        self.R,
                        MAX_RANGE,
                    ),
                ),
            )
        if self.kind == "qr":
            if not isinstance(self.M, int) or self.M < 2:
                raise said_error(
                    ValueError,
                    Said(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "codec qr:M needs M >= 2, got M={0}"),
                        (repr(self.M),),
                    ),
                )
            if self.M > self.R:
                raise said_error(
                    ValueError,
                    Said(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors", "codec qr:{0} has M larger than the range R={1}"
                        ),
                        (
                            self.M,
                            self.R,
                        ),
                    ),
                )
        elif self.kind == "onehot":
            if self.M != 0:
                raise said_error(
                    ValueError,
                    Said("Errors", QT_TRANSLATE_NOOP("Errors", "codec onehot takes no M")),
                )
        else:
            raise said_error(
                ValueError,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "unknown codec kind {0} (expected qr or onehot)"),
                    (repr(self.kind),),
                ),
            )

    # -- description -------------------------------------------------------------------
    @property
    def spec(self) -> str:
        """The text form used by the CLI, files and GUI: ``qr:5`` or ``onehot``."""
        return f"qr:{self.M}" if self.kind == "qr" else "onehot"

    @property
    def heads(self) -> tuple[int, ...]:
        if self.kind == "qr":
            return (math.ceil(self.R / self.M), self.M)
        return (self.R,)

    @property
    def head_names(self) -> tuple[str, ...]:
        return ("quotient", "remainder") if self.kind == "qr" else ("value",)

    @property
    def width(self) -> int:
        """Length of one encoded vector."""
        return sum(self.heads)

    def digits(self, numbers: np.ndarray) -> list[np.ndarray]:
        """Head indices for each number (quotient and remainder for qr)."""
        n = np.asarray(numbers, dtype=np.int64)
        if self.kind == "qr":
            return [n // self.M, n % self.M]
        return [n]

    # -- encode / decode ---------------------------------------------------------------
    def encode(self, numbers: Any) -> torch.Tensor:
        """Batch encode integers in [0, R) (array, list or tensor) to a float32 (N, width) tensor."""
        import torch

        n = np.asarray(numbers.cpu() if isinstance(numbers, torch.Tensor) else numbers)
        n = n.astype(np.int64).reshape(-1)
        if n.size and (n.min() < 0 or n.max() >= self.R):
            bad = n[(n < 0) | (n >= self.R)][0]
            raise ValueError(f"cannot encode {int(bad)}: outside [0, {self.R})")
        out = np.zeros((n.size, self.width), dtype=np.float32)
        rows = np.arange(n.size)
        offset = 0
        for size, digit in zip(self.heads, self.digits(n)):
            out[rows, offset + digit] = 1.0
            offset += size
        return torch.from_numpy(out)

    def encode_table(self) -> torch.Tensor:
        """Encodings of every integer 0..R-1, shape (R, width); used for D's view."""
        return self.encode(np.arange(self.R))

    def decode(self, outputs: Any) -> Decoded:
        """Decode network outputs of shape (N, width) (numpy array or torch tensor).

        The number uses argmax with ties broken to the first index (what the book's
        ``torch.argmax`` does); ``decisive`` says whether that choice was forced.
        """
        if hasattr(outputs, "detach"):
            return self._decode_torch(outputs.detach())
        x = outputs
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.width:
            raise ValueError(f"expected outputs of shape (N, {self.width}), got {x.shape}")
        number = np.zeros(x.shape[0], dtype=np.int64)
        decisive = np.ones(x.shape[0], dtype=bool)
        offset = 0
        for size in self.heads:
            head = x[:, offset : offset + size]
            offset += size
            top = head.max(axis=1, keepdims=True)
            decisive &= (head == top).sum(axis=1) == 1
            # NaN never equals the maximum, so a NaN head is never decisive
            decisive &= ~np.isnan(head).any(axis=1)
            number = number * size + head.argmax(axis=1)
        return Decoded(numbers=number, decisive=decisive)

    def _decode_torch(self, x: torch.Tensor) -> Decoded:
        """The same decoding on a tensor, without a float64 copy (fast for many samples)."""
        import torch

        if x.dim() != 2 or x.shape[1] != self.width:
            raise ValueError(f"expected outputs of shape (N, {self.width}), got {tuple(x.shape)}")
        number = torch.zeros(x.shape[0], dtype=torch.int64, device=x.device)
        decisive = torch.ones(x.shape[0], dtype=torch.bool, device=x.device)
        for head, size in zip(torch.split(x, list(self.heads), dim=1), self.heads):
            # max() gives the first index of the maximum, as argmax does, in the same pass.
            # Decisive: exactly one entry equals the maximum (much faster than topk(2) on
            # narrow heads); a NaN makes the maximum NaN, which equals nothing.
            top, index = head.max(dim=1, keepdim=True)
            decisive &= (head == top).sum(dim=1) == 1
            number = number * size + index.squeeze(1)
        return Decoded(numbers=number.cpu().numpy(), decisive=decisive.cpu().numpy())

    def decode_columns(self, columns: torch.Tensor) -> Decoded:
        """``decode`` of outputs laid out one sample per column, shape (width, N), as a
        generator's last layer gives them computed transposed (``core.engine.gan``): the same
        numbers and decisive flags, about four times faster. ``columns`` is overwritten.
        A stack of them, (n, width, N) (a seed sweep's, ``core.engine.sweep``), is decoded at
        once into numbers and flags of shape (n, N).

        Column-wise every head is a few passes over contiguous rows: its maximum, where the
        maximum is (1.0 in place), how many hold it, and the first that does (the largest of
        descending weights). A head with NaN or infinity takes ``decode``'s own path."""
        import torch

        if columns.dim() not in (2, 3) or columns.shape[-2] != self.width:
            raise ValueError(
                f"expected columns of shape ({self.width}, N) or (n, {self.width}, N), "
                f"got {tuple(columns.shape)}"
            )
        heads = torch.split(columns, list(self.heads), dim=-2)
        tops = [head.amax(dim=-2, keepdim=True) for head in heads]
        if not all(bool(torch.isfinite(top).all()) for top in tops):
            if columns.dim() == 2:
                return self._decode_torch(columns.t())
            each = [self._decode_torch(stacked.t()) for stacked in columns]
            return Decoded(
                numbers=np.stack([d.numbers for d in each]),
                decisive=np.stack([d.decisive for d in each]),
            )
        number = decisive = None
        for head, top, size in zip(heads, tops, self.heads):
            at_top = head.eq_(top)  # 1.0 where the head reaches its maximum, else 0.0
            unique = at_top.sum(dim=-2) == 1
            first = at_top.mul_(_first_weights(size, columns)).amax(dim=-2)  # size - index
            index = size - first.to(torch.int64)
            number = index if number is None else number * size + index
            decisive = unique if decisive is None else decisive & unique
        return Decoded(numbers=number.cpu().numpy(), decisive=decisive.cpu().numpy())


def _first_weights(size: int, like: torch.Tensor) -> torch.Tensor:
    """(size, 1): size, size - 1, ..., 1, so the largest weight on a head's maximum marks the
    first index that holds it (exact in float32 up to 2**24 values)."""
    import torch

    return torch.arange(size, 0, -1, dtype=like.dtype, device=like.device).unsqueeze(1)


def parse_codec(spec: str, R: int) -> Codec:
    """Parse ``qr:M`` or ``onehot`` for the range [0, R)."""
    text = spec.strip().lower()
    if text == "onehot":
        return Codec("onehot", R)
    if text.startswith("qr:"):
        try:
            m = int(text[3:])
        except ValueError:
            raise said_error(
                ValueError,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "codec {0}: M must be an integer, as in qr:5"),
                    (repr(spec),),
                ),
            ) from None
        return Codec("qr", R, m)
    raise said_error(
        ValueError,
        Said(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "unknown codec {0} (expected auto, qr:M or onehot)"),
            (repr(spec),),
        ),
    )
