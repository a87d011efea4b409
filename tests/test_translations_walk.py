"""Every text the window shows is translated, and View > Language changes all of it at once
(issue 36): a pseudo-language (every string wrapped in ⟦…⟧) is installed while a run is
present, the window is retranslated live, and a walk over every tab, dock, menu, toolbar, the
plots' titles and axes, the run's banners and the dialogs that open without blocking finds no
unwrapped text but numbers, the user's data and a short allow-list; German then Spanish change
the panels' own texts (tooltips, headers, plot axes, summaries) and the run is still there."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from patterngan_gui.kit import i18n
from tests.gui_helpers import short, train_to_end

OPEN, CLOSE = "\u27e6", "\u27e7"


class Pseudo(QTranslator):
    """Every string visibly wrapped: text the window shows unwrapped was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


# Words that are the same in every language or are not the window's own (each with why):
ALLOWED = {
    "K",  # the maths' letters: the divisor and remainder of "n = R (mod K)"
    "R",
    "auto",  # the codec's and the choices' own names, as typed in a lab file and the CLI
    "one-hot",
    "PatternGAN",  # the app's name
    "#1 book",  # a run's name in a key: its number and preset (user data)
}
QT_OWN = ("qt_", "ScrollLeftButton", "ScrollRightButton")  # a dock's, a tab bar's, a toolbar's
NUMBER = re.compile(r"^[\s\d.,:%/+\-x=()\u2026<>*?#\u25a0\u2501\u2505\u2509\u25cf\u25b2]*$")
# numbers, ranges ("5/10", "1.00"), and a key's marks (■ ━━ ┅┅ ┉┉ ● ▲)
KEY = re.compile(r"^(F\d+|[A-Z]|[\[\]=+\-]|Del|Esc|Space)$")  # a shortcut's key (Ctrl+E, F10)
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The words a reader sees: no markup, no & keys, no entities, trimmed."""
    text = html.unescape(TAG.sub(" ", text.replace("&&", "\0")))
    return " ".join(text.replace("&", "").replace("\0", "&").split())


def unwrapped(text: str) -> str:
    """What is left of ``text`` outside ⟦…⟧ and outside the allowed words ("" when none)."""
    words = plain(text)
    outside, before = words, None
    while outside != before:  # innermost first: a translated word inside a sentence
        before, outside = outside, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", outside)
    outside = re.sub(f"{OPEN}[^{CLOSE}]*\u2026$", " ", outside)  # a sentence cut short: "…"
    left = []
    for piece in re.split(r"[\s;,:()\[\]|\u2192\u2026]+", outside):
        if piece and piece not in ALLOWED and not NUMBER.match(piece) and not KEY.match(piece):
            left.append(piece)
    return " ".join(left)


def user_data(window) -> set[str]:
    """Texts the window shows that come from the user's set-up or files, never translated."""
    from core.engine.fields import ACTIVATIONS, GENERATORS, LOSSES, NOISES, OPTIMIZERS, SCHEDULES
    from core.engine.presets import PRESETS

    names = set(PRESETS) | set(GENERATORS + ACTIVATIONS + LOSSES + OPTIMIZERS + NOISES)
    names |= set(SCHEDULES) | set(i18n.LANGUAGES.values()) | {"CPU", "CUDA", "cpu", "cuda"}
    return names


def texts_of(root: QWidget) -> dict[str, str]:
    """Every text a reader can meet under ``root``: labels, buttons, group titles, tab titles,
    table headers, tooltips, placeholders, accessible names, combo items, plots' axes."""
    found: dict[str, str] = {}

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found[where] = text

    for w in [root, *root.findChildren(QWidget)]:
        if w.objectName().startswith(QT_OWN):
            continue  # Qt's own buttons: named by Qt's translations (qtbase_de, qtbase_es)
        name = f"{type(w).__name__}:{w.objectName() or id(w)}"
        if isinstance(w, QLabel) and w.buddy() is None and w.parent() is not None:
            add(f"label {name}", w.text())
        elif isinstance(w, QLabel):
            add(f"label {name}", w.text())
        if isinstance(w, QAbstractButton) and w.objectName() != "qt_toolbar_ext_button":
            add(f"button {name}", w.text())
        if isinstance(w, QGroupBox):
            add(f"group {name}", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"tab {name} {i}", w.tabText(i))
        if isinstance(w, QDockWidget):
            add(f"dock {name}", w.windowTitle())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                add(f"header {name} {c}", item.text() if item else "")
        if isinstance(w, QLineEdit):
            add(f"placeholder {name}", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"item {name} {i}", w.itemText(i))
        add(f"tip {name}", w.toolTip())
        add(f"accessible {name}", w.accessibleName())
        titles = getattr(w, "_titles", None)  # a plot: its title and axis labels
        if titles:
            item = w.getPlotItem()
            for side in ("bottom", "left", "right"):
                axis = item.getAxis(side)
                if axis.isVisible():
                    add(f"axis {name} {side}", axis.labelText)
    return found


