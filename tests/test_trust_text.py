"""Issue 34: text from a file is words, never markup. A student named ``<img src=...>``, a file
named with HTML, a lab whose Markdown names a local file: the window shows the words and opens
nothing (each test here fails when its defence is taken away)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from patterngan_gui.kit.safe_text import (
    InertDocument,
    SafeTextBrowser,
    images_left,
    plain_tip,
)
from tests.test_class_results import lab_file, rewrite_json
from tests.test_cli import run


def png(path: Path) -> Path:
    """A real 1x1 PNG: were Qt to follow a name to it, it would load."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )
    return path


class Recorder(QTextDocument):
    """What Qt does with a tooltip's text: rich text is laid out, and every resource it names
    is asked for here (counted)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, _type, name):  # noqa: N802 - Qt API
        self.asked.append(name.toString())
        return None


def loads_of(tip: str) -> list[str]:
    """The resources Qt would ask for to show ``tip`` as a tooltip (rich when it looks so)."""
    doc = Recorder()
    if GuiQt.mightBeRichText(tip):
        doc.setHtml(tip)
    else:
        doc.setPlainText(tip)
    doc.documentLayout().documentSize()  # lay it out: images are fetched now
    return doc.asked


def test_a_tooltip_from_a_file_never_loads_what_it_names(qapp, tmp_path):
    picture = png(tmp_path / "secret.png")
    hostile = f'<img src="{picture}">'
    assert loads_of(hostile)  # the attack: Qt would read the file
    tip = plain_tip(hostile)
    assert loads_of(tip) == [] and "&lt;img" in tip
    assert plain_tip("just words\nand a line") == "just words\nand a line"  # plain stays plain


@pytest.fixture(scope="module")
def good_result(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made")
    lab = lab_file(folder)
    out = folder / "good.pgresult"
    code, _, err = run("lab", "run", str(lab), "--name", "Ok", "--out", str(out))
    assert code == 0, err
    return out


def test_a_student_named_with_html_is_shown_as_words(window, tmp_path, good_result):
    from PySide6.QtCore import Qt

    picture = png(tmp_path / "teacher.png")
    name = f'<img src="{picture}">'
    folder = tmp_path / "class"
    folder.mkdir()

    def hostile(meta):
        meta["student"] = name
        for a in meta["answers"]:
            a["answer"] = f"<img src='{picture}'>"

    rewrite_json(good_result, folder / "a.pgresult", hostile)
    (folder / '<img src="x.png">.pgresult').write_bytes(b"not a zip")  # a file named in HTML
    assert window.files.open_any(str(folder))
    table = window.class_view.table
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert name in names  # the words, as the student wrote them
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            assert loads_of(item.toolTip()) == [], (r, c, item.toolTip())
            assert item.data(Qt.DisplayRole) == item.text()
    row = names.index(name)
    assert "&lt;img" in table.item(row, 1).toolTip()


def test_a_recent_file_named_with_html_has_a_plain_tooltip(window, tmp_path):
    picture = png(tmp_path / "p.png")
    path = str(tmp_path / f'<img src="{picture}">.pt')
    window.settings.add_recent(path)
    window.settings.add_recent(str(tmp_path / "Tom & Jerry.pt"))
    window.files.rebuild_recent()
    actions = window.files.recent_menu.actions()
    tips = [a.toolTip() for a in actions]
    assert tips and all(loads_of(t) == [] for t in tips)
    assert any("Tom && Jerry.pt" in a.text() for a in actions)  # a &, not a shortcut


# -- lab Markdown --------------------------------------------------------------------------

CRAFTED = [
    "![x]({p})",
    "![t [u]]({p})",  # nested brackets in the alt text
    "![a [b [c]]]({p})",
    "![ref]\n\n[ref]: {p}",  # a shortcut reference
    "![alt][r]\n\n[r]: {p}",
    "![x](file://{p})",
    "[![in a link]({p})](https://example.invalid/)",
    "![two\nlines]({p})",  # a newline in the alt text
    "![`code`]({p})",  # a code span in the alt text
    "![x](<{p}>)",  # an angle-bracketed destination
    '![x]({p} "title")',
    "* a list ![x]({p})\n\n| a | b |\n|---|---|\n| ![x]({p}) | c |",  # in a list, a table
    '[words]({p} "<img src={p}>")',  # a link whose title would be a tooltip
]


@pytest.mark.parametrize("text", CRAFTED)
def test_lab_markdown_opens_no_file_whatever_the_syntax(qapp, tmp_path, text):
    picture = png(tmp_path / "img.png")
    browser = SafeTextBrowser()
    browser.resize(400, 300)
    browser.set_markdown(text.format(p=picture), title=f"Lab ![t [u]]({picture})")
    doc = browser.document()
    assert isinstance(doc, InertDocument)
    browser.grab()  # lays it out and paints it, as the window would
    doc.documentLayout().documentSize()
    assert images_left(doc) == 0
    assert doc.asked == 0  # no resource was even asked for
    assert "<img" not in browser.toHtml()
    assert "Lab" in browser.toPlainText()
    browser.deleteLater()


def test_a_lab_title_is_literal_words(qapp, tmp_path):
    browser = SafeTextBrowser()
    browser.set_markdown("body", title="**not bold** [not a link](x)")
    assert "**not bold** [not a link](x)" in browser.toPlainText()
    browser.deleteLater()


def test_the_lab_dock_shows_a_crafted_lab_without_loading(window, tmp_path):
    picture = png(tmp_path / "img.png")
    lab = tmp_path / "lab.toml"
    lab.write_text(
        f'format = 1\ntitle = "Lab ![t [u]]({picture})"\n'
        f'instructions = """\n![t [u]]({picture}) ![ref]\n\n[ref]: file://{picture}\n"""\n'
    )
    assert window.labs.open_lab(str(lab))
    window.instructions.grab()
    doc = window.instructions.document()
    assert doc.asked == 0 and images_left(doc) == 0


