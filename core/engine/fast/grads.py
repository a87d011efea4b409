"""The book's gradients written out, with the kernels autograd itself runs for them.

For D = Linear + Sigmoid and G = Linear + ReLU (the chapter's networks) autograd's backward
pass is a handful of kernels (torch's ``derivatives.yaml``): calling the same kernels on the
same tensors gives autograd's bits on any CPU, without building a graph.

- ``binary_cross_entropy``: ``binary_cross_entropy_backward(seed, p, y, None, mean)``, ``seed``
  being the gradient the loss starts from (1; -1 through minimax's ``-BCE``; N for a sweep's
  loss summed over N seeds);
- least squares ``0.5 * mean((p - y)^2)``: ``0.5 / rows`` times ``2.0 * (p - y)`` (mean's
  gradient is its seed expanded and divided by the count; ``square``'s ``grad * 2x``);
- ``sigmoid``: ``sigmoid_backward(grad, p)``; ``relu``: ``threshold_backward(grad, out, 0)``;
- ``linear`` (``addmm(b, x, W.t())``, or ``baddbmm`` for stacked seeds): the bias gets the
  gradient summed over rows, the weight ``grad.t().mm(x)``, the input ``grad.mm(W)``.
"""

from __future__ import annotations

import torch

_NONE, _MEAN = 0, 1  # torch's Reduction::None and ::Mean
_bce_backward = torch.ops.aten.binary_cross_entropy_backward
_sigmoid_backward = torch.ops.aten.sigmoid_backward
# the same kernels writing into given tensors (a single run's hot loop reuses its buffers)
_bce_backward_into = torch.ops.aten.binary_cross_entropy_backward.grad_input
_sigmoid_backward_into = torch.ops.aten.sigmoid_backward.grad_input
threshold_backward = torch.ops.aten.threshold_backward
threshold_backward_into = torch.ops.aten.threshold_backward.grad_input

BCE_LOSSES = ("nonsaturating", "minimax")
LOSSES = (*BCE_LOSSES, "lsgan")  # the losses written out here


def least_squares_half(rows: int, device: torch.device) -> torch.Tensor:
    """(rows, 1) of 0.5 / rows, as autograd makes the gradient of ``0.5 * mean(...)``: the
    seed 0.5 expanded, divided by the count (a sweep's 0.5 N over N rows is the same number)."""
    return torch.tensor(0.5, device=device).expand(rows, 1) / rows


def logit_grad(
    p: torch.Tensor,
    label: torch.Tensor,
    seed: torch.Tensor,
    half: torch.Tensor,
    ls: bool,
    into: tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None = None,
) -> torch.Tensor:
    """d loss / d D's logit, for D's outputs ``p`` judged against ``label`` (rows x 1, or
    seeds x rows x 1): BCE's backward from ``seed``, or least squares' (``ls``; ``half`` from
    :func:`least_squares_half`); then the sigmoid's. ``into``: two tensors shaped like ``p``
    that the kernels write into (the loss's gradient, then the logit's, which is returned)
    instead of new ones, and ``p``'s element count as a tensor of its dtype: the same
    kernels, the same bits.

    With ``into``, BCE's mean is taken as torch's kernel takes it, in two steps: the
    element-wise gradient (reduction none), then divided in place by the element count
    (torch divides by the count given as an integer, which it converts to ``p``'s dtype
    first; a tensor of that dtype is the same divisor without the conversion at each call).
    Tests compare the result with autograd's bit for bit."""
    if into is None:
        grad = half * (2.0 * (p - label)) if ls else _bce_backward(seed, p, label, None, _MEAN)
        return _sigmoid_backward(grad, p)
    loss_grad, out, count = into
    if ls:
        grad = half * (2.0 * (p - label))
    else:
        grad = _bce_backward_into(seed, p, label, None, _NONE, grad_input=loss_grad).div_(count)
    return _sigmoid_backward_into(grad, p, grad_input=out)
