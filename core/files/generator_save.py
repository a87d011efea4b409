"""Saving generator files (``num_gen.pt``): a TorchScript archive the chapter's own two lines
can load and sample, with everything the app needs to use it again inside as
``extra/patterngan.json``; written atomically. The format's names and limits are defined here;
opening is :mod:`core.files.generator_read`.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import io
import json
import os
import platform
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch
from torch import nn

from core import __version__
from core.engine.codecs import Codec
from core.engine.patterns import Pattern
from core.files.atomic import check_destination, write_atomic
from core.models import CheckedInput, GumbelGenerator, HeadSoftmax, WideInput

FORMAT = "patterngan-generator"

FORMAT_VERSION = 3  # 2: generators needing < 100 inputs are saved inside a WideInput;

#                    3: hidden widths as lists, the knobs (loss, optimizer, d_steps, noise, ...),
#                       "noise" and "changes" (lr / k changed while training)
META_NAME = "patterngan.json"

DEFAULT_NAME = "num_gen.pt"


def build_metadata(
    *,
    pattern: Pattern,
    codec: Codec,
    latent_size: int,
    architecture: dict[str, Any],
    config: dict[str, Any] | None = None,
    epochs_trained: int = 0,
    metrics: dict[str, Any] | None = None,
    changes: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The JSON that rides inside a saved generator. ``changes``: settings changed while it
    trained (``{"epoch": e, "lr_d": x}``, ...); ``config`` holds the values it started with."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "pattern": pattern.spec,
        "range": [pattern.lo, pattern.hi],
        "codec": codec.spec,
        "R": codec.R,
        "width": codec.width,
        "latent_size": latent_size,
        "noise": (config or {}).get("noise", "normal"),  # what z G expects (randn: "normal")
        "architecture": architecture,
        "preset": (config or {}).get("preset"),
        "seed": (config or {}).get("seed"),
        "config": config or {},
        "epochs_trained": epochs_trained,
        "changes": list(changes or []),
        "metrics": metrics or {},
        "versions": {
            "patterngan": __version__,
            "torch": torch.__version__,
            "python": platform.python_version(),
        },
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
    }


def architecture_of(module: nn.Module) -> dict[str, Any]:
    """A short description of a generator's layers, for metadata and ``info``."""
    if isinstance(module, WideInput):
        return {**architecture_of(module.net), "reads": f"the first {module.inputs} columns of z"}
    if isinstance(module, GumbelGenerator):
        return {
            "kind": "gumbel",
            "code": module.code,
            "heads": list(module.heads),
            "tau": module.tau,
            "layers": _layer_names(module.net),
        }
    if isinstance(module, nn.Sequential):
        kind = "softmax" if any(isinstance(m, HeadSoftmax) for m in module) else "book"
        return {"kind": kind, "layers": _layer_names(module)}
    raise ValueError(f"unsupported generator type {type(module).__name__}")


def _layer_names(seq: nn.Sequential) -> list[str]:
    out = []
    for m in seq:
        if isinstance(m, nn.Linear):
            out.append(f"Linear({m.in_features}, {m.out_features})")
        elif isinstance(m, HeadSoftmax):
            out.append(f"HeadSoftmax({list(m.heads)})")
        else:
            out.append(type(m).__name__ + "()")
    return out


def script_bytes(module: nn.Module, metadata: dict[str, Any] | None) -> bytes:
    """Serialise a generator as a TorchScript archive (CPU weights) held in memory."""
    cpu = cpu_copy(module)
    extra = {META_NAME: json.dumps(metadata, indent=2)} if metadata else {}
    buffer = io.BytesIO()
    with _quiet_jit():
        torch.jit.save(torch.jit.script(cpu), buffer, _extra_files=extra)
    return buffer.getvalue()


@contextlib.contextmanager
def _quiet_jit() -> Iterator[None]:
    """torch 2.13 deprecates TorchScript, but the chapter's file format is TorchScript."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


CHAPTER_LATENT = 100  # the chapter samples with G(torch.randn(10, 100))


def chapter_ready(module: nn.Module, metadata: dict[str, Any] | None) -> nn.Module:
    """``module`` wrapped in ``core.models.WideInput`` unless it takes exactly the chapter's
    100 inputs: one that needs fewer reads them from the chapter's 100-column z, one that needs
    more says how many in words when given too few."""
    latent = (metadata or {}).get("latent_size")
    if isinstance(module, WideInput) or not isinstance(latent, int):
        return module
    if latent == CHAPTER_LATENT:
        return module
    wrapper = WideInput if latent < CHAPTER_LATENT else CheckedInput
    return wrapper(cpu_copy(module), latent)


def saved_width(latent_size: int) -> int:
    """The columns of z a saved generator is sampled with (``chapter_ready``): the chapter's
    100 for one that needs 100 or fewer, its own latent size for one that needs more."""
    return max(latent_size, CHAPTER_LATENT)


def sampling_lines(file_name: str, width: int, noise: str) -> tuple[str, str]:
    """The chapter's two lines for a file of that name, ``width`` noise columns and the noise
    G was trained on (uniform is drawn as U(-1, 1)); runnable as pasted: the chapter's
    ``device`` is not defined in a fresh interpreter."""
    draw = f"torch.rand(10, {width}) * 2 - 1" if noise == "uniform" else f"torch.randn(10, {width})"
    return (f'G = torch.jit.load("{file_name}", map_location="cpu")', f"G({draw})")


def save_generator(
    path: str | os.PathLike[str], module: nn.Module, metadata: dict[str, Any]
) -> Path:
    """Write ``module`` and its metadata to ``path`` atomically.

    Serialises to memory, writes a temporary file in the same folder, fsyncs and renames it
    over the target, so a failed save (full disk, no permission) leaves any previous file
    untouched. Raises GeneratorFileError with the cause in plain words.
    """
    target = check_destination(path)  # before the work of serialising
    data = script_bytes(chapter_ready(module, metadata), metadata)
    write_atomic(target, data)
    return target


def cpu_copy(module: nn.Module) -> nn.Module:
    """A detached CPU copy in eval mode: what gets saved or sampled outside training."""
    return copy.deepcopy(module).cpu().eval().requires_grad_(False)


def metadata_for(trainer: Any, report: Any | None = None) -> dict[str, Any]:
    """Metadata for a trainer's current generator (and its last report's metrics)."""
    return build_metadata(
        pattern=trainer.pattern,
        codec=trainer.codec,
        latent_size=trainer.latent_size,
        architecture=architecture_of(trainer.generator),
        config=trainer.config.to_dict(),
        epochs_trained=trainer.epoch,
        metrics=report.metrics.summary() if report is not None else {},
        changes=getattr(trainer, "changes", []),
    )


def save_trained(path: str | os.PathLike[str], trainer: Any, report: Any | None = None) -> Path:
    """Save a :class:`core.engine.trainer.Trainer`'s generator with full metadata."""
    return save_generator(path, trainer.generator, metadata_for(trainer, report))
