"""Sessions and results are read within what their own set-up implies: arrays of the shapes a
run's range and codec give, at most as many snapshots as a run keeps, a result's single run
counted before any run is read. Each crafted file is refused in one line, small and fast."""

from __future__ import annotations

import io
import json
import resource
import time
import zipfile

import numpy as np
import pytest

from core.app.session import Session
from core.engine.presets import make_config
from core.engine.reports import Report
from core.files.result_file import load_result
from core.files.session_file import SessionFileError, load_session, save_session

MAX_GROWTH_MB = 200


def a_session(tmp_path, runs: int = 1):
    s = Session(ready=True)
    for seed in range(runs):
        config = make_config("book", epochs=20, report_every=10, eval_samples=200, seed=seed)
        s.begin_run(config)
        for event in s.driver.train_to_end():
            if isinstance(event, Report):
                s.add_report(event)
    s.close()  # the last run's thread ends; its generator is kept (sealed)
    path = tmp_path / "s.pgsession"
    save_session(path, s.runs, {})
    return path


def members_of(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members.items():
            z.writestr(n, data)


def npz_with(original: bytes, key: str, shape: tuple[int, ...]) -> bytes:
    """The run's arrays with ``key`` replaced by a header declaring ``shape`` (and no data:
    a reader that believed it would allocate for the shape first)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == f"{key}.npy":
                head = io.BytesIO()
                d = {"descr": "<f8", "fortran_order": False, "shape": shape}
                np.lib.format.write_array_header_1_0(head, d)
                data = head.getvalue() + b"\0" * 64
            w.writestr(info.filename, data)
    return out.getvalue()


def refused(path, match, loader=load_session):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.process_time()  # CPU time: a loaded machine cannot stretch it
    with pytest.raises(SessionFileError, match=match) as failure:
        loader(path)
    assert time.process_time() - started < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss < MAX_GROWTH_MB
    assert "\n" not in str(failure.value)


@pytest.mark.parametrize(
    "key,shape,words",
    [
        ("d_view", (2, 10**8), "d_view has the shape"),  # D's view of a range of 10**8
        ("histogram", (2, 5_000), "histogram has the shape"),
        ("outputs", (2, 10, 10**6), "outputs has the shape"),
        ("epoch", (4000,), "more snapshots than a run keeps"),
        ("samples", (2, 10**7), "samples has the shape"),
    ],
)
def test_arrays_longer_than_the_run_implies_are_refused_before_reading(tmp_path, key, shape, words):
    path = a_session(tmp_path)
    members = members_of(path)
    members["runs/1/snapshots.npz"] = npz_with(members["runs/1/snapshots.npz"], key, shape)
    write(path, members)
    refused(path, words)


def test_a_result_with_many_runs_is_refused_before_any_run_is_read(tmp_path):
    path = a_session(tmp_path, runs=3)
    members = members_of(path)
    members["result.json"] = json.dumps({"format": "patterngan-result", "version": 1}).encode()
    result = tmp_path / "r.pgresult"
    write(result, members)
    refused(result, "it holds 3 runs; at most 1 expected", load_result)


def test_curves_of_another_length_than_the_epochs_are_refused(tmp_path):
    path = a_session(tmp_path)
    members = members_of(path)
    meta = json.loads(members["session.json"])
    meta["runs"][0]["curves"]["tv"] = [0.1] * 100_000
    members["session.json"] = json.dumps(meta).encode()
    write(path, members)
    refused(path, "curves have different lengths")


def test_a_genuine_session_still_opens(tmp_path):
    runs = load_session(a_session(tmp_path, runs=2))
    assert [len(r.snapshots) for r in runs] == [2, 2] and runs[1].snapshots[-1].d_view.size == 100


def test_a_stopped_read_stops_between_runs(tmp_path):
    from core.files.session_file import ReadCancelled, load_session_file

    path = a_session(tmp_path, runs=3)
    asked = []
    with pytest.raises(ReadCancelled, match="cancelled"):
        load_session_file(path, stop=lambda: asked.append(1) or len(asked) > 1)
    assert len(asked) == 2  # the first run read, then stopped before the second


def test_results_are_read_off_the_gui_thread(window, tmp_path, monkeypatch, dialogs):
    import threading

    import core.files.result_file as result_file

    threads = []
    original = result_file.load_result

    def spy(path):
        threads.append(threading.current_thread().name)
        return original(path)

    monkeypatch.setattr(result_file, "load_result", spy)
    (tmp_path / "a.pgresult").write_bytes(b"not a result")
    assert window.classroom.open_results([str(tmp_path / "a.pgresult")]) == 0
    assert threads == ["patterngan-background"]
    assert dialogs and "not a PatternGAN" in dialogs[-1][1]  # the bad file, named
