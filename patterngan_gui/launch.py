"""Start the desktop app: check the display first, paint the window, then load torch.

Qt aborts the whole process (no exception to catch) when it cannot load its platform plugin,
so the common causes are checked beforehand and explained in one plain sentence.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

# Libraries Qt 6's xcb plugin needs that a bare Debian/Ubuntu machine may lack.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """A sentence explaining why no window can open here, or None if it should work."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the user chose
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "PatternGAN needs a graphical display, and none was found (DISPLAY is not set): "
            "run it from a desktop session, or use the command line (patterngan train --help)."
        )
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not _have_library(lib)]
    if missing:
        return (
            "PatternGAN's window needs system libraries that are missing here ("
            + ", ".join(missing)
            + "); on Debian or Ubuntu install them with: sudo apt-get install "
            + " ".join(missing)
        )
    return None


def _have_library(name: str) -> bool:
    """The system has ``lib<name>``, or the portable kit carries it (PyInstaller unpacks a
    kit's libraries into ``sys._MEIPASS``, where the system's search does not look)."""
    if ctypes.util.find_library(name) is not None:
        return True
    bundled = getattr(sys, "_MEIPASS", None)
    return bool(bundled) and any(Path(bundled).glob(f"lib{name}.so*"))


def launch(file: str | None = None, lab: str | None = None) -> int:
    """Run the app until its window closes; returns the exit status."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PatternGAN")
    app.setOrganizationName("PatternGAN")
    app.setDesktopFileName("patterngan")
    from patterngan_gui.main_window import MainWindow, app_icon

    app.setWindowIcon(app_icon())
    window = MainWindow(open_file=file, lab_file=lab)
    window.recovery.install()  # SIGTERM, SIGHUP: unsaved runs kept, then the window closes
    window.ready.connect(window.recovery.offer)
    if os.environ.get("PATTERNGAN_STARTUP_PROBE"):
        _install_startup_probe(app, window)
    window.show()
    # the heavy imports (torch, pyqtgraph) once the window has painted
    _after_first_paint(app, window.finish_startup)
    return app.exec()


def check_window(out, err) -> int:
    """``patterngan gui --check``: open the real window, train the book for 200 epochs with
    F5, save the generator and open it again (in a temporary folder, with throwaway settings),
    close; say what worked. For a lab's IT, or a portable kit on a new machine."""
    problem = display_problem()
    if problem:
        print(problem, file=err)
        return 1
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from core.engine.presets import make_config

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from patterngan_gui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="patterngan-check-"))
    window = MainWindow(settings=QSettings(str(folder / "settings.ini"), QSettings.IniFormat))
    window.dialogs.ask_unsaved = lambda names: "discard"
    said: list[str] = []

    def failed(title: str, text: str) -> None:  # said, never a dialog nobody will close
        said.append(f"{title}: {text}")
        app.quit()

    window.dialogs.error = failed
    window.show()
    window.finish_startup()
    window.setup.set_config(make_config("book", epochs=200, report_every=100))

    def finished() -> None:
        target, s = folder / "num_gen.pt", window.session
        trained = f"trained {s.run.epoch} epochs on {s.run_status.device}" if s.run_status else ""
        try:
            ok = window.files.save_to(str(target)) and window.files.open_file(str(target))
            said.append(
                f"window ok on {app.platformName()}: {trained}, saved and reopened {target.name}"
                if ok
                else "the window trained, but saving or reopening the generator failed"
            )
        finally:
            window.close()
            app.quit()

    window.run_finished.connect(finished)
    QTimer.singleShot(0, window.training.train)
    QTimer.singleShot(120_000, app.quit)  # never hang a lab machine's check
    app.exec()
    print(said[0] if said else "the window did not finish training within 2 minutes", file=out)
    return 0 if said and said[0].startswith("window ok") else 1


def _after_first_paint(app, callback, fallback_ms: int = 1500) -> None:
    """Run ``callback`` once, right after the first paint event (or after ``fallback_ms``).

    A zero-delay timer is not enough: Qt processes it before the window's first paint.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        fired = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Paint and not self.fired:
                self.fire()
            return False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                app.removeEventFilter(self)
                QTimer.singleShot(30, callback)  # let the paint reach the screen first

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, watcher.fire)


def _install_startup_probe(app, window) -> None:
    """For the benchmark: print when the first widget paints and when start-up is done, then
    quit. Times are ``time.time()`` so another process can subtract its own start time."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Paint and not getattr(self, "seen", False):
                self.seen = True
                print(f"painted {time.time():.6f}", flush=True)
            return False

    probe = FirstPaint(app)
    app.installEventFilter(probe)

    def ready() -> None:
        print(f"ready {time.time():.6f}", flush=True)
        QTimer.singleShot(0, window.close)

    window.ready.connect(ready)
