"""Test configuration: Qt offscreen, one torch thread, and no QThread may outlive a test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)

CUDA = torch.cuda.is_available()
requires_cuda = pytest.mark.skipif(not CUDA, reason="needs a CUDA device")


@pytest.fixture(autouse=True)
def no_dangling_threads(request):
    """Fail any test that leaves a QThread running (napari's house rule)."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    running = [t for t in app.findChildren(QThread) if t.isRunning()]
    from patterngan_gui import worker

    running += [t for t in worker.live_threads() if t.isRunning()]
    assert not running, f"test left {len(running)} QThread(s) running"


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
def make_window(qtbot, settings_path):
    from PySide6.QtCore import QSettings

    from patterngan_gui.main_window import MainWindow

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
        if w.run is not None:
            w.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def dialogs(monkeypatch):
    """Record warnings instead of showing them."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text))
    )
    return shown
