"""The Class tab a teacher can read and trust at 900x600: judged with the lab the teacher has
open, six rows and name, goals, followed and strict validity without scrolling sideways,
overlapping points told apart, off-lab results marked, the prediction line following the
filter and reading yes/no answers as yes/no, and a rerun button."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import run

LAB = """format = 1
title = "Readable"
[setup]
preset = "book"
epochs = 100
report_every = 50
eval_samples = 500
[controls]
locked = ["pattern", "range", "preset", "epochs"]
[[goals]]
text = "strict validity 0.2"
metrics = { strict_validity = ">= 0.2" }
[[questions]]
text = "Will it be all multiples of five?"
before = true
"""


@pytest.fixture(scope="module")
def klass(tmp_path_factory) -> tuple[Path, Path]:
    """Seven students (three share seed 0: one point), one made with an edited lab."""
    root = tmp_path_factory.mktemp("klass")
    lab = root / "lab.toml"
    lab.write_text(LAB)
    folder = root / "results"
    folder.mkdir()
    answers = ["yes", "no, about 60%", "70%", "no", "yes", "0.5", "yes!"]
    for i, answer in enumerate(answers):
        seed = 0 if i < 3 else i
        code, _, err = run(
            "lab", "run", str(lab), "--name", f"Student number {i} with a long name",
            "--seed", str(seed), "--answer", f"1={answer}",
            "--out", str(folder / f"a-long-file-name-for-student-{i}.pgresult"),
        )  # fmt: skip
        assert code == 0, err
    (root / "mine.toml").write_text(LAB.replace('"preset", "epochs"]', '"preset"]'))
    mine = LAB.replace('"preset", "epochs"]', '"preset"]').replace("epochs = 100", "epochs = 50")
    (root / "mine.toml").write_text(mine)
    code, _, err = run(
        "lab", "run", str(root / "mine.toml"), "--name", "Off", "--answer", "1=yes",
        "--out", str(folder / "off.pgresult"),
    )  # fmt: skip
    assert code == 0, err
    return lab, folder


def test_the_class_tab_is_judged_by_the_open_lab_and_readable_at_900x600(window, qtbot, klass):
    from core.teaching.class_results import RESULT_COLUMNS

    lab, folder = klass
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.labs.open_lab(str(lab))  # the teacher's lab, open: the judge
    assert window.classroom.open_class_folder(str(folder))
    view = window.class_view
    qtbot.wait(10)  # one pass of the event loop: the layout at this size
    assert "judged against the lab <b>Readable</b>" in view.summary.text()
    table = view.table
    viewport = table.viewport().rect()
    name = RESULT_COLUMNS.index("name")
    shown = [
        r
        for r in range(table.rowCount())
        if viewport.contains(table.visualRect(table.model().index(r, name)))
    ]
    assert len(shown) >= 6, f"{len(shown)} rows fully visible at 900x600"
    header = table.horizontalHeader()
    for name in ("name", "goals met", "followed the lab", "strict validity"):
        c = RESULT_COLUMNS.index(name)
        right = header.sectionViewportPosition(c) + header.sectionSize(c)
        assert 0 <= header.sectionViewportPosition(c) and right <= viewport.width(), name
    rows = {r[1]: r for r in view.shown_rows()}
    off = rows["Off"]
    assert off[RESULT_COLUMNS.index("followed the lab")] == "no: another lab"
    # overlapping points: the three seed-0 students are three points, apart
    view.setting.setCurrentIndex(view.setting.findData("seed"))
    spots = view.spread.points()
    by_y: dict[float, list[float]] = {}
    for p in spots:
        by_y.setdefault(round(p.pos().y(), 3), []).append(p.pos().x())
    shared = max(by_y.values(), key=len)  # the three seed-0 students of the lab
    assert len(shared) == 3 and len(set(shared)) == 3
    assert max(view.spread_counts.values()) == 3
    # the off-lab result is drawn unlike the others
    symbols = {p.data(): p.symbol() for p in spots}
    off_index = next(i for i, j in enumerate(view.data.judged) if j.result.student == "Off")
    assert off_index not in symbols or symbols[off_index] == "x"
    assert {s for i, s in symbols.items() if i != off_index} == {"o"}
    # the prediction line reads yes and no, counts only followed results, follows the filter
    assert "3 said yes, 2 said no" in view.summary.text()  # Off's "yes" does not count
    assert "2 students gave a share" in view.summary.text()  # 70% and 0.5, not "no, ~60%"
    view.filter.setText("number 1 ")
    assert "0 said yes, 1 said no" in view.summary.text()
    view.filter.setText("")


def test_the_class_tabs_rerun_button_reproduces_the_class(window, qtbot, klass, monkeypatch):
    lab, folder = klass
    assert window.labs.open_lab(str(lab))
    assert window.classroom.open_class_folder(str(folder))
    view = window.class_view
    assert window.classroom.rerun_class()
    rows = {r[1]: r for r in view.shown_rows()}
    from core.teaching.class_results import RESULT_COLUMNS

    verified = RESULT_COLUMNS.index("verified")
    assert rows["Student number 3 with a long name"][verified] == "yes, reproduced"
    assert all(j.reproduced is not None for j in view.data.judged)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's, on show
def test_the_save_lab_dialog_fits_a_900x600_screen(window, qtbot, monkeypatch):
    """Save and Cancel on screen at 900x600: the controls' grid scrolls, not the dialog."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QDialogButtonBox

    from patterngan_gui.kit.lab_dialog import SaveLabDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 900, 600))
    dlg = SaveLabDialog(window.setup.config(), None, window)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.height() <= 560 and dlg.width() <= 860
    buttons = dlg.findChild(QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.Save)
    bottom = save.mapTo(dlg, save.rect().bottomRight())
    assert dlg.rect().contains(bottom)  # not cut off below the dialog
    assert dlg.controls_scroll.verticalScrollBar().maximum() >= 0
    dlg.reject()


def test_the_rerun_says_in_the_row_how_it_compared(window, qtbot, klass):
    from core.teaching.class_results import RESULT_COLUMNS

    lab, folder = klass
    assert window.labs.open_lab(str(lab))
    assert window.classroom.open_class_folder(str(folder))
    assert window.classroom.rerun_class()
    table = window.class_view.table
    name, verified = RESULT_COLUMNS.index("name"), RESULT_COLUMNS.index("verified")
    tip = {table.item(r, name).text(): table.item(r, verified).toolTip() for r in range(8)}
    assert "the same weights, bit for bit" in tip["Off"]  # alone with its set-up: trained alone
    assert "within 0.02" in tip["Student number 3 with a long name"]  # the class: one sweep


def test_a_lab_beside_the_folder_judges_it_but_two_are_never_guessed_between(
    window, qtbot, klass, tmp_path
):
    import shutil

    lab, folder = klass
    root = tmp_path / "shared"
    shutil.copytree(folder, root / "results")
    text = lab.read_text().replace("[setup]", 'results_folder = "results"\n[setup]')
    (root / "teacher.toml").write_text(text)
    assert window.classroom.open_class_folder(str(root / "results"))
    assert (
        "judged against the lab <b>Readable</b> (teacher.toml)" in window.class_view.summary.text()
    )
    # a second lab naming the folder (a student's own, say): neither is used
    (root / "mine.toml").write_text(text.replace('"preset", "epochs"]', "]"))
    assert window.classroom.open_class_folder(str(root / "results"))
    assert "<b>no teacher's lab</b>: 2 labs name this folder" in window.class_view.summary.text()
