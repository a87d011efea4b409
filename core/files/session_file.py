"""Session files: every run of a window (set-up, curves, timeline, generator) in one file, so a
class can continue next lesson.

A session file is a zip archive, written atomically:

- ``session.json``: format name and version, app version, and per run its number, set-up,
  curves, CSV rows and save state (plain JSON);
- ``runs/N/snapshots.npz``: the run's timeline (its kept reports) as numeric arrays;
- ``runs/N/num_gen.pt``: the run's generator, a normal generator file.

Opening runs nothing from the file: JSON is parsed with depth and size limits, the arrays are
read with ``allow_pickle=False`` after their headers were checked (numeric dtypes, bounded
sizes), and each generator is opened like any generator file (``open_generator_bytes``).
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from collections.abc import Callable
from typing import Any

import numpy as np

from core import __version__
from core.engine.config import TrainConfig
from core.engine.metrics import Metrics
from core.engine.reports import Report
from core.engine.words import QT_TRANSLATE_NOOP, Said, said_of
from core.files.atomic import write_atomic
from core.files.errors import GeneratorFileError
from core.files.reading import UnreadableFile, read_regular_file
from core.teaching.history import CURVE_KEYS, RunHistory, RunResult
from core.teaching.sweep_record import SweepRecord

FORMAT = "patterngan-session"
VERSION = 1
MAX_SESSION_BYTES = 256 * 1024 * 1024
MAX_RUNS = 200
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_ARRAY_ELEMENTS = 20_000_000  # all runs' timeline arrays together (160 MB of float64)
MAX_REPORTS = 2_000_000  # curve points of one run (a 10,000,000-epoch run, a report each 5)
MAX_JSON_CONTAINERS = 8_000_000  # tables and lists in session.json ("{" and "[" counted)
METRIC_FIELDS = ("samples", "strict_validity", "book_validity", "undecided", "tv", "js_bits")
METRIC_INTS = ("modes_covered", "support_size")


class SessionFileError(GeneratorFileError):
    """A session file that cannot be read or written; one line naming the file and cause."""


class ReadCancelled(SessionFileError):
    """The read was stopped on request (a cancelled wait in the window)."""


# -- writing ----------------------------------------------------------------------------------
def session_bytes(
    runs: list[RunHistory], generators: dict[int, bytes], sweeps: list[SweepRecord] = ()
) -> bytes:
    """The archive for ``runs`` (and the Runs tab's ``sweeps``); ``generators`` maps a run's
    number to its generator file's bytes (runs without one are saved without)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for h in runs:
            z.writestr(f"runs/{h.number}/snapshots.npz", _snapshot_arrays(h.snapshots))
            if h.number in generators:
                z.writestr(f"runs/{h.number}/num_gen.pt", generators[h.number])
        z.writestr("session.json", _session_json(runs, generators, sweeps))
    return buffer.getvalue()


def _session_json(
    runs: list[RunHistory], generators: dict[int, bytes], sweeps: list[SweepRecord]
) -> bytes:
    """session.json, within what its reader takes: a history too long for MAX_JSON_BYTES (a
    run at report interval 1 for 160,000 epochs wrote 73.6 MB) or MAX_REPORTS is saved with
    every k-th report (k doubling until it fits; the last report and every kept snapshot's
    are always kept), so what the app writes it can read again."""
    stride = 1
    most = max((len(h.epochs) for h in runs), default=0)
    budget = MAX_JSON_BYTES - MAX_JSON_BYTES // 64  # what the writer aims at: room to spare
    while True:
        meta = {
            "format": FORMAT,
            "version": VERSION,
            "patterngan": __version__,
            "runs": [_run_entry(h, h.number in generators, stride) for h in runs],
            "sweeps": [_sweep_entry(record) for record in sweeps],
        }
        data = json.dumps(meta, allow_nan=True).encode("utf-8")
        fits = len(data) <= budget and -(-most // stride) <= MAX_REPORTS
        if fits or stride >= most:
            return data
        stride *= 2


def _run_entry(h: RunHistory, generator: bool, stride: int) -> dict[str, Any]:
    n = len(h.epochs)
    if stride > 1:
        snapshot_epochs = {s.epoch for s in h.snapshots}
        keep = [
            i for i in range(n) if i % stride == 0 or i == n - 1 or h.epochs[i] in snapshot_epochs
        ]
    else:
        keep = range(n)

    def pick(values: list[Any]) -> list[Any]:
        return values if stride == 1 else [values[i] for i in keep if i < len(values)]

    return {
        "number": h.number,
        "config": h.config.to_dict(),
        "epochs": pick(h.epochs),
        "curves": {k: pick(v) for k, v in h.curves.items()},
        "rows": h.rows if stride == 1 else pick(h.rows),
        "best_modes": h.best_modes,
        "saved_path": h.saved_path,
        "saved_epoch": h.saved_epoch,
        "changes": h.changes,
        "generator": generator,
        "sealed": h.sealed,
        "late": [[q, a, e] for q, (a, e) in h.late.items()],
    }


def save_session(
    path: str | os.PathLike[str],
    runs: list[RunHistory],
    generators: dict,
    sweeps: list[SweepRecord] = (),
) -> None:
    write_atomic(path, session_bytes(runs, generators, sweeps))


SWEEP_FIELDS = (*METRIC_FIELDS, *METRIC_INTS)


def _sweep_entry(record: SweepRecord) -> dict[str, Any]:
    """A sweep as JSON: every report's per-seed metrics, and the seeds' last distributions
    (what the Runs tab draws; earlier reports' distributions are not kept)."""
    last = record.last
    return {
        "number": record.number,
        "config": record.config.to_dict(),
        "reports": [
            {
                "epoch": r.epoch,
                "epochs": r.epochs,
                "seeds": list(r.seeds),
                "elapsed": r.elapsed,
                "done": r.done,
                "metrics": {f: [getattr(m, f) for m in r.metrics] for f in SWEEP_FIELDS},
            }
            for r in record.reports
        ],
        "histograms": [m.histogram.tolist() for m in last.metrics] if last is not None else [],
    }


def _snapshot_arrays(snapshots: list[Report]) -> bytes:
    k = len(snapshots)
    if k:
        shown = max(len(r.samples) for r in snapshots)
        width = max(
            (r.sample_outputs.shape[1] for r in snapshots if r.sample_outputs.ndim == 2), default=1
        )
        R = snapshots[0].d_view.size
    else:
        shown, width, R = 0, 1, 0
    samples = np.zeros((k, shown), np.int64)
    decisive = np.zeros((k, shown), bool)
    outputs = np.zeros((k, shown, width), np.float32)
    count = np.zeros(k, np.int64)
    for i, r in enumerate(snapshots):
        n = len(r.samples)
        count[i] = n
        samples[i, :n], decisive[i, :n] = r.samples, r.samples_decisive
        if n:
            outputs[i, :n] = r.sample_outputs
    arrays = {
        "epoch": np.array([r.epoch for r in snapshots], np.int64),
        "epochs": np.array([r.epochs for r in snapshots], np.int64),
        "scalars": np.array(
            [[r.d_loss, r.g_loss, r.elapsed, r.epochs_per_second] for r in snapshots], np.float64
        ).reshape(k, 4),
        "flags": np.array([[r.done, r.stopped] for r in snapshots], bool).reshape(k, 2),
        "count": count,
        "samples": samples,
        "decisive": decisive,
        "outputs": outputs,
        "d_view": np.array([r.d_view for r in snapshots], np.float64).reshape(k, R),
        "histogram": np.array([r.metrics.histogram for r in snapshots], np.float64).reshape(
            k, R + 1 if k else 0
        ),
        "metrics": np.array(
            [[getattr(r.metrics, f) for f in METRIC_FIELDS] for r in snapshots], np.float64
        ).reshape(k, len(METRIC_FIELDS)),
        "metric_ints": np.array(
            [[getattr(r.metrics, f) for f in METRIC_INTS] for r in snapshots], np.int64
        ).reshape(k, len(METRIC_INTS)),
    }
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


# -- reading ----------------------------------------------------------------------------------
def load_session(path: str | os.PathLike[str], max_runs: int = MAX_RUNS) -> list[RunHistory]:
    """The runs of a session file, each with its curves, timeline and generator. A file with
    more than ``max_runs`` runs is refused before any run is read (a lab result holds one)."""
    return load_session_file(path, max_runs)[0]


def load_session_file(
    path: str | os.PathLike[str],
    max_runs: int = MAX_RUNS,
    stop: Callable[[], bool] | None = None,
) -> tuple[list[RunHistory], list[SweepRecord]]:
    """The runs and the sweeps of a session file (see ``load_session``); ``stop()`` is asked
    between runs (a cancelled wait in the window), and a stopped read raises Cancelled."""
    name = str(path)
    try:
        blob = read_regular_file(path, MAX_SESSION_BYTES)
    except UnreadableFile as exc:
        raise SessionFileError(name, said_of(exc) or str(exc)) from None
    try:
        return _load(name, blob, max_runs, stop or (lambda: False))
    except SessionFileError:
        raise
    except GeneratorFileError as exc:  # a run's generator
        problem = said_of(exc) or exc.problem
        said = Said("Errors", QT_TRANSLATE_NOOP("Errors", "a run's generator: {0}"), (problem,))
        raise SessionFileError(name, said) from None
    except (zipfile.BadZipFile, EOFError, KeyError, OSError):
        raise SessionFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "it is not a PatternGAN session (a damaged zip)"),
            ),
        ) from None
    except (ValueError, TypeError, RecursionError, MemoryError, OverflowError) as exc:
        said = QT_TRANSLATE_NOOP("Errors", "its contents are malformed ({0})")
        raise SessionFileError(name, Said("Errors", said, (type(exc).__name__,))) from None
    except Exception as exc:  # noqa: BLE001 - e.g. UnpicklingError: still one line, this file's
        said = QT_TRANSLATE_NOOP("Errors", "it could not be read ({0})")
        raise SessionFileError(name, Said("Errors", said, (type(exc).__name__,))) from None


