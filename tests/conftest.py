"""Test configuration: Qt offscreen, one torch thread (``PATTERNGAN_TEST_THREADS`` to run the
bit-for-bit tests with more), and no QThread may outlive a test."""

from __future__ import annotations

import os
import sys

if "QT_QPA_PLATFORM" not in os.environ:
    # offscreen, on a 1920 x 1200 screen (Qt's default offscreen screen is 800 x 800, smaller
    # than the window is designed for); the screen's description goes in a temporary folder
    import json
    import tempfile

    _screen = os.path.join(tempfile.mkdtemp(prefix="patterngan-screen-"), "screen.json")
    with open(_screen, "w") as _f:
        json.dump({"screens": [{"name": "test", "width": 1920, "height": 1200}]}, _f)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# the suite leaves the checkout as it found it: no __pycache__ from this process (the test
# command also passes -B) nor from the command-line runs the tests start
sys.dont_write_bytecode = True
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
import pytest  # noqa: E402
import torch  # noqa: E402

# as the app sets it at its entry (core.engine.process); CI runs the bit-for-bit tests with 2 too
torch.set_num_threads(int(os.environ.get("PATTERNGAN_TEST_THREADS", "1")))

CUDA = torch.cuda.is_available()
requires_cuda = pytest.mark.skipif(not CUDA, reason="needs a CUDA device")


@pytest.fixture(autouse=True)
def in_a_temporary_folder(tmp_path, monkeypatch):
    """Every test runs in its own empty folder: nothing lands in the checkout."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog a test did not replace would wait for a click that never comes (offscreen,
    the run would hang until CI's limit): fail at once instead, naming the dialog."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(what):
        def fail(*args, **kwargs):
            raise AssertionError(f"a test opened a modal dialog ({what}) without replacing it")

        return fail

    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))
    for name in ("warning", "information", "question", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    for name in ("getInt", "getText", "getItem", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, refuse(f"QInputDialog.{name}"))


@pytest.fixture(autouse=True)
def no_dangling_threads(monkeypatch):
    """Fail any test that leaves a training thread running (napari's ``_dangling_qthreads``):
    every QThread started during the test is recorded through a patched ``QThread.start``,
    and every run driver's thread (a QThread in the window, a Python thread elsewhere) is
    known to ``core.app.run_driver.live_threads``."""
    import time

    from PySide6.QtCore import QThread

    started: list = []
    original = QThread.start

    def start(self, *args):
        started.append(self)
        return original(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    yield
    from core.app.run_driver import live_threads

    running = []
    for thread in live_threads():
        thread.join(5.0)  # a run being closed may still be answering its last call
        if thread.is_alive():
            running.append(thread.name)
    for thread in started:
        deadline = time.monotonic() + 5.0
        try:
            while thread.isRunning() and time.monotonic() < deadline:
                time.sleep(0.002)  # releases the GIL, unlike QThread.wait
            if thread.isRunning():
                running.append(thread.objectName())
        except RuntimeError:  # its C++ object is gone: it ended
            pass
    assert not running, f"test left training thread(s) running: {running}"


@pytest.fixture
def tiny_book_config():
    from core.engine.presets import make_config

    return make_config("book", epochs=200, report_every=100, eval_samples=2000)


@pytest.fixture
def tiny_default_config():
    from core.engine.presets import make_config

    return make_config("default", epochs=60, batch=64, pack=4, report_every=20, eval_samples=2000)


# -- the main window, for the GUI tests -----------------------------------------------------
@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, settings_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from patterngan_gui.kit.dialogs import Dialogs
    from patterngan_gui.main_window import MainWindow

    # closing a window with unsaved runs would ask Save / Discard / Cancel: tests discard,
    # unless they replace this to test the question itself
    monkeypatch.setattr(Dialogs, "ask_unsaved", lambda self, names: "discard")
    windows = []

    def make(**kwargs):
        w = MainWindow(settings=QSettings(settings_path, QSettings.IniFormat), **kwargs)
        qtbot.addWidget(w)
        w.show()
        w.finish_startup()
        w.activateWindow()  # shortcuts are window-wide: keys reach only the active window
        qtbot.waitUntil(w.isActiveWindow, timeout=5000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        if not w.close():  # closing stops and ends the run's thread
            w.training.stop_and_wait()  # a test answered Cancel: end it all the same
            w.session.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def language_restored():
    """Whatever language a test chooses, the next test starts in the system's (English here)."""
    from PySide6.QtCore import QLocale

    from patterngan_gui.kit import i18n

    before = QLocale()
    yield
    i18n.install(None)
    QLocale.setDefault(before)


@pytest.fixture
def dialogs(monkeypatch):
    """Record error messages instead of showing them: [(title, text), ...]."""
    from patterngan_gui.kit.dialogs import Dialogs

    shown = []
    monkeypatch.setattr(Dialogs, "error", lambda self, title, text: shown.append((title, text)))
    return shown
