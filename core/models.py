"""Generator and discriminator networks.

Three generator families, all plain ``nn.Module`` trees of a few known layer types so that a
saved generator can be rebuilt locally from its weights (see ``core.files.genfile``):

- ``book``: ``Sequential(Linear(latent, width), ReLU())``, exactly the chapter's G. Its ReLU
  output often leaves a head all zeros, which argmax then decodes as index 0.
- ``softmax``: an MLP whose output is a softmax per head. Always decisive, but the softmax
  saturates once sharp, so G stops moving mass between values: it teaches mode collapse.
- ``gumbel``: an MLP gives logits per head; Gumbel noise made from the last ``width`` entries
  of z is added and the head's argmax is emitted as an exact one-hot, with the softmax's
  gradient passed straight through (Jang et al. 2016; Kusner & Hernandez-Lobato 2016).
  G(z) stays a pure function of z, so the chapter's ``G(torch.randn(10, L))`` samples it.

Discriminators: the book's ``Sequential(Linear(width, 1), Sigmoid())``, or a PacGAN MLP that
judges ``pack`` samples at once and returns a logit.
"""

# no "from __future__ import annotations": TorchScript reads these class annotations at runtime

import math
from collections.abc import Sequence

import torch
from torch import nn

LEAKY_SLOPE = 0.2  # LeakyReLU slope in every hidden layer (the usual GAN choice)


def activation_layer(name: str) -> nn.Module:
    """The hidden layers' activation by name (``core.engine.config.ACTIVATIONS``)."""
    if name == "relu":
        return nn.ReLU()
    if name == "leaky_relu":
        return nn.LeakyReLU(LEAKY_SLOPE)
    if name == "tanh":
        return nn.Tanh()
    raise ValueError(f"unknown activation {name!r}")


def mlp_layers(
    inputs: int, hidden: Sequence[int], outputs: int, activation: str
) -> list[nn.Module]:
    """Linear layers through ``hidden`` widths with ``activation`` between them; the last
    Linear has no activation (the caller adds the head)."""
    layers: list[nn.Module] = []
    size = inputs
    for width in hidden:
        layers += [nn.Linear(size, width), activation_layer(activation)]
        size = width
    layers.append(nn.Linear(size, outputs))
    return layers


class HeadSoftmax(nn.Module):
    """Softmax over each head of the encoding separately."""

    heads: list[int]  # head sizes (class-level annotation: TorchScript reads it)

    def __init__(self, heads: list[int]) -> None:
        super().__init__()
        self.heads = list(heads)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        parts = torch.split(x, self.heads, dim=-1)
        return torch.cat([torch.softmax(p, dim=-1) for p in parts], dim=-1)


class GumbelGenerator(nn.Module):
    """Logits from an MLP of z[:, :code], Gumbel noise from z[:, code:], one-hot per head."""

    code: int  # z entries that feed the MLP (the rest become Gumbel noise)
    heads: list[int]  # head sizes
    tau: float  # temperature of the softmax whose gradient is passed straight through

    def __init__(
        self,
        code: int,
        heads: list[int],
        hidden: Sequence[int],
        tau: float,
        activation: str = "leaky_relu",
    ) -> None:
        super().__init__()
        width = sum(heads)
        self.code = code
        self.heads = list(heads)
        self.tau = tau
        if code > 0:
            self.net = nn.Sequential(*mlp_layers(code, hidden, width, activation))
        else:
            self.net = nn.Sequential()
        # logits shared by every sample; with code == 0 they are the whole model
        self.bias = nn.Parameter(torch.zeros(width))

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        # z: (N, code + width)
        logits = self.bias.expand(z.shape[0], -1)
        if self.code > 0:
            logits = logits + self.net(z[:, : self.code])  # (N, width)
        # standard normal -> uniform (its CDF) -> Gumbel(0, 1)
        u = 0.5 * (1.0 + torch.erf(z[:, self.code :] / math.sqrt(2.0)))
        u = u.clamp(1e-7, 1.0 - 1e-7)
        y = (logits - torch.log(-torch.log(u))) / self.tau  # (N, width)
        train = torch.is_grad_enabled()  # sampling needs no softmax: the value is the one-hot
        outs: list[torch.Tensor] = []
        for part in torch.split(y, self.heads, dim=-1):
            hard = torch.zeros_like(part).scatter_(-1, part.argmax(dim=-1, keepdim=True), 1.0)
            if train:
                soft = torch.softmax(part, dim=-1)
                hard = hard - soft.detach() + soft  # value: one-hot; gradient: softmax's
            outs.append(hard)
        return torch.cat(outs, dim=-1)  # (N, width)


