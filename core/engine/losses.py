"""The GAN losses, one place: what D and G minimise, given D's outputs.

D's output ``out`` is a probability when D ends in a Sigmoid (the book's D) and a raw score
(a logit) otherwise. Each loss gives D's term on real samples, D's term on generated ones, and
G's loss; "D loss" everywhere is the real term plus the fake term (``core.engine.plan``).

- ``minimax``: Goodfellow et al.'s original game. D: BCE, real labelled 1, fake 0. G minimises
  log(1 - D(G(z))), reported as it is (negative). Its gradient vanishes while D wins easily.
- ``nonsaturating``: the same D; G minimises BCE with its samples labelled 1, i.e.
  -log D(G(z)). The chapter's loss, and the usual one.
- ``lsgan``: least squares (Mao et al. 2017): D pushes real to 1 and fake to 0, G pushes fake
  to 1, each as half a mean squared error.
- ``hinge``: D: mean(relu(1 - real)) + mean(relu(1 + fake)); G: -mean(fake). Needs a score.
- ``wgan-gp``: a critic (Gulrajani et al. 2017): D: mean(fake) - mean(real) plus 10 x the
  gradient penalty (||grad D(x)|| - 1)^2 on points between real and fake; G: -mean(fake).
  Needs a score, and real and fake in one D step.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch.nn import functional as F

from core.engine.config import LOSS_AXIS

GP_WEIGHT = 10.0  # the WGAN-GP paper's lambda


class GanLoss:
    """D's and G's losses for one loss name and one kind of D output."""

    def __init__(self, name: str, probability: bool) -> None:
        self.name = name
        self.probability = probability
        # BCE on probabilities for a Sigmoid D (the chapter's BCELoss), on logits otherwise
        self._bce = F.binary_cross_entropy if probability else F.binary_cross_entropy_with_logits

    @property
    def label(self) -> str:
        """What the loss plots' y axis says."""
        return LOSS_AXIS[self.name]

    def d_real(self, out: torch.Tensor, ones: torch.Tensor) -> torch.Tensor:
        if self.name in ("minimax", "nonsaturating"):
            return self._bce(out, ones)
        if self.name == "lsgan":
            return 0.5 * (out - 1.0).square().mean()
        if self.name == "hinge":
            return torch.relu(1.0 - out).mean()
        return -out.mean()  # wgan-gp

    def d_fake(self, out: torch.Tensor, zeros: torch.Tensor) -> torch.Tensor:
        if self.name in ("minimax", "nonsaturating"):
            return self._bce(out, zeros)
        if self.name == "lsgan":
            return 0.5 * out.square().mean()
        if self.name == "hinge":
            return torch.relu(1.0 + out).mean()
        return out.mean()  # wgan-gp

    def g(self, out: torch.Tensor, ones: torch.Tensor, zeros: torch.Tensor) -> torch.Tensor:
        if self.name == "nonsaturating":
            return self._bce(out, ones)
        if self.name == "minimax":
            return -self._bce(out, zeros)  # = mean log(1 - D(G(z)))
        if self.name == "lsgan":
            return 0.5 * (out - 1.0).square().mean()
        return -out.mean()  # hinge, wgan-gp

    def penalty(
        self,
        critic: Callable[[torch.Tensor], torch.Tensor],
        real: torch.Tensor,
        fake: torch.Tensor,
        pack: int,
        generator: torch.Generator | None = None,
    ) -> torch.Tensor | None:
        """WGAN-GP's gradient penalty on random points between ``real`` and ``fake`` (None
        for the other losses). A packed D judges ``pack`` rows at once, so the gradient's norm
        is taken per pack, over everything that pack's score saw. The points are drawn from
        ``generator`` (the run's own, so a run never depends on torch's global state)."""
        if self.name != "wgan-gp":
            return None
        rows = real.shape[0] // pack
        mix = torch.rand(rows, 1, device=real.device, generator=generator)
        mix = mix.repeat_interleave(pack, dim=0)
        points = (mix * real + (1.0 - mix) * fake).requires_grad_(True)
        scores = critic(points)
        (grad,) = torch.autograd.grad(scores.sum(), points, create_graph=True)
        norms = grad.reshape(rows, -1).norm(dim=1)
        return GP_WEIGHT * (norms - 1.0).square().mean()
