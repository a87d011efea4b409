"""Device choice: which device a run trains on, and why.

"auto" measures rather than guesses: these models are tiny, so a step is mostly per-operation
overhead (Python and dispatch on the CPU; the same plus kernel launches on a GPU), and which
side wins depends on the batch, the widths and the step mix. With a CUDA device present, auto
times a short burst of the set-up's own epochs on each (``PROBE_SECONDS``) and trains on the
faster; the result is kept for the session. Probing trains for half a second, so the GUI only
ever resolves "auto" on its worker thread (``probe=False`` elsewhere).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import torch

from core.engine.config import TrainConfig
from core.engine.errors import TrainingError
from core.engine.words import QT_TRANSLATE_NOOP, Num, Said, Text, said_error

PROBE_SECONDS = 0.25  # auto: timed epochs per device (after a warm-up), once per set-up
_auto_choices: dict[TrainConfig, DeviceChoice] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class DeviceChoice:
    """The device a run trains on, and why (the GUI's status-bar tooltip, the CLI's header)."""

    device: torch.device
    reason: str


def needs_probe(config: TrainConfig) -> bool:
    """Whether ``resolve_device(config)`` would train probe runs first (seconds, not ms)."""
    return (
        config.device == "auto" and torch.cuda.is_available() and _key(config) not in _auto_choices
    )


def resolve_device(
    config: TrainConfig,
    measure: Callable[[TrainConfig], float],
    *,
    probe: bool = True,
) -> DeviceChoice:
    """The device for ``config.device``; a clear error when CUDA is asked for but absent.

    "auto" with CUDA present times both devices with ``measure`` (epochs per second of a
    config on its explicit device: ``core.engine.trainer.epochs_per_second``). With
    ``probe=False``, "auto" takes the CPU unless a measurement is already known (for single
    steps taken by hand, where one step's overhead is all there is).
    """
    if config.device == "cpu":
        return DeviceChoice(
            torch.device("cpu"), _why(QT_TRANSLATE_NOOP("Device", "CPU, as chosen"))
        )
    if config.device == "cuda":
        if not torch.cuda.is_available():
            said = QT_TRANSLATE_NOOP(
                "Errors",
                "device cuda: CUDA is not available on this machine (torch {0}); choose cpu or "
                "auto",
            )
            raise said_error(TrainingError, Said("Errors", said, (torch.__version__,)))
        said = QT_TRANSLATE_NOOP("Device", "CUDA ({0}), as chosen")
        return DeviceChoice(torch.device("cuda"), _why(said, _gpu_name()))
    if config.device != "auto":
        raise ValueError(f"device: must be auto, cpu or cuda, got {config.device!r}")
    if not torch.cuda.is_available():
        said = QT_TRANSLATE_NOOP("Device", "auto: CPU, the only device this torch {0} sees")
        return DeviceChoice(torch.device("cpu"), _why(said, torch.__version__))
    key = _key(config)
    with _lock:
        known = _auto_choices.get(key)
    if known is not None:
        return known
    if not probe:
        said = QT_TRANSLATE_NOOP("Device", "auto: CPU for steps taken one at a time")
        return DeviceChoice(torch.device("cpu"), _why(said))
    cpu = measure(config.replace(device="cpu"))
    gpu = measure(config.replace(device="cuda"))
    winner = "CUDA" if gpu > cpu else "CPU"
    said = QT_TRANSLATE_NOOP(
        "Device",
        "auto: {0}, measured for this set-up: {1} epochs/s on CUDA ({2}) vs {3} on the CPU",
    )
    why = _why(said, winner, Num(gpu), _gpu_name(), Num(cpu))
    choice = DeviceChoice(torch.device(winner.lower()), why)
    with _lock:
        return _auto_choices.setdefault(key, choice)


def _why(said: str, *args: object) -> Text:
    """Why a device was chosen: English text that keeps its sentence for the window."""
    return Text(Said("Device", said, args))


def _key(config: TrainConfig) -> TrainConfig:
    # the seed, length and reporting do not change an epoch's cost
    return config.replace(seed=0, epochs=1, report_every=1, device="auto")


def _gpu_name() -> str:
    return torch.cuda.get_device_name(torch.cuda.current_device())