class WideInput(nn.Module):
    """Reads the first ``inputs`` columns of a wider z, so the chapter's own sampling line
    ``G(torch.randn(10, 100))`` works for a generator that needs fewer than 100 inputs (the
    ``default`` preset's G takes 16 + one per encoded value); one that needs more is saved in
    a :class:`CheckedInput`. Only saved files are wrapped."""

    inputs: int  # columns of z the generator reads

    def __init__(self, net: nn.Module, inputs: int) -> None:
        super().__init__()
        self.net = net
        self.inputs = inputs

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        # z: (N, >= inputs) -> the generator's (N, width)
        return self.net(z[:, : self.inputs])


class CheckedInput(WideInput):
    """A generator that needs more than the chapter's 100 inputs (``default`` on a 100-value
    one-hot: 116), saved so that the chapter's ``G(torch.randn(10, 100))`` says in words how
    many it needs instead of failing on a size mismatch deep in TorchScript. (WideInput's own
    code stays as released: the safe reader compares a file's code with the known layers'.)"""

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        if z.shape[1] < self.inputs:
            raise ValueError(
                f"this generator needs {self.inputs} noise values a sample, as in "
                f"G(torch.randn(10, {self.inputs})); it was given {z.shape[1]}"
            )
        return self.net(z[:, : self.inputs])


class PackedDiscriminator(nn.Module):
    """PacGAN: D sees ``pack`` samples concatenated and returns one logit for the pack."""

    def __init__(
        self,
        width: int,
        pack: int,
        hidden: Sequence[int],
        activation: str = "leaky_relu",
        sigmoid: bool = False,
    ) -> None:
        super().__init__()
        self.pack = pack
        layers = mlp_layers(width * pack, hidden, 1, activation)
        self.net = nn.Sequential(*layers, *([nn.Sigmoid()] if sigmoid else []))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x: (N, width), N a multiple of pack -> (N / pack, 1) logits
        return self.net(x.reshape(x.shape[0] // self.pack, -1))


def build_generator(
    kind: str,
    latent: int,
    heads: list[int],
    hidden: Sequence[int],
    tau: float,
    activation: str = "leaky_relu",
) -> nn.Module:
    """A generator for the given family (its head). ``latent`` is the MLP's input (see
    config); ``hidden`` the widths of its hidden layers (none: the book's single Linear)."""
    width = sum(heads)
    if kind == "book":  # the chapter's ReLU head (with no hidden layer, its G exactly)
        return nn.Sequential(*mlp_layers(latent, hidden, width, activation), nn.ReLU())
    if kind == "softmax":
        return nn.Sequential(*mlp_layers(latent, hidden, width, activation), HeadSoftmax(heads))
    if kind == "gumbel":
        return GumbelGenerator(latent, heads, hidden, tau, activation)
    raise ValueError(f"unknown generator kind {kind!r}")


def build_discriminator(
    book: bool,
    width: int,
    pack: int,
    hidden: Sequence[int],
    activation: str = "leaky_relu",
) -> nn.Module:
    """D. ``book``: it ends in a Sigmoid and outputs probabilities (with no hidden layer and
    no packing, the chapter's Linear+Sigmoid exactly); otherwise a PacGAN MLP that outputs a
    raw score (a logit)."""
    if book and pack == 1:
        return nn.Sequential(*mlp_layers(width, hidden, 1, activation), nn.Sigmoid())
    return PackedDiscriminator(width, pack, hidden, activation, sigmoid=book)