def _load(
    name: str, blob: bytes, max_runs: int, stop: Callable[[], bool]
) -> tuple[list[RunHistory], list[SweepRecord]]:
    from core.files.generator_read import open_generator_bytes

    z = zipfile.ZipFile(io.BytesIO(blob))
    names = z.namelist()
    if len(names) != len(set(names)) or len(names) > 3 * MAX_RUNS + 1:
        raise SessionFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "its archive has duplicate or too many members"),
            ),
        )
    if any(info.flag_bits & 0x1 for info in z.infolist()):
        raise SessionFileError(
            name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "its archive has an encrypted member"))
        )
    if "session.json" not in names:
        raise SessionFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "it is not a PatternGAN session (no session.json)"),
            ),
        )
    raw = _member(name, z, "session.json", MAX_JSON_BYTES)
    # counted before parsing: 64 MiB of "{}," parses into 22 million dicts (1.5 GB); what the
    # app writes holds one table per report and a few lists per run or sweep report
    if raw.count(b"{") + raw.count(b"[") > MAX_JSON_CONTAINERS:
        raise SessionFileError(
            name,
            Said(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "session.json holds more tables and lists than a session"
                ),
            ),
        )
    meta = json.loads(raw.decode("utf-8"))
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise SessionFileError(
            name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "it is not a PatternGAN session"))
        )
    if not isinstance(meta.get("version"), int) or meta["version"] > VERSION:
        raise SessionFileError(
            name, f"it was saved in a newer session format ({meta.get('version')!r})"
        )
    listed = meta.get("runs")
    if not isinstance(listed, list) or len(listed) > MAX_RUNS:
        raise SessionFileError(
            name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "its list of runs is malformed"))
        )
    if len(listed) > max_runs:  # counted before any run is read
        said = QT_TRANSLATE_NOOP("Errors", "it holds {0} runs; at most {1} expected")
        raise SessionFileError(name, Said("Errors", said, (len(listed), max_runs)))
    runs, budget = [], MAX_ARRAY_ELEMENTS
    for entry in listed:
        if stop():
            raise ReadCancelled(name, "reading was cancelled")
        if not isinstance(entry, dict) or not isinstance(entry.get("number"), int):
            raise SessionFileError(
                name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "a run's entry is malformed"))
            )
        number = entry["number"]
        config = TrainConfig.from_dict(entry["config"])
        _pattern, codec = config.validate()
        h = RunHistory(number, config)
        epochs, curves = entry["epochs"], entry["curves"]
        if not isinstance(epochs, list) or len(epochs) > MAX_REPORTS:
            raise SessionFileError(name, f"run #{number} has more reports than a run can have")
        h.epochs = [int(e) for e in epochs]
        if any(
            not isinstance(curves[k], list) or len(curves[k]) != len(epochs) for k in CURVE_KEYS
        ):
            raise SessionFileError(name, f"run #{number}'s curves have different lengths")
        h.curves = {k: [float(v) for v in curves[k]] for k in CURVE_KEYS}
        if not isinstance(entry["rows"], list) or len(entry["rows"]) > len(epochs):
            raise SessionFileError(name, f"run #{number} has more rows than reports")
        h.rows = [_plain_row(r) for r in entry["rows"]]
        h.best_modes = float(entry.get("best_modes", 0.0))
        h.saved_path = entry.get("saved_path") if isinstance(entry.get("saved_path"), str) else None
        saved_epoch = entry.get("saved_epoch")
        h.saved_epoch = saved_epoch if isinstance(saved_epoch, int) else None
        h.changes = _changes(entry.get("changes", []))
        h.sealed, h.late = _predictions(entry.get("sealed"), entry.get("late", []))
        shapes = _snapshot_shapes(h.max_snapshots, codec.R, codec.width)
        arrays, used = _read_npz(name, z, f"runs/{number}/snapshots.npz", shapes, budget)
        budget -= used
        h.snapshots = _reports(arrays)
        h._seen = len(h.epochs)
        index = {e: i for i, e in enumerate(h.epochs)}  # a dict: never snapshots x epochs
        h._kept = [index.get(r.epoch, 0) for r in h.snapshots]
        if entry.get("generator"):
            gen = open_generator_bytes(
                f"run #{number}", _member(name, z, f"runs/{number}/num_gen.pt", 64 * 2**20)
            )
            h.result = RunResult(gen.module, gen.metadata)
        runs.append(h)
    sweeps = _sweeps(name, meta.get("sweeps", []), budget)
    return runs, sweeps


