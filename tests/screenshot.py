"""Render the real main window offscreen after a short run and save PNGs to look at.

    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR [PRESET] [EPOCHS]
    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR teaching [THEME]
    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR class FOLDER [THEME]

Used for the README screenshot; ``fresh_window`` is shared with the GUI benchmark.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def fresh_window(size: tuple[int, int] | None = None):
    """The real main window, started up offscreen with throwaway settings, at 1280x800 (or
    the size in PATTERNGAN_SHOT_SIZE, e.g. 900x600)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from patterngan_gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.IniFormat)
    w = MainWindow(settings=settings)
    w.dialogs.ask_unsaved = lambda names: "discard"  # a script's runs are throwaway
    if size is None:
        wide, _, high = os.environ.get("PATTERNGAN_SHOT_SIZE", "1280x800").partition("x")
        size = (int(wide), int(high))
    w.resize(*size)
    scale = os.environ.get("PATTERNGAN_TEXT_SCALE")
    w.show()
    w.finish_startup()
    if scale:
        w.set_text_scale(float(scale))
    return app, w


def render(
    out_dir: Path, preset: str = "book", epochs: int = 2000, theme: str = "light"
) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer

    from core.engine.presets import make_config

    app, w = fresh_window()
    w.set_theme(theme)
    w.setup.set_config(make_config(preset, epochs=epochs))
    loop = QEventLoop()
    w.run_finished.connect(loop.quit)
    w.training.train()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    app.processEvents()
    w.plots.refresh()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"window-{preset}-{theme}.png"]
    w.grab().save(str(paths[0]))
    w.files.sample()
    app.processEvents()
    paths.append(out_dir / f"sampling-{preset}-{theme}.png")
    w.grab().save(str(paths[1]))
    w.close()
    return paths


def render_teaching(out_dir: Path, theme: str = "light") -> list[Path]:
    """The teaching features: slow motion + inspector mid-run, a lab, the runs tab."""
    from core.engine.presets import make_config

    app, w = fresh_window()
    w.set_theme(theme)
    out_dir.mkdir(parents=True, exist_ok=True)
    import itertools

    from PySide6.QtCore import QEventLoop

    config = make_config("book", epochs=3000, seed=1)
    w.setup.set_config(config)
    w.session.begin_run(config, w.training.link.notify)
    w.show_current_run()
    # train 2,000 of the 3,000 epochs on the run's thread, then step by hand
    first = w.session.driver.call(lambda t: list(itertools.islice(t.reports(), 20)), 600)
    for report in first:
        w.training.on_report(report)
    w.training.set_slow_motion(True)
    w.show_inspector()
    for _ in range(3):
        loop = QEventLoop()
        w.stepped.connect(loop.quit)
        w.training.step("epoch")
        loop.exec()
        w.stepped.disconnect(loop.quit)
    undecided = [i for i, b in enumerate(w.inspector.sample_buttons) if b.text().endswith("?")]
    w.inspector.inspect_sample(undecided[0] if undecided else 0)
    app.processEvents()
    paths = [out_dir / f"slow-motion-{theme}.png"]
    w.grab().save(str(paths[-1]))
    w.training.set_slow_motion(False)
    w.labs.open_lab(str(Path(__file__).resolve().parent.parent / "resources" / "example-lab.toml"))
    app.processEvents()
    paths.append(out_dir / f"lab-{theme}.png")
    w.grab().save(str(paths[-1]))
    w.tabs.setCurrentWidget(w.runs_panel)
    app.processEvents()
    paths.append(out_dir / f"runs-{theme}.png")
    w.grab().save(str(paths[-1]))
    w.close()
    return paths


def render_class(out_dir: Path, folder: str, theme: str = "light") -> list[Path]:
    """The Class tab over a folder of lab results (``patterngan lab run`` makes them)."""
    app, w = fresh_window()
    w.set_theme(theme)
    w.classroom.open_class_folder(folder)
    w.class_view.table.selectRow(0)
    app.processEvents()
    out_dir.mkdir(parents=True, exist_ok=True)
    size = f"{w.width()}x{w.height()}"
    paths = [out_dir / f"class-{size}-{theme}.png"]
    w.grab().save(str(paths[0]))
    w.close()
    return paths


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[2] == "class":
        for p in render_class(Path(sys.argv[1]), sys.argv[3], *sys.argv[4:5]):
            print(p)
        raise SystemExit(0)
    if len(sys.argv) > 2 and sys.argv[2] == "teaching":
        for p in render_teaching(Path(sys.argv[1]), *sys.argv[3:4]):
            print(p)
        raise SystemExit(0)
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    preset = sys.argv[2] if len(sys.argv) > 2 else "book"
    epochs = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    theme = sys.argv[4] if len(sys.argv) > 4 else "light"
    for p in render(out, preset, epochs, theme):
        print(p)
