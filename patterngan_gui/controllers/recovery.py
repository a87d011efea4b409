"""A lab machine shut down mid-lesson loses nothing: on SIGTERM or SIGHUP (a logout, a
shutdown, a closed terminal) or Ctrl+C in the terminal that started it, the window stops
training, saves every run with trained epochs that was never saved, with the open lab, the
student's answers and whether the predictions were sealed, into a recovery session of its own
(one file per window: another window never overwrites it), and quits; the next start offers
to reopen it (a dialog that does not block, and File > Open recovered session...).

The recovery session goes to the user's data folder; where that cannot be written (a read-only
or full home), to a private folder in the temporary folder; where nothing can be written, the
terminal says so in one line. Never a traceback, never a dialog that waits at a shutdown.

Python runs a signal handler only between bytecodes, and Qt's event loop runs in C++: the
signal's wakeup file descriptor (``signal.set_wakeup_fd``) is watched by a QSocketNotifier, so
the loop wakes at once and the handler runs on the GUI thread, where saving is safe.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import signal
import socket
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox

from patterngan_gui.cli.common import STOP_SIGNALS  # the signals `train` stops and saves on
from patterngan_gui.kit.i18n import PLURAL, translate
from patterngan_gui.kit.step_words import error_words

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

FILE_NAME = "recovered.pgsession"  # the one name of earlier versions (still offered)
PREFIX, SUFFIX, OPENED = "recovered", ".pgsession", "-opened.pgsession"
LAB_MEMBER = "recovery.json"  # the lab, the answers and the seal, inside the session's zip
MAX_LAB_MEMBER = 1024 * 1024
_serial = itertools.count(1)  # windows of one process each get a name of their own


def recovery_folders() -> list[Path]:
    """Where a recovery session may go, in order: the user's data folder (never beside the
    program), then a folder of this user's own in the temporary folder."""
    data = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return [
        Path(data or Path.home() / ".local" / "share" / "PatternGAN"),
        Path(tempfile.gettempdir()) / f"PatternGAN-recovery-{user}",
    ]


def recovery_path() -> Path:
    """The first folder's recovery session of earlier versions (kept for them)."""
    return recovery_folders()[0] / FILE_NAME


def waiting_recoveries() -> list[Path]:
    """Recovery sessions not opened yet, in every folder, the newest first."""
    found = []
    for i, folder in enumerate(recovery_folders()):
        if i > 0 and not _ours(folder):  # a shared temporary folder: only this user's own
            continue
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(PREFIX) and name.endswith(SUFFIX) and not name.endswith(OPENED):
                try:
                    if entry.is_file(follow_symlinks=False):
                        found.append((entry.stat().st_mtime, Path(entry.path)))
                except OSError:
                    continue
    return [p for _t, p in sorted(found, key=lambda t: -t[0])]


def _ours(folder: Path) -> bool:
    """``folder`` is a real folder (not a link) of this user's own."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if os.path.islink(folder) or not os.path.isdir(folder):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _private_folder(folder: Path, temporary: bool) -> None:
    """Make ``folder``; one in the shared temporary folder must be this user's own and
    private (not a link someone else planted, nobody else able to read it)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700 if temporary else 0o777)
    if temporary:
        if not _ours(folder):
            raise OSError(f"{folder} is not a folder of this user's own")
        if os.lstat(folder).st_mode & 0o077:
            os.chmod(folder, 0o700)


def with_lab(session_data: bytes, lab: dict[str, Any] | None) -> bytes:
    """A session file's bytes with the lab, answers and seal as one more member (a session
    reader ignores it; the recovery reads it back)."""
    if lab is None:
        return session_data
    buffer = io.BytesIO(session_data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr(LAB_MEMBER, json.dumps(lab))
    return buffer.getvalue()


def lab_of(path: Path) -> dict[str, Any] | None:
    """The lab member of a recovery session, checked (None when there is none or it is bad)."""
    try:
        with zipfile.ZipFile(path) as z:
            if LAB_MEMBER not in z.namelist():
                return None
            with z.open(LAB_MEMBER) as fh:
                raw = fh.read(MAX_LAB_MEMBER + 1)
        if len(raw) > MAX_LAB_MEMBER:
            return None
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, zipfile.BadZipFile, RecursionError):
        return None
    ok = (
        isinstance(data, dict)
        and isinstance(data.get("lab"), str)
        and isinstance(data.get("answers"), list)
        and all(isinstance(a, str) for a in data["answers"])
    )
    return data if ok else None


