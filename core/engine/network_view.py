"""What the model view draws: G and D as a list of layers, each Linear with a small picture of
its weights, taken from the live modules at a report (so the timeline can show them later).

A weight matrix is shrunk to at most ``MAX_SHOWN`` x ``MAX_SHOWN`` block means (the default
preset's packed D reads 1,600 inputs; a diagram can show a few dozen), so a report keeps a few
kilobytes however wide the networks are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from torch import nn

from core.models import GumbelGenerator, HeadSoftmax, PackedDiscriminator, WideInput

MAX_SHOWN = 32  # nodes drawn per layer at most (the true size is written beside them)


@dataclass(frozen=True)
class Layer:
    """One step of a network as the diagram shows it."""

    kind: str  # "linear", an activation ("relu", "leaky_relu", "tanh", "sigmoid"), or a head
    #            ("softmax heads", "gumbel heads", "relu head"), or "pack" (PacGAN's input)
    inputs: int
    outputs: int
    weights: np.ndarray | None = None  # float32 (shown out, shown in): block means of W

    @property
    def pack(self) -> int:
        """Samples side by side at D's input (a "pack" layer: outputs = pack x inputs)."""
        return self.outputs // max(self.inputs, 1)

    @property
    def text(self) -> str:
        if self.kind == "linear":
            return f"Linear {self.inputs}\u2192{self.outputs}"
        if self.kind == "pack":
            return f"{self.pack} samples side by side"
        return self.kind


def block_means(w: np.ndarray, most: int = MAX_SHOWN) -> np.ndarray:
    """``w`` (out, in) shrunk to at most ``most`` rows and columns by averaging blocks (the
    blocks of ``np.array_split``). Runs at every report on the training thread, so it is two
    ``reduceat`` sums rather than a Python loop over blocks."""
    splits = []
    for n in w.shape:
        k = min(most, n)  # as array_split: the first n % k blocks one longer
        sizes = np.full(k, n // k)
        sizes[: n % k] += 1
        splits.append((np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes))
    (rows, row_sizes), (cols, col_sizes) = splits
    sums = np.add.reduceat(np.add.reduceat(w.astype(np.float64), rows, axis=0), cols, axis=1)
    return (sums / np.outer(row_sizes, col_sizes)).astype(np.float32)


_ACTIVATIONS = {nn.ReLU: "relu", nn.LeakyReLU: "leaky_relu", nn.Tanh: "tanh", nn.Sigmoid: "sigmoid"}


def describe_network(module: nn.Module, generator: bool = True) -> tuple[Layer, ...]:
    """The layers of a generator or discriminator from this project (``core.models``)."""
    if isinstance(module, WideInput):
        return describe_network(module.net, generator)
    if isinstance(module, GumbelGenerator):
        width = sum(module.heads)
        inner = _sequence(module.net) if module.code > 0 else []
        return (*inner, Layer("gumbel heads", width, width))
    if isinstance(module, PackedDiscriminator):
        first = next(m for m in module.net if isinstance(m, nn.Linear))
        width = first.in_features // module.pack
        return (Layer("pack", width, first.in_features), *_sequence(module.net))
    layers = _sequence(module)
    if generator and layers and layers[-1].kind == "relu":
        last = layers[-1]
        layers[-1] = Layer("relu head", last.inputs, last.outputs)  # the book's output
    return tuple(layers)


def _sequence(module: nn.Module) -> list[Layer]:
    out: list[Layer] = []
    size = 0
    for m in module.children() if isinstance(module, nn.Sequential) else [module]:
        if isinstance(m, nn.Linear):
            w = m.weight.detach().float().cpu().numpy()
            out.append(Layer("linear", m.in_features, m.out_features, block_means(w)))
            size = m.out_features
        elif isinstance(m, HeadSoftmax):
            out.append(Layer("softmax heads", size, size))
        elif type(m) in _ACTIVATIONS:
            out.append(Layer(_ACTIVATIONS[type(m)], size, size))
        elif isinstance(m, nn.Sequential):
            inner = _sequence(m)
            out.extend(inner)
            size = inner[-1].outputs if inner else size
    return out
