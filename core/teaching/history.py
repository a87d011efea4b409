"""The history of one training run: its curves, a bounded timeline of snapshots, its result.

A GUI session keeps one :class:`RunHistory` per run so runs can be compared, replayed on a
timeline and saved afterwards. Curves (seven floats per report) and CSV rows are kept for every
report up to ``MAX_POINTS``; past that, the newest ``MAX_POINTS // 4`` reports stay, each one,
and the older ones are thinned to one every ``stride`` epochs from the first, the stride
doubled until they are at most ``MAX_POINTS // 4`` (:func:`kept_points`): the whole run stays
evenly drawn, the latest in full, and a 10,000,000-epoch run at report interval 1 holds at
most 200,000 points (~150 MB), not 14 GB; snapshots (whole reports: histogram, D's view, the
samples shown) are kept for at most ``max_snapshots`` reports per run: when the store is full
every other snapshot is dropped and only every second report is kept from then on, so the
timeline stays evenly spread over the run and its memory stays bounded whatever the run's
length. The last report is always kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.engine.config import TrainConfig
from core.engine.outcomes import numbers_text
from core.engine.words import PLURAL, QT_TRANSLATE_NOOP, Num, Pct, Said, Text, translate

MAX_POINTS = 200_000  # curve points and rows per run (each ~0.7 KB with its row)
MAX_SNAPSHOTS = 500  # per run; with R = 100 a snapshot is ~3 KB plus 3-10 KB of shrunk
#                      weights for the model view: at most ~1.5-6.5 MB per run
CURVE_KEYS = ("d_loss", "g_loss", "strict", "book", "tv", "modes")


@dataclass
class RunResult:
    """A finished run's generator, detached from its trainer, ready to save."""

    module: Any  # torch.nn.Module on the CPU
    metadata: dict[str, Any]


def stopped_again(previous: Any | None, report: Any) -> bool:
    """``report`` is ``previous``'s epoch again, marked stopped: a stop seen just after a
    report, with no step since (the history and the samples log say it once)."""
    return (
        previous is not None
        and bool(getattr(report, "stopped", False))
        and previous.epoch == report.epoch
    )