def _sweeps(name: str, listed: Any, budget: int) -> list[SweepRecord]:
    """The sweeps of a session (none in files written before sweeps were kept), read within
    what each sweep's set-up implies: at most MAX_SEEDS seeds, one distribution of R + 1
    outcomes per seed, every report's seeds the same."""
    from core.engine.sweep import MAX_SEEDS, SweepReport

    if not isinstance(listed, list) or len(listed) > MAX_RUNS:
        raise SessionFileError(
            name, Said("Errors", QT_TRANSLATE_NOOP("Errors", "its list of sweeps is malformed"))
        )
    out = []
    for entry in listed:
        config = TrainConfig.from_dict(entry["config"])
        _pattern, codec = config.validate()
        reports, histograms = entry["reports"], entry["histograms"]
        if not isinstance(reports, list) or len(reports) > MAX_REPORTS:
            raise SessionFileError(
                name,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "a sweep has more reports than a sweep can have"),
                ),
            )
        if not isinstance(histograms, list) or len(histograms) > MAX_SEEDS:
            raise SessionFileError(
                name,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "a sweep has more seeds than a sweep can have"),
                ),
            )
        budget -= len(histograms) * (codec.R + 1) + len(reports) * MAX_SEEDS * len(SWEEP_FIELDS)
        if budget < 0:
            raise SessionFileError(
                name,
                Said("Errors", QT_TRANSLATE_NOOP("Errors", "more data than a session could hold")),
            )
        hists = [np.array([float(v) for v in h], np.float64) for h in histograms]
        if any(h.shape != (codec.R + 1,) for h in hists):
            raise SessionFileError(
                name,
                Said(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "a sweep's distributions do not match its range"),
                ),
            )
        none = np.zeros(codec.R + 1)  # earlier reports' distributions are not kept
        parsed = []
        for i, r in enumerate(reports):
            seeds = tuple(int(v) for v in r["seeds"])
            values = {f: r["metrics"][f] for f in SWEEP_FIELDS}
            if not 1 <= len(seeds) <= MAX_SEEDS or any(
                len(v) != len(seeds) for v in values.values()
            ):
                raise SessionFileError(
                    name,
                    Said(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "a sweep's report does not match its seeds"),
                    ),
                )
            last = i == len(reports) - 1
            if last and len(hists) != len(seeds):
                raise SessionFileError(
                    name,
                    Said(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors", "a sweep's distributions do not match its seeds"
                        ),
                    ),
                )
            metrics = tuple(
                Metrics(
                    samples=int(values["samples"][k]),
                    **{f: float(values[f][k]) for f in METRIC_FIELDS[1:]},
                    **{f: int(values[f][k]) for f in METRIC_INTS},
                    histogram=hists[k] if last else none,
                )
                for k in range(len(seeds))
            )
            parsed.append(
                SweepReport(
                    int(r["epoch"]),
                    int(r["epochs"]),
                    seeds,
                    metrics,
                    float(r["elapsed"]),
                    bool(r["done"]),
                )
            )
        out.append(SweepRecord(int(entry["number"]), config, parsed))
    return out


