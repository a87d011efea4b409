"""Issue 34: what the app writes, it can read. A long run at report interval 1 is saved with a
compacted history that its reader takes; a lab result with a long answer or a lab of non-ASCII
text is read back by ``load_result``."""

from __future__ import annotations

import pytest

from core.engine.presets import make_config
from core.files import session_file
from core.files.result_file import MAX_RESULT_JSON, load_result
from core.files.session_file import load_session_file, save_session
from core.teaching.history import CURVE_KEYS, RunHistory
from tests.test_class_results import LAB
from tests.test_cli import run

ACCENTS = "\u00e9" * 120_000  # 240 KB of UTF-8 in the lab, 720 KB as \\u escapes


def long_history(reports: int) -> RunHistory:
    """A run's history at report interval 1 (its rows as RunHistory writes them)."""
    h = RunHistory(1, make_config("book", epochs=reports, report_every=1))
    h.epochs = list(range(1, reports + 1))
    h.curves = {k: [0.5] * reports for k in CURVE_KEYS}
    row = {"epoch": 0, "d_loss": 0.69, "g_loss": 0.7, "strict_validity": 0.5, "tv": 0.3}
    row["samples_shown"] = " ".join(["45"] * 10)
    h.rows = [dict(row, epoch=e) for e in h.epochs]
    return h


def test_a_session_too_long_for_its_reader_is_saved_compacted(tmp_path, monkeypatch):
    monkeypatch.setattr(session_file, "MAX_JSON_BYTES", 400_000)  # 64 MiB, scaled down
    h = long_history(8_000)  # ~1.3 MB of session.json written whole
    path = tmp_path / "long.pgsession"
    save_session(path, [h], {})
    (back,), _ = load_session_file(path)  # what the app writes, it reads
    assert back.epochs[-1] == 8_000 and back.epochs[0] == 1
    assert len(back.epochs) < 8_000 and len(back.rows) == len(back.epochs)
    assert all(len(back.curves[k]) == len(back.epochs) for k in CURVE_KEYS)


def test_a_short_session_is_saved_whole(tmp_path):
    h = long_history(500)
    path = tmp_path / "short.pgsession"
    save_session(path, [h], {})
    (back,), _ = load_session_file(path)
    assert back.epochs == h.epochs and back.rows == h.rows


@pytest.mark.parametrize(
    "answer, lab",
    [
        ("x" * 1_500_000, LAB),  # a very long answer
        ("ok", LAB.replace("[setup]", 'instructions = """' + ACCENTS + '"""\n[setup]')),
    ],
    ids=["long answer", "non-ASCII lab"],
)
def test_a_lab_result_the_app_writes_is_one_it_reads(tmp_path, answer, lab):
    lab_path = tmp_path / "lab.toml"
    lab_path.write_text(lab, encoding="utf-8")
    out = tmp_path / "r.pgresult"
    code, _, err = run(
        "lab", "run", str(lab_path), "--name", "A", "--answer", f"2={answer}", "--out", str(out)
    )
    assert code == 0, err
    result = load_result(out)
    assert result.answers[1][1] == answer[:2000]
    assert MAX_RESULT_JSON > 0


def test_a_json_bomb_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    """A few KB of zip whose session.json is "{}," again and again: counted, never parsed."""
    import json
    import zipfile

    path = tmp_path / "bomb.pgsession"
    body = b'{"format": "patterngan-session", "version": 1, "runs": [' + b"{}," * 300_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("session.json", body + b"{}]}")
    assert path.stat().st_size < 10_000
    monkeypatch.setattr(session_file, "MAX_JSON_CONTAINERS", 100_000)

    def never(*a, **k):
        raise AssertionError("parsed")

    monkeypatch.setattr(json, "loads", never)
    with pytest.raises(session_file.SessionFileError, match="more tables and lists"):
        load_session_file(path)


def test_rows_beyond_the_reports_are_refused(tmp_path):
    import json
    import zipfile

    path = tmp_path / "s.pgsession"
    save_session(path, [long_history(3)], {})
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(members["session.json"])
    meta["runs"][0]["rows"] += [{}] * 1000
    members["session.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, d in members.items():
            z.writestr(n, d)
    with pytest.raises(session_file.SessionFileError, match="more rows than reports"):
        load_session_file(path)


def rewrite_member(path, member: str, data: bytes) -> None:
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members[member] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in members.items():
            z.writestr(n, d)


def test_a_member_that_inflates_past_what_its_run_implies_is_refused_as_it_inflates(
    tmp_path, monkeypatch
):
    path = tmp_path / "s.pgsession"
    save_session(path, [long_history(3)], {})
    rewrite_member(path, "runs/1/snapshots.npz", bytes(3 << 20))  # 3 MB of zeros: a few KB
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(session_file, "MAX_ARRAY_ELEMENTS", 1000)  # 20 M, scaled down
    with pytest.raises(session_file.SessionFileError, match="snapshots.npz is larger than"):
        load_session_file(path)


def test_a_session_json_over_its_limit_is_one_line_naming_it(tmp_path, monkeypatch):
    path = tmp_path / "s.pgsession"
    save_session(path, [long_history(3)], {})
    monkeypatch.setattr(session_file, "MAX_JSON_BYTES", 100)
    with pytest.raises(session_file.SessionFileError, match="session.json is larger than"):
        load_session_file(path)


def test_a_pasted_lone_surrogate_never_stops_a_result_being_written(tmp_path):
    from core.files.lab_file import dump_lab, load_lab
    from core.files.result_file import result_bytes

    lab_path = tmp_path / "lab.toml"
    lab_path.write_text(LAB)
    lab = load_lab(lab_path)
    data = result_bytes(
        dump_lab(lab), lab.title, [("q", "bad \ud800 half")], [], long_history(3), None
    )
    out = tmp_path / "r.pgresult"
    out.write_bytes(data)
    assert load_result(out).answers[0][1] == "bad ? half"