@dataclass
class RunHistory:
    """Everything kept about one run. Reports are added in epoch order."""

    number: int  # 1, 2, ... in the order the session started them
    config: TrainConfig
    # read when a run begins (a benchmark or a test lowers the module's caps to reach them)
    max_snapshots: int = field(default_factory=lambda: MAX_SNAPSHOTS)
    epochs: list[int] = field(default_factory=list)
    curves: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in CURVE_KEYS})
    rows: list[dict[str, Any]] = field(default_factory=list)  # one per report, for CSV
    snapshots: list[Any] = field(default_factory=list)  # core.engine.trainer.Report, bounded
    result: RunResult | None = None  # set when the run is sealed (its trainer let go)
    best_modes: float = 0.0  # the best share of modes covered so far (for the collapse alert)
    source: str | None = None  # where it came from when opened from a file (a lab result)
    goals: tuple[int, int] | None = None  # (goals met, goals) of a lab's challenge
    saved_path: str | None = None  # where its generator was last saved
    saved_epoch: int | None = None  # the epoch it was saved at (None: never saved)
    changes: list[dict[str, Any]] = field(default_factory=list)  # lr / k changed mid-run
    # a lab's predictions, question -> answer, sealed with the run before its first epoch
    # (None: it began without a lab's predictions); never changed afterwards, by any path
    sealed: dict[str, str] | None = None
    # predictions left empty when sealed and typed later: question -> (answer, epoch typed at)
    late: dict[str, tuple[str, int]] = field(default_factory=dict)
    _stride: int = 1  # keep every _stride-th report (doubles each time the store fills)
    _point_stride: int = 1  # epochs between the older curve points kept (see kept_points)
    _seen: int = 0  # reports added so far
    _kept: list[int] = field(default_factory=list)  # report index of each snapshot

    @property
    def name(self) -> str:
        """``#4 default + lsgan, k 2, D 128,128, seed 0, odd in [0, 100)``: the preset and
        what differs from it, so runs modified in Advanced never look alike; long targets
        elided."""
        c = self.config
        pattern = elide(c.pattern, 40)
        name = f"#{self.number} {setup_words(c)}, seed {c.seed}, {pattern} in [{c.lo}, {c.hi})"
        return f"{name} ({elide(self.source, 80)})" if self.source else name

    @property
    def last(self) -> Any | None:
        return self.snapshots[-1] if self.snapshots else None

    def describe(self) -> str:
        """One line for a list of runs: name, epochs and the latest quality (English text
        that keeps its sentence for the window)."""
        r = self.last
        if r is None:
            return Text(Said("Runs", QT_TRANSLATE_NOOP("Runs", "{0}: no report yet"), (self.name,)))
        m = r.metrics
        epoch = int(r.epoch)  # a plain name: the count lupdate reads
        said = translate(
            "Runs", "{0}: %n epoch(s), strict {1}, TV {2}, modes {3}/{4}", None, PLURAL, epoch
        )
        numbers = (Pct(m.strict_validity), Num(m.tv, 3), m.modes_covered, m.support_size)
        return Text(Said("Runs", said, (self.name, *numbers), epoch))

    def add(self, report: Any) -> None:
        """Record a report's curves and row; keep it as a snapshot (see the module notes).

        A stop seen just after a report ends the run with a report of that same epoch and no
        step since (its G loss has nothing to average: NaN): it takes the last snapshot's
        place, and the curves and rows keep the report before it."""
        if stopped_again(self.last, report):
            self.snapshots[-1] = report
            return
        m = report.metrics
        self.epochs.append(report.epoch)
        for key, value in zip(
            CURVE_KEYS,
            (report.d_loss, report.g_loss, m.strict_validity, m.book_validity, m.tv),
        ):
            self.curves[key].append(float(value))
        self.curves["modes"].append(m.modes_fraction)
        self.best_modes = max(self.best_modes, m.modes_fraction)
        self.rows.append(_row(report))
        self.changes.extend(getattr(report, "changes", ()))
        if len(self.epochs) > MAX_POINTS:
            self._thin_points()
        index, self._seen = self._seen, self._seen + 1
        if self._kept and self._kept[-1] % self._stride:
            # the previous snapshot was kept only because it was the latest
            self._kept.pop()
            self.snapshots.pop()
        self._kept.append(index)
        self.snapshots.append(report)
        if len(self.snapshots) > self.max_snapshots:
            self._stride *= 2
            keep = [
                i
                for i, k in enumerate(self._kept)
                if k % self._stride == 0 or i == len(self._kept) - 1
            ]
            self._kept = [self._kept[i] for i in keep]
            self.snapshots = [self.snapshots[i] for i in keep]

    def _thin_points(self) -> None:
        """The older curve points and rows thinned evenly, the newest kept (the curves keep
        their shape; the memory of a run stays bounded whatever its length)."""
        keep, self._point_stride = kept_points(self.epochs, self._point_stride)
        self.epochs = [self.epochs[i] for i in keep]
        self.curves = {k: [v[i] for i in keep if i < len(v)] for k, v in self.curves.items()}
        self.rows = [self.rows[i] for i in keep if i < len(self.rows)]

    def snapshot_at(self, epoch: int) -> Any | None:
        """The kept snapshot closest to ``epoch`` (ties to the earlier one)."""
        if not self.snapshots:
            return None
        epochs = np.array([s.epoch for s in self.snapshots])
        return self.snapshots[int(np.argmin(np.abs(epochs - epoch)))]

    def curve(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        return np.asarray(self.epochs, dtype=float), np.asarray(self.curves[key], dtype=float)

    def nbytes(self) -> int:
        """Approximate memory held by the snapshots and curves, in bytes."""
        total = 8 * (len(self.epochs) * (1 + len(CURVE_KEYS)))
        total += 400 * len(self.rows)  # a small dict of numbers and a short string each
        return total + self.snapshots_nbytes()

    def snapshots_nbytes(self) -> int:
        """Approximate memory held by the snapshots (whole reports), in bytes."""
        total = 0
        for s in self.snapshots:
            total += s.metrics.histogram.nbytes + s.d_view.nbytes + s.sample_outputs.nbytes
            total += s.samples.nbytes + s.samples_decisive.nbytes + 300
            for layer in (*getattr(s, "g_layers", ()), *getattr(s, "d_layers", ())):
                total += 100 + (layer.weights.nbytes if layer.weights is not None else 0)
        return total

    @property
    def unsaved(self) -> bool:
        """Trained epochs whose generator was never saved as it is now."""
        return bool(self.epochs) and self.saved_epoch != self.epochs[-1]

    def mark_saved(self, path: str, epoch: int) -> None:
        self.saved_path, self.saved_epoch = path, epoch

    def seal_predictions(self, predictions: dict[str, str]) -> None:
        """Record a lab's predictions with the run, before its first epoch (once: a run's
        predictions never change afterwards, whatever path shows or reopens it)."""
        if self.sealed is None and not self.epochs:
            self.sealed = dict(predictions)

    def answer_late(self, question: str, text: str, epoch: int) -> None:
        """A prediction typed after the run began (kept with its epoch, never as sealed): only
        for one the run sealed empty, or a run that began without the lab's predictions."""
        if self.sealed is not None and self.sealed.get(question):
            return
        if text:
            self.late[question] = (text, epoch)
        else:
            self.late.pop(question, None)

    def seal(self, make_result: Callable[[], RunResult]) -> None:
        """Detach from the trainer: keep its generator as a copy (once)."""
        if self.result is None:
            self.result = make_result()


def kept_points(epochs: list[int], stride: int) -> tuple[list[int], int]:
    """Which of a run's points to keep once they pass ``MAX_POINTS`` (a history's, the run
    doctor's): the newest ``MAX_POINTS // 4`` each one, and of the older ones those
    ``stride`` epochs apart from the first, the stride doubled until they are at most
    ``MAX_POINTS // 4``. Returns (their indices, in order; the stride). Older points are thinned
    on the epoch axis, so the kept ones stay evenly spread however often this runs, and the
    total falls to half the cap: the next thinning is ``MAX_POINTS // 2`` reports away."""
    n = len(epochs)
    quarter = max(1, MAX_POINTS // 4)
    split = max(0, n - quarter)
    first = epochs[0] if epochs else 0
    stride = max(1, int(stride))
    while True:
        older = [i for i in range(split) if (epochs[i] - first) % stride == 0]
        if len(older) <= quarter:
            return older + list(range(split, n)), stride
        stride *= 2


def _row(report: Any) -> dict[str, Any]:
    m = report.metrics
    return {
        "epoch": report.epoch,
        "d_loss": report.d_loss,
        "g_loss": report.g_loss,
        **m.summary(),
        "samples_shown": " ".join(numbers_text(report.samples, report.samples_decisive)),
        "epochs_per_second": report.epochs_per_second,
        "elapsed": report.elapsed,
    }


def format_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    exp = min(int(math.log(n, 1024)), 3)
    return f"{n / 1024**exp:.1f} {('B', 'KB', 'MB', 'GB')[exp]}"


def metrics_csv(rows: list[dict[str, Any]]) -> str:
    """Rows of :attr:`RunHistory.rows` as CSV text (one line per report), through the app's
    one CSV writer (rows that differ in their keys are fine)."""
    from core.files.csv_text import csv_dicts

    return csv_dicts(rows)


# short words for a knob's value, where it differs from the run's preset (Runs tab, dialogs)
_KNOB_WORDS: dict[str, Callable[[Any], str]] = {
    "generator": lambda v: f"{v} head",
    "latent": lambda v: f"latent {v}",
    "g_hidden": lambda v: "G " + (",".join(map(str, v)) or "no hidden layer"),
    "d_hidden": lambda v: "D " + (",".join(map(str, v)) or "no hidden layer"),
    "activation": str,
    "pack": lambda v: f"pack {v}",
    "tau": lambda v: f"tau {v:g}",
    "batch": lambda v: f"batch {v}",
    "lr_d": lambda v: f"lr D {v:g}",
    "lr_g": lambda v: f"lr G {v:g}",
    "loss": str,
    "optimizer": str,
    "beta1": lambda v: f"beta1 {v:g}",
    "momentum": lambda v: f"momentum {v:g}",
    "d_steps": lambda v: f"k {v}",
    "noise": lambda v: f"{v} noise",
    "schedule": lambda v: f"{v} schedule",
    "ema": lambda v: f"EMA {v:g}" if v else "no EMA",
    "book_steps": lambda v: "D real/fake apart" if v else "D real+fake together",
    "sampling": lambda v: f"{v} batches",
}


def setup_words(config: TrainConfig, most: int = 4) -> str:
    """The preset, and the knobs whose values differ from it (``default + lsgan, k 2``)."""
    from core.engine.presets import PRESETS

    preset = PRESETS.get(config.preset)
    if preset is None:
        return config.preset
    changed = [
        _KNOB_WORDS[k](getattr(config, k))
        for k in _KNOB_WORDS
        if k in preset.settings and getattr(config, k) != preset.settings[k]
    ]
    if not changed:
        return config.preset
    more = f", +{len(changed) - most} more" if len(changed) > most else ""
    return f"{config.preset} + {', '.join(changed[:most])}{more}"


def elide(text: str, most: int) -> str:
    """``text`` cut to ``most`` characters with an ellipsis (a long drawn target's weights)."""
    return text if len(text) <= most else text[: most - 1] + "\u2026"