def _member(name: str, z: zipfile.ZipFile, member: str, limit: int) -> bytes:
    """A member's bytes, read within ``limit`` (a header may lie about the size); over it,
    one line naming the member."""
    with z.open(member) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise SessionFileError(name, f"{member} is larger than a session holds ({limit:,} bytes)")
    return data


def _changes(value: Any) -> list[dict[str, float | int]]:
    """Settings changed during a run: a list of {"epoch": e, "lr_d": x, ...} (numbers only)."""
    known = {"epoch", "lr_d", "lr_g", "d_steps"}
    if not isinstance(value, list) or not all(
        isinstance(c, dict)
        and set(c) <= known
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c.values())
        for c in value
    ):
        raise ValueError("a run's changes are not a list of numbers by name")
    return [dict(c) for c in value]


# the columns of a run's rows that the app writes as numbers (RunHistory's rows): a file's
# text there ("strict_validity": "abc") is refused here, never handed to a plot
NUMBER_COLUMNS = frozenset(
    ("epoch", "d_loss", "g_loss", "epochs_per_second", "elapsed", *METRIC_FIELDS, *METRIC_INTS)
)
MAX_ANSWERS = 20  # a lab asks at most 20 questions (core.teaching.challenges.MAX_QUESTIONS)
MAX_ANSWER_CHARS = 2000