class RecoveryController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._notifier: QSocketNotifier | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self.caught = ""  # the signal that stopped the window, once one came
        self._previous: dict[int, Any] = {}  # the handlers install() replaced
        self.kept: Path | None = None  # where this window's recovery session went
        self.offer_box: QMessageBox | None = None  # the start's offer, while it is shown

    def install(self) -> bool:
        """Catch SIGTERM, SIGHUP and SIGINT (Ctrl+C in the terminal that started the window)
        for this window (the main thread only; True if done)."""
        names = ("SIGINT", *STOP_SIGNALS)
        signals = [getattr(signal, n) for n in names if hasattr(signal, n)]
        if not signals:
            return False
        try:
            ours, theirs = socket.socketpair()
            ours.setblocking(False)
            theirs.setblocking(False)
            signal.set_wakeup_fd(theirs.fileno())
        except (ValueError, OSError):  # not the main thread, or no socketpair
            return False
        self._sockets = (ours, theirs)
        self._notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._drain)
        for sig in signals:
            self._previous[sig] = signal.getsignal(sig)
            signal.signal(sig, self._caught)
        return True

    def uninstall(self) -> None:
        """Give the signals back as they were (the window closes): a handler of a window that
        is gone must never be left to the process."""
        if self._sockets is None:
            return
        for sig, handler in self._previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        self._previous = {}
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        for sock in self._sockets:
            sock.close()
        self._sockets = None

    def _drain(self) -> None:
        if self._sockets is None:  # the window closed (uninstall) before Qt woke us
            return
        try:
            self._sockets[0].recv(64)  # the signal numbers: the handler has the rest
        except OSError:
            pass

    def _caught(self, signum: int, frame: object) -> None:
        if self.caught:
            return
        self.caught = signal.Signals(signum).name
        self.save_and_quit()

    def save_and_quit(self) -> None:
        """Stop training, keep what was never saved, and close without asking."""
        w = self.window
        try:
            w.training.stop_and_wait()
            w.sweeps.stop(timeout_s=10.0)
            self.kept = self.keep()
        except Exception as exc:  # noqa: BLE001 - a shutdown never ends in a traceback
            print(f"PatternGAN: could not keep the unsaved runs: {exc}", file=sys.stderr)
        w.dialogs.ask_unsaved = lambda names: "discard"  # kept: no question at a shutdown
        w.close()

    def keep(self) -> Path | None:
        """Write this window's recovery session (unsaved runs, lab, answers, seal) where it
        can be written, and say where on the terminal; None when there was nothing to keep or
        nowhere to keep it."""
        s = self.window.session
        unsaved = s.unsaved_runs()
        lab = None
        if s.lab is not None:
            from core.files.lab_file import dump_lab

            lab = {
                "lab": dump_lab(s.lab),
                "answers": list(s.answers),  # the runs carry their own sealed predictions
            }
        if not unsaved and not (lab and any(a.strip() for a in lab["answers"])):
            return None
        data = with_lab(self._session_bytes(unsaved), lab)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        name = f"{PREFIX}-{stamp}-{os.getpid()}-{next(_serial)}{SUFFIX}"
        from core.files.atomic import write_atomic
        from core.files.errors import GeneratorFileError

        problems = []
        for i, folder in enumerate(recovery_folders()):
            try:
                _private_folder(folder, temporary=i > 0)
                write_atomic(folder / name, data)
            except (OSError, GeneratorFileError) as exc:
                problems.append(f"{folder}: {getattr(exc, 'strerror', None) or exc}")
                continue
            print(f"PatternGAN: unsaved work kept in {folder / name}", file=sys.stderr)
            return folder / name
        print(
            "PatternGAN: could not keep the unsaved runs anywhere (" + "; ".join(problems) + ")",
            file=sys.stderr,
        )
        return None

    def _session_bytes(self, runs) -> bytes:
        from core.files.genfile import chapter_ready, script_bytes
        from core.files.session_file import session_bytes

        s = self.window.session
        generators = {
            number: script_bytes(chapter_ready(module, metadata), metadata)
            for number, (module, metadata) in s.generators_by_run().items()
            if any(h.number == number for h in runs)
        }
        return session_bytes(runs, generators, s.sweeps)

    def offer(self) -> None:
        """At start: a recovery session waits. Said in the status bar and in a dialog that
        does not block (Open reopens it; File > Open recovered session... later)."""
        waiting = waiting_recoveries()
        if not waiting:
            return
        after = len(waiting) - 1
        more = " " + translate("Files", "(%n more after it)", None, PLURAL, after) if after else ""
        said = translate(
            "Files",
            "Runs were kept when PatternGAN was stopped: File > Open recovered session... ({0})",
        )
        self.window.say(said.format(waiting[0]) + more, 60000)
        said = translate(
            "Files", "PatternGAN was stopped with unsaved work, kept in {0}. Open it now?"
        )
        box = QMessageBox(
            QMessageBox.Question,
            translate("Files", "Recovered work"),
            said.format(f"{waiting[0]}{more}"),
            QMessageBox.Open | QMessageBox.Ignore,
            self.window,
        )
        box.setTextFormat(Qt.PlainText)
        box.setWindowModality(Qt.WindowModal)
        box.buttonClicked.connect(
            lambda b: self.open_recovered() if box.standardButton(b) == QMessageBox.Open else None
        )
        self.offer_box = box
        box.open()  # never exec(): a start never waits on it

    def open_recovered(self) -> bool:
        """Open the newest recovery session (its lab, answers and seal too); once opened it
        is renamed aside (not offered again)."""
        waiting = waiting_recoveries()
        if not waiting:
            self.window.say(translate("Files", "There is no recovered session"), 4000)
            return False
        path = waiting[0]
        w = self.window
        lab = lab_of(path)
        if lab is not None:
            self._restore_lab(lab)
        opened = w.classroom.open_session(str(path))
        if lab is not None:
            w.session.restore_answers(lab["answers"])
            w.lab_panel.show_answers(w.session.answer_fields())  # sealed as their run was
        if opened:
            try:
                os.replace(path, path.with_name(path.name.removesuffix(SUFFIX) + OPENED))
            except OSError:
                pass
        return opened

    def _restore_lab(self, data: dict[str, Any]) -> None:
        from core.files.lab_file import LabError, parse_lab

        try:
            lab = parse_lab(data["lab"])
        except LabError as exc:
            self.window.say(
                translate("Files", "The recovered lab could not be read: {0}").format(
                    error_words(exc)
                ),
                8000,
            )
            return
        self.window.labs.apply_lab(lab, lab.title or "recovered lab")
