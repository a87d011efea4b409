"""Crafted files of each kind, opened in the real window under a real X server and traced for
file opens (issue 34): nothing a file names may ever be opened.

    sudo apt-get install -y xvfb xdotool strace   # once
    python -m tests.trace_crafted [OUT]           # OUT: a new folder (default: a temp folder)

1. ``make``: bait files (``OUT/bait/CANARY-*.png``, real PNGs) and crafted files that name
   them every way a file can: a lab (.toml) whose title, instructions, goals and questions
   hold ``<img src>`` tags, Markdown image tricks (nested brackets, shortcut references,
   ``file://``, an image inside a link, newlines in alt text), HTML links and a
   ``<link rel=stylesheet>``; lab results (.pgresult, made by ``patterngan lab run``) whose
   student names, answers and file names hold the same, and two whose members inflate past
   the readers' limits; a session (.pgsession) whose sealed and late predictions and saved
   path name the bait; generators (.pt) whose metadata and file names do; a class folder of
   the results.
2. ``trace``: ``xvfb-run strace -f -e trace=<opens and stats> python -m tests.trace_crafted
   --drive OUT``, run from ``OUT/bait`` (so a relative ``src`` would resolve to a bait), with a
   throwaway home.
3. ``drive`` (in the traced process): the real window (xcb platform). Each crafted file is
   opened as ``patterngan gui FILE`` opens it (``open_any``: the class folder in the Class
   tab); then every tab is shown and every tooltip of every widget and item view cell is
   shown with ``QToolTip.showText``. On each tab the real pointer (``xdotool``) hovers every
   place that shows text from a file (cells and widgets whose text or tooltip holds a crafted
   string: the Class tab's names, answers and file names, the Runs tab's run names, the lab's
   title and instructions), and waits until Qt's own hover tooltip is up
   (``QToolTip.isVisible``). Error and trust boxes are shown, recorded, and answered
   No/Cancel.
4. The trace is scanned for any path whose name starts with ``CANARY-``: the summary
   (``OUT/summary.txt``, printed) lists them and every place hovered; the pass is none opened
   and hover tooltips seen on the Class tab's cells (else the hovers proved nothing). Exit
   status 1 otherwise.

It takes several minutes (files made by ``patterngan lab run``, then the traced window). The
window gets no session bus (``DBUS_SESSION_BUS_ADDRESS=disabled:``): Qt would autolaunch one,
and strace, which follows children, would wait for that daemon after the window had closed.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BAIT = "CANARY-"
TRACED = "open,openat,openat2,creat,stat,lstat,newfstatat,statx,access,faccessat,faccessat2"
HOVER_WAIT_MS = 2500  # the longest wait for Qt's own hover tooltip (it shows after ~700 ms)
MOST_HOVERS = 8  # cells hovered per file, tab and view: each column with file text, then rows


def _png() -> bytes:
    """A 1x1 PNG (a real image: a reader that opened it would decode it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def tricks(bait: Path, tag: str) -> list[str]:
    """Texts that would make a rich-text or Markdown renderer open ``bait/CANARY-<tag>-*``."""
    a = lambda n: str(bait / f"{BAIT}{tag}-{n}.png")  # noqa: E731 - absolute
    return [
        f'<img src="{a("img")}">',
        f"<img src='file://{a('file')}' width=9>",
        f"<img src={BAIT}{tag}-relative.png>",  # resolved against the working folder
        f'<b>bold</b><a href="file://{a("link")}">link</a>',
        f'<link rel="stylesheet" href="{a("css")}"><style>@import "{a("import")}";</style>',
        f"![t [u]]({a('nested')})",
        f"![shortcut][r]\n\n[r]: {a('reference')}",
        f"![alt](file://{a('md-file')})",
        f"[![inner]({a('in-link')})](https://example.invalid/)",
        f"![two\nlines `code`]({a('newline')})",
        f'<table background="{a("background")}"><tr><td>cell</td></tr></table>',
    ]


def make(out: Path) -> dict[str, Path]:
    """The bait and the crafted files under ``out``; returns the files to open, by kind."""
    bait, files, folder = out / "bait", out / "files", out / "files" / "class"
    for d in (bait, files, folder):
        d.mkdir(parents=True, exist_ok=True)
    png = _png()
    for tag in ("lab", "name", "answer", "session", "generator"):
        for name in re.findall(BAIT + r"[\w-]+\.png", "\n".join(tricks(bait, tag))):
            (bait / name).write_bytes(png)
    for name in ("file-relative.png", "file-md.png", "file-gen.png", "session-saved.pt"):
        (bait / (BAIT + name)).write_bytes(png)
    lab_tricks = tricks(bait, "lab")
    title = lab_tricks[0] + " " + lab_tricks[5]
    instructions = "\n\n".join(lab_tricks)
    goal = lab_tricks[1] + " " + lab_tricks[7]
    question = lab_tricks[2] + " " + lab_tricks[3]
    lab = files / "crafted.toml"
    lab.write_text(
        "format = 1\n"
        f"title = {json.dumps(title)}\n"
        f"instructions = {json.dumps(instructions)}\n"
        '[setup]\npreset = "book"\nepochs = 40\nreport_every = 20\neval_samples = 300\n'
        f'[[goals]]\ntext = {json.dumps(goal)}\nmetrics = {{ strict_validity = ">= 0.1" }}\n'
        f"[[questions]]\ntext = {json.dumps(question)}\nbefore = true\n"
        f"[[questions]]\ntext = {json.dumps(lab_tricks[6])}\n",
        encoding="utf-8",
    )
    names, answers = tricks(bait, "name"), tricks(bait, "answer")
    file_names = [f"<img src={BAIT}file-relative.png>", "plain", "![x](CANARY-file-md.png)"]
    for i, (name, answer) in enumerate(zip(names, answers)):
        stem = file_names[i % len(file_names)] + f" {i}"
        _cli("lab", "run", str(lab), "--name", name, "--answer", f"1={answer}",
             "--answer", f"2={answers[-1 - i]}", "--seed", str(i),
             "--out", str(folder / f"{stem}.pgresult"))  # fmt: skip
    honest = folder / "plain 1.pgresult"
    _inflated(honest, folder / "inflated-session.pgresult", "session.json")
    _inflated(honest, folder / "inflated-result.pgresult", "result.json")
    session = _session(honest, files / "crafted.pgsession", bait)
    generator = files / "num_gen.pt"
    _cli("train", "--epochs", "20", "--out", str(generator))
    crafted_gen = _generator(generator, files / f"<img src={BAIT}file-gen.png>.pt", bait)
    bomb = files / "inflated.pt"
    _inflated(generator, bomb, None)
    # a result whose file name is crafted: the Runs tab names its run after the file
    result = folder / f"{file_names[0]} 0.pgresult"
    return {
        "lab": lab,
        "result": result,
        "session": session,
        "generator": crafted_gen,
        "inflated generator": bomb,
        "class folder": folder,
    }


def _cli(*args: str) -> None:
    done = subprocess.run(
        [PYTHON, "-m", "patterngan_gui.cli", *args], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"patterngan {args[0]} failed: {done.stderr.strip()}")


def _inflated(source: Path, target: Path, member: str | None) -> None:
    """``source`` with ``member`` (None: a new one) replaced by 300 MB of spaces that
    deflate to a few hundred KB."""
    with zipfile.ZipFile(source) as z:
        items = {i.filename: z.read(i) for i in z.infolist()}
    name = member or next(n for n in items if n.endswith("data.pkl"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items.items():
            if n == name:
                with z.open(n, "w", force_zip64=True) as f:
                    block = b" " * (1 << 20)
                    for _ in range(300):
                        f.write(block)
            else:
                z.writestr(n, data)
    target.write_bytes(buffer.getvalue())


def _session(result: Path, target: Path, bait: Path) -> Path:
    """A session of the result's run whose sealed and late predictions, rows and saved path
    name the bait."""
    sys.path.insert(0, str(ROOT))
    from core.files.result_file import load_result
    from core.files.session_file import save_session

    run = load_result(result).run
    t = tricks(bait, "session")
    run.sealed = {t[0]: t[1], t[5]: t[6]}
    run.late = {t[2]: (t[3], 10), t[7]: (t[8], 20)}
    run.saved_path = str(bait / f"{BAIT}session-saved.pt")
    run.changes = [{"epoch": 1, "lr_d": 0.002}]
    save_session(target, [run], {})
    return target


def _generator(source: Path, target: Path, bait: Path) -> Path:
    """``source`` with every string of its metadata replaced by a trick."""
    with zipfile.ZipFile(source) as z:
        items = {i.filename: z.read(i) for i in z.infolist()}
    name = next(n for n in items if n.endswith(".json") or "extra" in n)
    meta = json.loads(items[name])
    t = iter(tricks(bait, "generator") * 4)
    for key in ("preset", "date"):
        meta[key] = next(t)
    meta["versions"] = {k: next(t) for k in meta.get("versions", {})}
    meta["config"]["preset"] = next(t)
    items[name] = json.dumps(meta).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for n, data in items.items():
            z.writestr(n, data)
    target.write_bytes(buffer.getvalue())
    return target


# -- the traced window ------------------------------------------------------------------------
def drive(out: Path) -> int:
    """Open each crafted file in the real window, show every tooltip, hover the cells."""
    from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QMessageBox,
        QTabWidget,
        QToolTip,
        QWidget,
    )

    from patterngan_gui.main_window import MainWindow

    targets = json.loads((out / "targets.json").read_text())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(out / "home" / "settings.ini"), QSettings.IniFormat)
    window = MainWindow(settings=settings)
    said: list[str] = []
    window.dialogs.ask_unsaved = lambda names: "discard"

    def close_message_boxes() -> None:
        """The real error and trust boxes are shown (their text is traced too), then
        answered No/Cancel here, as a user who reads them would."""
        box = app.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(f"{box.windowTitle()}: {box.text()}")
            box.reject()

    closer = QTimer()
    closer.timeout.connect(close_message_boxes)
    closer.start(700)
    window.resize(1200, 850)
    window.show()
    window.finish_startup()
    QTest.qWait(500)
    log: list[str] = []

    def tips() -> int:
        shown = 0
        for w in window.findChildren(QWidget):
            if w.isVisible() and w.toolTip():
                QToolTip.showText(w.mapToGlobal(QPoint(2, 2)), w.toolTip(), w)
                app.processEvents()
                shown += 1
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisible():
                continue
            for r in range(min(model.rowCount(), 200)):
                for c in range(model.columnCount()):
                    index = model.index(r, c)
                    tip = model.data(index, Qt.ToolTipRole)
                    if tip:
                        QToolTip.showText(view.mapToGlobal(QPoint(5, 5)), str(tip), view)
                        app.processEvents()
                        shown += 1
        QToolTip.hideText()
        return shown

    def activate() -> bool:
        """Qt shows hover tooltips only in the active window; with no window manager the
        window takes the focus itself (again after a message box took it)."""
        for _ in range(30):
            if window.isActiveWindow():
                return True
            window.activateWindow()
            QTest.qWait(100)
        return window.isActiveWindow()

    def neutral() -> None:
        """The pointer off the window and no tooltip up: the next hover starts afresh."""
        activate()
        QToolTip.hideText()
        subprocess.run(["xdotool", "mousemove", "1279", "899"], check=False)
        QTest.qWait(100)

    def hover_at(p: QPoint) -> str | None:
        """Move the real pointer to ``p`` and wait for Qt's own hover tooltip; its text, or
        None when none showed within HOVER_WAIT_MS."""
        neutral()
        for _ in range(20):  # the last tooltip gone (hiding may take a moment)
            if not QToolTip.isVisible():
                break
            QTest.qWait(50)
        subprocess.run(["xdotool", "mousemove", str(p.x()), str(p.y())], check=False)
        waited = 0
        while waited < HOVER_WAIT_MS:
            QTest.qWait(100)
            waited += 100
            text = QToolTip.text() if QToolTip.isVisible() else ""
            if text:
                QTest.qWait(300)  # shown: laid out and painted (what loads a resource)
                return text
        return None

    def file_text_targets() -> list[tuple[str, object, QPoint]]:
        """Where the window shows text from a file now: item view cells and widgets whose
        text or tooltip holds a crafted string, and the lab's text (title, instructions):
        (a name, what it is, where); a dock's widget is the same on every tab."""
        found: list[tuple[str, object, QPoint]] = []
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisible():
                continue
            cells = []
            for r in range(min(model.rowCount(), 40)):
                for c in range(model.columnCount()):
                    index = model.index(r, c)
                    texts = (model.data(index, Qt.ToolTipRole), model.data(index, Qt.DisplayRole))
                    if any(BAIT in str(t) for t in texts if t):
                        cells.append(index)
            # every column that holds file text first, then more rows
            firsts = {}
            for index in cells:
                firsts.setdefault(index.column(), index)
            ordered = list(firsts.values()) + [i for i in cells if i not in firsts.values()]
            for index in ordered[:MOST_HOVERS]:
                view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                rect = view.visualRect(index)
                if rect.isEmpty() or not view.viewport().rect().contains(rect.center()):
                    continue
                name = f"{type(view).__name__} r{index.row()} c{index.column()}"
                where = view.viewport().mapToGlobal(rect.center())
                found.append((name, (id(view), index.row(), index.column()), where))
        for w in window.findChildren(QWidget):
            if not w.isVisible() or isinstance(w, QAbstractItemView):
                continue
            text = w.toolTip()
            plain = w.toPlainText() if hasattr(w, "toPlainText") else ""
            label = w.text() if hasattr(w, "text") and callable(w.text) else ""
            if BAIT in text or BAIT in str(plain) or BAIT in str(label):
                target = w.viewport() if hasattr(w, "viewport") else w
                centre = target.rect().center()
                found.append((type(w).__name__, id(w), target.mapToGlobal(centre)))
                if plain:  # a text browser: its first line too (the lab's title)
                    top = target.mapToGlobal(QPoint(20, 8))
                    found.append((type(w).__name__ + " top", (id(w), "top"), top))
        return found

    def hover(where: str) -> tuple[int, int]:
        """Hover every place that shows file text on this tab (once per file); (places
        hovered, tooltips Qt showed for them)."""
        moved = seen = 0
        for name, key, p in file_text_targets():
            if key in hovered:
                continue
            hovered.add(key)
            tip = hover_at(p)
            moved += 1
            seen += tip is not None
            hovers.append(f"  {where} / {name}: " + ("tooltip shown" if tip else "no tooltip"))
        neutral()
        return moved, seen

    def visit_tabs() -> tuple[int, int, int]:
        shown = moved = seen = 0
        for tabs in window.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QTest.qWait(150)
                shown += tips()
                m, s = hover(f"{tabs.objectName() or 'tabs'}:{tabs.tabText(i)}")
                moved, seen = moved + m, seen + s
        return shown, moved, seen

    hovers: list[str] = []
    seen_total = 0
    seen_by_kind: dict[str, int] = {}
    for kind, path in targets.items():
        ok = window.files.open_any(path)
        QTest.qWait(800)
        hovered: set[object] = set()  # what was hovered for this file
        if kind == "class folder":  # the Class tab shown (opening a folder shows it)
            window.tabs.setCurrentWidget(window.classroom._class_tab())
            QTest.qWait(300)
        shown, moved, seen = visit_tabs()
        seen_total += seen
        seen_by_kind[kind] = seen
        log.append(
            f"{kind}: opened={ok} tooltips shown={shown} places hovered={moved} "
            f"hover tooltips seen={seen}"
        )
        print(log[-1], flush=True)
    window.close()
    QTest.qWait(300)
    log.append(f"hover tooltips seen in all: {seen_total}")
    text = log + ["places hovered with the real pointer:", *hovers, "errors said:", *said]
    (out / "drive.txt").write_text("\n".join(text) + "\n")
    # the Class tab's cells carry a tooltip each: none seen there, the hovers proved nothing
    return 0 if seen_by_kind.get("class folder") else 3


def trace(out: Path) -> int:
    for tool in ("xvfb-run", "strace", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: sudo apt-get install -y xvfb xdotool strace")
            return 2
    targets = make(out)
    (out / "targets.json").write_text(json.dumps({k: str(v) for k, v in targets.items()}))
    home = out / "home"
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "xcb",
        # no session bus: Qt would autolaunch one, and strace -f waits for that daemon
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
    }
    env.pop("DISPLAY", None)
    log = out / "strace.log"
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1280x900x24",
        "strace", "-f", "-qq", "-e", f"trace={TRACED}", "-o", str(log),
        PYTHON, "-m", "tests.trace_crafted", "--drive", str(out),
    ]  # fmt: skip
    done = subprocess.run(command, cwd=out / "bait", env=env, text=True, capture_output=True)
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    opened = [line for line in lines if _names_bait(line)]
    summary = [
        "Crafted files opened in the real window (Xvfb, xcb), traced with strace -f -e "
        f"trace={TRACED}",
        f"exit status of the traced window: {done.returncode}",
        *((out / "drive.txt").read_text().splitlines() if (out / "drive.txt").exists() else []),
        f"traced calls: {len(lines):,}; bait files: {len(list((out / 'bait').glob(BAIT + '*')))}",
        f"calls naming a bait file: {len(opened)}",
        *opened[:50],
    ]
    if done.returncode != 0:
        summary += ["stderr:", *done.stderr.splitlines()[-30:]]
    text = "\n".join(summary) + "\n"
    (out / "summary.txt").write_text(text)
    print(text, end="")
    return 0 if not opened and done.returncode == 0 else 1


def _names_bait(line: str) -> bool:
    """A traced call whose path's last part is a bait file's name."""
    start = line.find('"')
    end = line.find('"', start + 1)
    if start < 0 or end < 0:
        return False
    path = line[start + 1 : end]
    return os.path.basename(path).startswith(BAIT)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--drive"]:
        return drive(Path(argv[1]))
    out = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="patterngan-trace-"))
    if out.exists() and any(out.iterdir()):
        print(f"{out} is not empty: give a new folder")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    return trace(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