def _predictions(
    sealed: Any, late: Any
) -> tuple[dict[str, str] | None, dict[str, tuple[str, int]]]:
    """A run's sealed predictions (question -> answer, or None) and those typed after it
    began (question -> (answer, epoch)): at most MAX_ANSWERS of each, short texts."""

    def text(value: Any) -> str:
        if not isinstance(value, str) or len(value) > MAX_ANSWER_CHARS:
            raise ValueError("a prediction is not a short text")
        return value

    if sealed is not None and (not isinstance(sealed, dict) or len(sealed) > MAX_ANSWERS):
        raise ValueError("a run's predictions are not a short table of texts")
    if not isinstance(late, list) or len(late) > MAX_ANSWERS:
        raise ValueError("a run's later answers are not a short list")
    kept = None if sealed is None else {text(q): text(a) for q, a in sealed.items()}
    typed = {}
    for item in late:
        if not isinstance(item, list) or len(item) != 3:
            raise ValueError("a later answer is not [question, answer, epoch]")
        q, a, epoch = item
        if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch < 0:
            raise ValueError("a later answer's epoch is not an epoch")
        typed[text(q)] = (text(a), epoch)
    return kept, typed


def _plain_row(row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ValueError("a CSV row is not a table")
    out = {}
    for key, value in row.items():
        if not isinstance(key, str) or not isinstance(value, (int, float, str)):
            raise ValueError("a CSV row holds something other than numbers and text")
        if key in NUMBER_COLUMNS and (isinstance(value, (str, bool))):
            raise ValueError(f"a CSV row's {key[:40]} is not a number")
        out[key] = value[:1000] if isinstance(value, str) else value
    return out


def _snapshot_shapes(most: int, R: int, width: int) -> dict[str, tuple[int | None, ...]]:
    """Each timeline array's shape as the run's own set-up implies it (None: the snapshot
    count k, the same for all, at most ``most``)."""
    from core.engine.reports import SAMPLES_SHOWN

    k = None
    return {
        "epoch": (k,),
        "epochs": (k,),
        "scalars": (k, 4),
        "flags": (k, 2),
        "count": (k,),
        # the samples shown: at most SAMPLES_SHOWN (a smaller batch shows fewer), -n below
        "samples": (k, -SAMPLES_SHOWN),
        "decisive": (k, -SAMPLES_SHOWN),
        "outputs": (k, -SAMPLES_SHOWN, -width),
        "d_view": (k, R),
        "histogram": (k, R + 1),
        "metrics": (k, len(METRIC_FIELDS)),
        "metric_ints": (k, len(METRIC_INTS)),
        "_most": (most,),
    }


def _read_npz(
    name: str,
    z: zipfile.ZipFile,
    member: str,
    shapes: dict[str, tuple[int | None, ...]],
    budget: int,
) -> tuple[dict[str, np.ndarray], int]:
    """The arrays of an .npz member and how many elements they hold. Every header is checked
    before anything is loaded: numbers only, exactly the arrays and shapes the run's set-up
    implies (a D's view as long as its range, at most as many snapshots as a run keeps), and
    within ``budget`` elements."""
    # numbers of at most 8 bytes (what the app writes): the member holds at most ``budget``
    # of them plus headers, so a few KB that inflate to 256 MiB are refused as they inflate
    raw = _member(name, z, member, min(MAX_SESSION_BYTES, budget * 8 + (1 << 20)))
    inner = zipfile.ZipFile(io.BytesIO(raw))
    most = shapes["_most"][0]
    expected = {k: v for k, v in shapes.items() if k != "_most"}
    found: dict[str, tuple[int, ...]] = {}
    for info in inner.infolist():
        key = info.filename.removesuffix(".npy")
        if key not in expected or key in found:
            raise SessionFileError(name, f"{member}: an unexpected array {key[:40]!r}")
        with inner.open(info) as fh:
            fmt = np.lib.format
            version = fmt.read_magic(fh)
            header = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
            shape, _fortran, dtype = header(fh)
        if dtype.kind not in "biuf" or dtype.hasobject or dtype.itemsize > 8:
            raise SessionFileError(name, f"{member}: an array of {dtype} (only numbers are read)")
        found[key] = tuple(shape)
    if set(found) != set(expected):
        raise SessionFileError(name, f"{member}: arrays are missing")
    k = found["epoch"][0] if len(found["epoch"]) == 1 else -1
    if not 0 <= k <= most:
        raise SessionFileError(name, f"{member}: more snapshots than a run keeps ({most})")
    total = 0
    for key, want in expected.items():
        got = found[key]
        # None: the snapshot count; -n: at most n; n: exactly n (nothing to hold when k = 0)
        fits = len(got) == len(want) and all(
            g == k if w is None else (0 <= g <= -w if w < 0 else g == w or k == 0)
            for g, w in zip(got, want)
        )
        if not fits:  # a shape the set-up does not imply: e.g. a D's view longer than R
            raise SessionFileError(name, f"{member}: {key} has the shape {got}")
        total += math.prod(got)
    if total > budget:
        raise SessionFileError(name, f"{member}: more data than a session could hold")
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return {k: data[k] for k in data.files}, total


def _reports(a: dict[str, np.ndarray]) -> list[Report]:
    k = len(a["epoch"])
    reports = []
    for i in range(k):
        n = int(a["count"][i])
        metrics = Metrics(
            samples=int(a["metrics"][i][0]),
            **{f: float(v) for f, v in zip(METRIC_FIELDS[1:], a["metrics"][i][1:])},
            **{f: int(v) for f, v in zip(METRIC_INTS, a["metric_ints"][i])},
            histogram=a["histogram"][i].copy(),
        )
        d_loss, g_loss, elapsed, eps = (float(v) for v in a["scalars"][i])
        reports.append(
            Report(
                epoch=int(a["epoch"][i]),
                epochs=int(a["epochs"][i]),
                d_loss=d_loss,
                g_loss=g_loss,
                samples=a["samples"][i, :n].copy(),
                samples_decisive=a["decisive"][i, :n].copy(),
                sample_outputs=a["outputs"][i, :n].copy(),
                metrics=metrics,
                d_view=a["d_view"][i].copy(),
                elapsed=elapsed,
                epochs_per_second=eps,
                done=bool(a["flags"][i][0]),
                stopped=bool(a["flags"][i][1]),
            )
        )
    return reports