def menu_texts(window) -> dict[str, str]:
    found = {}
    for menu in window.menuBar().findChildren(QMenu):
        found[f"menu {menu.objectName() or id(menu)}"] = menu.title()
        for a in menu.actions():
            if a.isSeparator() or a.objectName().startswith(("language_", "recent")):
                continue  # a language's own name, a file's
            if a.text():
                found[f"action {a.objectName() or a.text()}"] = a.text()
            if a.toolTip() and a.toolTip() != a.text().replace("&", ""):
                found[f"action tip {a.objectName() or a.text()}"] = a.toolTip()
    return found


def problems(texts: dict[str, str], data: set[str]) -> dict[str, str]:
    bad = {}
    for where, text in texts.items():
        if plain(text) in data:
            continue
        left = unwrapped(text)
        if left and left not in data:
            bad[where] = text
    return bad


@pytest.fixture
def language_restored():
    before = QLocale()
    yield
    i18n.install(None)  # the system's (English here)
    QLocale.setDefault(before)


@pytest.fixture
def pseudo(language_restored):
    translator = Pseudo()
    yield translator
    QApplication.instance().removeTranslator(translator)


@pytest.fixture
def trained(window, qtbot):
    short(window, epochs=200, report_every=100)
    train_to_end(qtbot, window)
    return window


def switch_live(window, translator) -> None:
    """What View > Language does, with a translator of the test's own."""
    QApplication.instance().installTranslator(translator)
    window.languages.retranslate()


def test_the_pseudo_language_wraps_every_text_of_every_tab_and_dock(trained, pseudo):
    w = trained
    w.show_inspector()
    w.training.show_doctor()  # the run doctor's banner, if it found something
    switch_live(w, pseudo)  # live: the window was made in English, with a run
    texts = {**texts_of(w), **menu_texts(w)}
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        texts.update(texts_of(w.tabs.widget(i)))
    data = user_data(w) | {r.describe() for r in w.session.runs}
    # still English, from core: why a device was chosen (core.engine.device's own words)
    data.add(w.status.device.toolTip())
    assert len(texts) > 300
    bad = problems(texts, data)
    assert bad == {}, "\n".join(f"{k}: {v!r}" for k, v in sorted(bad.items()))


def test_the_pseudo_language_wraps_the_dialogs(window, pseudo):
    from core.engine.presets import make_config
    from patterngan_gui.controllers.live_change import LiveChangeDialog
    from patterngan_gui.kit.lab_dialog import SaveLabDialog

    QApplication.instance().installTranslator(pseudo)
    opened: list[QDialog] = [
        SaveLabDialog(make_config("book"), None, window),
        LiveChangeDialog({"lr_d": 0.001, "lr_g": 0.001, "d_steps": 1}, window),
    ]
    texts: dict[str, str] = {}
    for dialog in opened:
        texts[f"title {type(dialog).__name__}"] = dialog.windowTitle()
        texts.update(texts_of(dialog))
    texts["about"] = window.dialogs.about_text().split("</h3>", 1)[1].split("<p>PyTorch")[0]
    device = window.dialogs.about_text().rsplit("<br>", 1)[1]
    texts["about device"] = device.split(":", 1)[0] + CLOSE  # "⟦Device: {0}⟧" with a name
    assert len(texts) > 40
    bad = problems(texts, user_data(window))
    assert bad == {}, "\n".join(f"{k}: {v!r}" for k, v in sorted(bad.items()))


def test_view_language_changes_every_panel_at_once_and_keeps_the_run(trained, language_restored):
    w = trained
    runs = list(w.session.runs)
    w.show_inspector()

    def panel_texts() -> dict[str, str]:
        return {
            "runs intro": w.runs_panel.findChildren(QLabel)[0].text(),
            "runs header": w.runs_panel.table.horizontalHeaderItem(0).text(),
            "runs memory": w.runs_panel.memory.text(),
            "epochs tooltip": w.setup.epochs.toolTip(),
            "preset note": w.setup.preset_help.text(),
            "loss axis x": w.plots.loss_plot.getPlotItem().getAxis("bottom").labelText,
            "runs plot x": w.runs_panel.strict_plot.getPlotItem().getAxis("bottom").labelText,
            "samples log": w.plots.samples_log.title.text(),
            "sweeps": w.sweep_panel.summary.text(),
            "networks": w.model_view.findChildren(QLabel)[0].text(),
            "inspector": w.inspector.samples_label.text(),
            "pattern group": w.setup.findChildren(QGroupBox)[0].title(),
            "advanced": w.setup.advanced.toggle.text(),
        }

    english = panel_texts()
    w.findChild(type(w.action("save")), "language_de").trigger()
    german = panel_texts()
    assert {k for k in english if english[k] == german[k]} == set()
    assert german["runs header"] == "Lauf" and german["loss axis x"] == "Epoche"
    assert german["inspector"].startswith("Zahlen von G in Epoche 200")
    assert w.session.runs == runs  # nothing lost
    w.findChild(type(w.action("save")), "language_es").trigger()
    spanish = panel_texts()
    assert spanish["runs header"] == "Ejecución" and spanish["sweeps"].startswith("Aún no hay")
    w.findChild(type(w.action("save")), "language_system").trigger()
    assert panel_texts() == english
    assert w.session.runs == runs