# tooltips the app writes itself (its own tips, numbers, and split/join of its own tooltips):
# any other tooltip shows text that may come from a file and must go through plain_tip
OWN_TOOLTIPS = {
    ("actions.py", 'f"{spec.tip} ({keys})" if keys else spec.tip'),
    ("advanced_panel.py", "tip"),
    ("advanced_panel.py", 'tip["d_steps"]'),
    ("advanced_panel.py", 'tip["d_step"]'),
    ("advanced_panel.py", 'tip["pack"]'),
    ("inspector_panel.py", '"undecided: click to see why" if not ok else "click to see its heads"'),
    ("lab_panel.py", '"Answered before training started" if locked else ""'),
    ("setup_panel.py", "tip"),
    ("setup_panel.py", "field.tip"),
    ("setup_panel.py", 'w.toolTip().split("\\n\\u26a0")[0]'),
    ("setup_panel.py", "w.toolTip().split(LOCKED)[0] + note"),
    ("i18n.py", 'keep(widget, context, tip, "tip")'),  # kit.i18n.kept: the app's own words
    ("actions.py", 'keep(speed, "MainWindow", tip, "tip")'),  # the speed dial's own words
    ("status.py", '", ".join(w.text() for w in (self.speed, self.device, self.time) if w.text())'),
    ("status.py", "self.speed.text()"),
    ("class_view.py", "name"),  # the column's own name (RESULT_COLUMNS)
    ("timeline_view.py", "memory"),
    (
        "actions.py",
        'f"{in_language(spec.tip)} ({keys})" if keys else in_language(spec.tip)',
    ),
    (
        "class_view.py",
        'translate("Class", said, None, stacked) if stacked > 1 else None',
    ),
}


def test_every_tooltip_that_is_not_the_apps_own_goes_through_plain_tip():
    import ast

    root = Path(__file__).resolve().parent.parent / "patterngan_gui"
    loose = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text()
        for node in ast.walk(ast.parse(source)):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setToolTip"
            ):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant):
                continue
            if isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "plain_tip":
                continue
            if isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "translate":
                continue  # the app's own words, in the window's language
            if isinstance(arg, ast.IfExp) and "inspector_panel" in path.name:
                continue  # the inspector's heads: its own words and numbers
            if (path.name, ast.get_source_segment(source, arg)) not in OWN_TOOLTIPS:
                loose.append(f"{path.name}:{node.lineno}")
    assert not loose, f"tooltips from files must use plain_tip: {loose}"


def test_a_set_up_error_quoting_markup_shows_it_as_words(window, tmp_path):
    from PySide6.QtCore import Qt

    picture = png(tmp_path / "p.png")
    setup = window.setup
    setup.kind.setCurrentIndex(setup.kind.findData("expr"))
    setup.expr.setText(f'n <img src="{picture}">')
    text = setup.error.text()
    assert text and "<img" in text  # the error quotes what it refused...
    assert setup.error.textFormat() == Qt.PlainText  # ...as words


def test_a_result_file_named_with_html_has_plain_runs_tab_tooltips(window, tmp_path, good_result):
    png(tmp_path / "p.png")  # the tests run in tmp_path: a relative name finds it
    named = tmp_path / '<img src="p.png">.pgresult'
    named.write_bytes(good_result.read_bytes())
    assert window.classroom.open_results([str(named)]) == 1
    table = window.runs_panel.table
    tips = [table.item(r, 0).toolTip() for r in range(table.rowCount())]
    assert any("&lt;img" in t for t in tips)  # the name, as words
    assert all(loads_of(t) == [] for t in tips)
