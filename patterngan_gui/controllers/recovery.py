"""A lab machine shut down mid-lesson loses nothing: on SIGTERM or SIGHUP (a logout, a
shutdown, a closed terminal) the window stops training, saves every run with trained epochs
that was never saved into a recovery session in the user's data folder, and quits; the next
start says so and File > Open recovered session... opens it.

Python runs a signal handler only between bytecodes, and Qt's event loop runs in C++: the
signal's wakeup file descriptor (``signal.set_wakeup_fd``) is watched by a QSocketNotifier, so
the loop wakes at once and the handler runs on the GUI thread, where saving is safe.
"""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QStandardPaths

from patterngan_gui.cli.common import STOP_SIGNALS  # the signals `train` stops and saves on

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

FILE_NAME = "recovered.pgsession"


def recovery_path() -> Path:
    """Where the recovery session goes: the user's data folder, never beside the program."""
    folder = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(folder or Path.home() / ".local" / "share" / "PatternGAN") / FILE_NAME


class RecoveryController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._notifier: QSocketNotifier | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self.caught = ""  # the signal that stopped the window, once one came

    def install(self) -> bool:
        """Catch SIGTERM and SIGHUP for this window (the main thread only; True if done)."""
        signals = [getattr(signal, n) for n in STOP_SIGNALS if hasattr(signal, n)]
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
            signal.signal(sig, self._caught)
        return True

    def _drain(self) -> None:
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
        w.training.stop_and_wait()
        w.sweeps.stop(timeout_s=10.0)
        unsaved = w.session.unsaved_runs()
        if unsaved:
            path = recovery_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            w.classroom.save_session(str(path))
        w.dialogs.ask_unsaved = lambda names: "discard"  # kept: no question at a shutdown
        w.close()

    def offer(self) -> None:
        """At start: say that a recovery session waits (File > Open recovered session...)."""
        path = recovery_path()
        if path.is_file():
            self.window.say(
                f"Runs were kept when PatternGAN was stopped: File > Open recovered session... "
                f"({path})",
                15000,
            )

    def open_recovered(self) -> bool:
        """Open the recovery session; once opened it is moved aside (not offered again)."""
        path = recovery_path()
        if not path.is_file():
            self.window.say("There is no recovered session", 4000)
            return False
        opened = self.window.classroom.open_session(str(path))
        if opened:
            os.replace(path, path.with_name("recovered-opened.pgsession"))
        return opened
