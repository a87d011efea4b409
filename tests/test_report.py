"""The hand-in report: `patterngan report RESULT --out X.pdf` and File > Export report...
write a PDF with Qt's printing; what it says comes from the judge, escaped."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from core.files.result_file import load_result
from core.teaching.judge import judge
from tests.gui_helpers import train_to_end
from tests.test_cli import run
from tests.test_sealed_predictions import LAB, open_lab


def test_the_cli_writes_a_pdf_and_the_report_says_when_answers_were_written(tmp_path):
    from patterngan_gui.report import report_html, setup_hash

    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    result = tmp_path / "r.pgresult"
    code, _, err = run(
        "lab", "run", str(lab), "--name", "<img src='file:///etc/passwd'>",
        "--answer", "1=about 40%", "--answer", "2=ties", "--out", str(result),
    )  # fmt: skip
    assert code == 0, err
    out = tmp_path / "report.pdf"
    code, text, err = run("report", str(result), "--lab", str(lab), "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF") and "verified" in text
    judged = judge(load_result(result))
    page = report_html(judged)
    assert "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in page and "<img src='file" not in page
    assert "about 40%" in page and "sealed before the run&#x27;s first epoch" in page
    assert setup_hash(judged.result.run.config) in page and "seed" in page
    assert "2.13" in page or "torch" in page


def test_a_forged_results_report_says_not_verified_and_an_answer_after_the_run(tmp_path):
    from patterngan_gui.report import report_html

    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    result = tmp_path / "r.pgresult"
    assert run("lab", "run", str(lab), "--name", "B", "--out", str(result))[0] == 0
    with zipfile.ZipFile(result) as z:
        files = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(files["result.json"])
    meta["final"]["strict_validity"] = 0.999
    meta["answers"][0].update(answer="62%", sealed=False, epoch=180)
    files["result.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(tmp_path / "f.pgresult", "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    page = report_html(judge(load_result(tmp_path / "f.pgresult")))
    assert "<b>not verified</b>" in page and "final strict validity of 0.999" in page
    assert "typed after the run began, at epoch 180" in page


def test_file_export_report_writes_the_current_runs_pdf(window, qtbot, tmp_path, monkeypatch):
    open_lab(window, tmp_path)
    train_to_end(qtbot, window)
    target = tmp_path / "mine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window.dialogs, "ask_student_name", lambda current: "Ada")
    assert window.action("export_report").isEnabled()
    window.action("export_report").trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in Path(tmp_path).iterdir() if p.suffix == ".pgresult") == []
