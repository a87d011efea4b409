"""Render the real main window offscreen after a short run and save PNGs to look at.

    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR [PRESET] [EPOCHS]
    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR teaching [THEME]
    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR class FOLDER [THEME]
    QT_QPA_PLATFORM=offscreen python -m tests.screenshot OUT_DIR tour [LANG] [THEME] [FOLDER]

PATTERNGAN_SHOT_SIZE=900x600 sets the window's size, PATTERNGAN_TEXT_SCALE=2 View > Larger text;
THEME is light, dark or high_contrast. ``tour`` opens a lab, steps in slow motion, shows every
tab (the Class tab over FOLDER's lab results, if given) and the inspector, saves a PNG of each
and prints what it finds cut: labels, buttons and tabs narrower than their text, plots' axis
titles outside the plot (the pictures are still to be looked at).

Used for the README screenshot; ``fresh_window`` is shared with the GUI benchmark.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def settle(app) -> None:
    """Let layouts finish before a picture: a banner's new text resizes the plots' scroll
    area, which sets the plots' frames' least heights, which lays the grid out again; one
    pass of the event loop caught the grid half-way (a cut axis that the window never shows
    a moment later)."""
    for _ in range(4):
        app.processEvents()


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
    settle(app)
    w.plots.refresh()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"window-{preset}-{theme}.png"]
    w.grab().save(str(paths[0]))
    w.files.sample()
    settle(app)
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
    settle(app)
    paths = [out_dir / f"slow-motion-{theme}.png"]
    w.grab().save(str(paths[-1]))
    w.training.set_slow_motion(False)
    w.labs.open_lab(str(Path(__file__).resolve().parent.parent / "resources" / "example-lab.toml"))
    settle(app)
    paths.append(out_dir / f"lab-{theme}.png")
    w.grab().save(str(paths[-1]))
    w.tabs.setCurrentWidget(w.runs_panel)
    settle(app)
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
    settle(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    size = f"{w.width()}x{w.height()}"
    paths = [out_dir / f"class-{size}-{theme}.png"]
    w.grab().save(str(paths[0]))
    w.close()
    return paths


def cut_texts(w) -> list[str]:
    """Shown labels, buttons and tab texts narrower than their text, and plots' axis titles
    outside their plot."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    found = []
    for label in w.findChildren(QLabel):
        if not label.isVisible() or label.window() is not w or not label.text():
            continue
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1:
            found.append(f"label short: {label.text()[:60]!r}")
        elif not label.wordWrap() and label.sizeHint().width() > label.width() + 1:
            found.append(f"label cut: {label.text()[:60]!r}")
    for button in w.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is w and button.text():
            text = button.text().replace("&&", "&").replace("&", "")
            if button.fontMetrics().horizontalAdvance(text) + 8 > button.width():
                found.append(f"button cut: {button.text()!r}")
    for bar in w.findChildren(QTabBar):
        if bar.isVisible():
            for i in range(bar.count()):
                text = bar.tabText(i).replace("&", "")
                if bar.fontMetrics().horizontalAdvance(text) > bar.tabRect(i).width() - 8:
                    found.append(f"tab elided: {text!r}")
    for plot in w.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        for side in ("left", "bottom", "right"):
            axis = plot.getPlotItem().getAxis(side)
            if axis.isVisible() and axis.labelText:
                m = axis.label.document().documentMargin()
                text = axis.label.mapRectToScene(axis.label.boundingRect().adjusted(m, m, -m, -m))
                if (
                    not plot.viewport()
                    .rect()
                    .adjusted(-1, -1, 1, 1)
                    .contains(plot.mapFromScene(text).boundingRect())
                ):
                    found.append(f"axis title cut: {plot.accessibleName()}: {axis.labelText!r}")
    return sorted(set(found))


def render_tour(
    out_dir: Path, language: str = "en", theme: str = "light", folder: str = ""
) -> list[Path]:
    """Every tab, the lab, slow motion and the inspector, in one language and theme."""
    from PySide6.QtCore import QEventLoop, QTimer

    from core.engine.presets import make_config

    app, w = fresh_window()
    w.languages.choose(language)
    w.set_theme(theme)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []

    def wait(signal) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def shot(name: str) -> None:
        settle(app)
        paths.append(out_dir / f"{name}-{language}-{theme}.png")
        w.grab().save(str(paths[-1]))
        for text in cut_texts(w):
            print(f"{paths[-1].name}: {text}")

    lab = Path(__file__).resolve().parent.parent / "resources" / "class-lab.toml"
    w.labs.open_lab(str(lab))
    shot("lab")
    w.setup.set_config(make_config("book", epochs=600, seed=1))
    w.training.train()
    wait(w.run_finished)
    w.training.set_slow_motion(True)
    w.training.step("epoch")
    wait(w.stepped)
    w.tabs.setCurrentIndex(0)
    shot("slow-motion")
    w.training.set_slow_motion(False)
    w.show_setup()
    if folder:
        w.classroom.open_class_folder(folder)
        w.class_view.table.selectRow(0)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        if w.tabs.widget(i) is w.sampling:
            w.files.sample()
        shot(f"tab{i}")
    w.tabs.setCurrentIndex(0)
    w.show_inspector()
    for i in range(w.inspector.tabs.count()):
        w.inspector.tabs.setCurrentIndex(i)
        shot(f"inspector{i}")
    w.close()
    return paths


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "tour":
        for p in render_tour(Path(sys.argv[1]), *sys.argv[3:6]):
            print(p)
        raise SystemExit(0)
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
