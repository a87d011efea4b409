"""Translations with Qt's tools (issue 36): the .ts files hold every marked string of the
window's sources and tables, German and Spanish are complete, the shipped .qm files are the
compiled .ts; the window starts in the chosen language (Qt's own buttons too), View > Language
switches it without losing a run, and a pseudo-language finds no unwrapped text in what is
translated today (menus, actions, toolbar, tabs, docks, status bar, speed dial, the set-up's
groups and labels, the pattern kinds, the Training plots' titles, the Sampling buttons, the
lab's boxes)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QToolBar, QToolButton

from patterngan_gui.kit import i18n, i18n_build

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
SHIPPED = [c for c in i18n.LANGUAGES if c != i18n.SOURCE_LANGUAGE]
BIN = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name"), m.findtext("source"), m.find("translation"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def marks(text: str) -> list[str]:
    """The placeholders; "%Ln" (the count in the locale's digits) stands for "%n"."""
    return sorted(re.findall(r"\{\d\}|%n|%\d", text.replace("%Ln", "%n")))


# Labels whose translation has no Alt key: every letter of the word is the key of another
# control shown with it (tests/test_mnemonics.py); they are reached with Tab, as English's
# keyless fields are. A key given back to one of them makes this list fail below.
KEYLESS = {
    "de": {"&Integer:", "E&xpression:", "Latent si&ze:", "Report ever&y:"},
    "es": {"&Integer:", "Latent si&ze:", "R&ange:", "Samp&le"},
}


@pytest.mark.parametrize("code", SHIPPED)
def test_every_entry_is_translated_and_keeps_its_placeholders(code):
    found = messages(FOLDER / f"patterngan_{code}.ts")
    assert len(found) > 100
    problems = []
    for context, source, translation in found:
        forms = [f.text or "" for f in translation.iter("numerusform")]  # a counted text's
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in forms or [translation.text or ""]:  # each plural form, else the one text
            if not text.strip():
                problems.append(f"{context}: {source!r} is not translated")
            elif marks(text) != marks(source):
                problems.append(f"{context}: {source!r} -> {text!r} lost a placeholder")
            elif text.count("&") > 1 or ("&" in text and "&" not in source):
                problems.append(f"{context}: {source!r} -> {text!r}: a key the source has not")
            elif "&" in source and "&" not in text and source not in KEYLESS.get(code, ()):
                problems.append(
                    f"{context}: {source!r} -> {text!r}: one & (a key) when the source has"
                )
    keyless = {source for _, source, translation in found if "&" not in (translation.text or "")}
    assert KEYLESS.get(code, set()) <= keyless  # listed, yet keyed: the entry goes
    assert problems == []


def test_the_ts_files_hold_every_string_of_the_sources(tmp_path):
    """lupdate over today's sources (and the tables, as kit/tr_tables.py) finds no string the
    .ts files lack, and none they hold in vain: add a string, run
    ``python -m patterngan_gui.kit.i18n_build`` and translate it."""
    from patterngan_gui.kit.i18n_build import table_strings

    tables = (ROOT / "patterngan_gui" / "kit" / "tr_tables.py").read_text(encoding="utf-8")
    stale = [text for _context, text in table_strings() if f"{text}" not in tables]
    assert stale == [], "kit/tr_tables.py is out of date"
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in i18n_build.sources(ROOT)]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    wanted = {(c, s) for c, s, _t in messages(fresh)}
    for code in SHIPPED:
        have = {(c, s) for c, s, _t in messages(FOLDER / f"patterngan_{code}.ts")}
        assert sorted(wanted - have) == [], f"{code}: strings missing from the .ts"
        assert sorted(have - wanted) == [], f"{code}: strings no source has any more"


@pytest.mark.parametrize("code", SHIPPED)
def test_the_shipped_qm_is_the_compiled_ts(tmp_path, code):
    qm = tmp_path / f"{code}.qm"
    ts = FOLDER / f"patterngan_{code}.ts"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == (FOLDER / f"patterngan_{code}.qm").read_bytes()


def window_in(make_window, settings_path, code):
    QSettings(settings_path, QSettings.IniFormat).setValue("view/language", code)
    return make_window()


def test_the_window_starts_in_german_with_qt_s_own_buttons(
    make_window, settings_path, language_restored
):
    w = window_in(make_window, settings_path, "de")
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:4] == ["&Datei", "&Lauf", "&Ansicht", "&Hilfe"]
    assert w.tabs.tabText(0) == "&Training" and w.tabs.tabText(1) == "Sti&chproben"
    assert w.action("save").text() == "Generator &speichern"
    assert w.status.epoch.text().startswith("Epoche 0 / ")
    assert w.setup_dock.windowTitle() == "Einstellungen"
    box = QMessageBox(QMessageBox.Warning, "t", "x", QMessageBox.Save | QMessageBox.Cancel)
    assert box.button(QMessageBox.Cancel).text() == "Abbrechen"  # Qt's qtbase_de
    assert QLocale().decimalPoint() == ","  # numbers follow the chosen language
    w.plot_access.update()  # a screen reader's words for a plot, in German too
    assert w.plots.loss_plot.accessibleDescription() == "Verluste: noch keine Daten."


def test_spanish_too(make_window, settings_path, language_restored):
    w = window_in(make_window, settings_path, "es")
    assert w.menuBar().actions()[0].text() == "&Archivo"
    assert w.tabs.tabText(2) == "E&jecuciones"


def test_view_language_switches_at_once_and_keeps_the_runs(window, qtbot, language_restored):
    from tests.gui_helpers import short, train_to_end

    short(window, epochs=100, report_every=100)
    train_to_end(qtbot, window)
    runs = list(window.session.runs)
    window.findChild(type(window.action("save")), "language_de").trigger()
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.tabs.tabText(window.tabs.indexOf(window.sampling)) == "Sti&chproben"
    assert window.action("train").text() == "&Trainieren"
    assert window.status.epoch.text().startswith("Epoche 100 / ")
    assert window.session.runs == runs  # nothing lost
    assert window.statusBar().currentMessage().startswith("Sprache: Deutsch")
    window.findChild(type(window.action("save")), "language_system").trigger()
    assert window.menuBar().actions()[0].text() == "&File"


class Pseudo(QTranslator):
    """Every string visibly wrapped: text the window shows unwrapped was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"\u27e6{source}\u27e7" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def wrapped(text: str) -> bool:
    return text.replace("&", "").startswith("\u27e6") and text.endswith("\u27e7")


def test_a_pseudo_language_finds_no_unwrapped_text(make_window, language_restored):
    pseudo = Pseudo()
    QApplication.instance().installTranslator(pseudo)
    try:
        w = make_window()
        texts = {}
        for menu_action in w.menuBar().actions():
            texts[f"menu {menu_action.text()}"] = menu_action.text()
            for a in menu_action.menu().actions():
                if a.isSeparator() or a.objectName().startswith(("language_", "recent")):
                    continue  # a language's own name, a file's
                if a.text():
                    texts[f"action {a.objectName() or a.text()}"] = a.text()
        for a in w.actions.values():
            if a.statusTip():
                texts[f"tip {a.objectName()}"] = a.statusTip()
        toolbar = w.findChild(QToolBar, "run_toolbar")
        for button in toolbar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button" and button.text():
                texts[f"toolbar {button.text()}"] = button.text()
        for i in range(w.tabs.count()):
            texts[f"tab {i}"] = w.tabs.tabText(i)
        for dock in w.findChildren(QDockWidget):
            texts[f"dock {dock.objectName()}"] = dock.windowTitle()
        for label in (w.status.epoch, w.status.device):
            texts[f"status {label.text()}"] = label.text()
        for i in range(w.speed.count()):
            texts[f"speed {i}"] = w.speed.itemText(i)
        from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

        from patterngan_gui.kit.plot_kit import Key

        for box in w.setup.findChildren(QGroupBox):
            texts[f"group {box.title()}"] = box.title()
        for label in w.setup.findChildren(QLabel):  # the form's labels, bound to their fields
            if label.buddy() is not None and label.text():
                texts[f"label {label.text()}"] = label.text()
        for i in range(w.setup.kind.count()):
            texts[f"kind {i}"] = w.setup.kind.itemText(i)
        for key in w.plots.findChildren(Key):  # every plot's title and key entries
            texts[f"key {key.title}"] = key.title
        for button in w.sampling.findChildren(QAbstractButton):
            texts[f"sampling {button.text()}"] = button.text()
        for box in w.lab_panel.findChildren(QGroupBox):
            texts[f"lab {box.title()}"] = box.title()
        symbols = {"", "K", "R"}  # the maths' own letters, a table's corner button
        unwrapped = {k: v for k, v in texts.items() if not wrapped(v) and v not in symbols}
        assert len(texts) > 120
        assert unwrapped == {}
    finally:
        QApplication.instance().removeTranslator(pseudo)


@pytest.mark.parametrize("code", SHIPPED)
def test_each_menu_s_alt_keys_are_unique_in_a_translation(qapp, code, language_restored):
    """Within a menu, no two commands share their Alt key in German or Spanish (English's
    own repeats are older than the translations)."""
    from collections import defaultdict

    from patterngan_gui.actions import ACTIONS, in_language

    i18n.install(code)
    keys = defaultdict(list)
    for spec in ACTIONS:
        if spec.menu and not spec.submenu:
            text = in_language(spec.text)
            if "&" in text:
                keys[(spec.menu, text[text.index("&") + 1].lower())].append(text)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_no_count_is_written_by_hand():
    """A text that says "(s)" or "%n" is a counted text (``PLURAL``): never a count put in by
    ``format`` or a plain ``translate``/``QT_TRANSLATE_NOOP`` (German and Spanish need their
    own plural forms, and "1 runs" is wrong in English too)."""
    import ast

    counted = {(c, s) for _where, c, s in counted_calls()}
    by_hand = []
    for path in i18n_build.sources(ROOT):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "func", None)
            name = getattr(name, "id", getattr(name, "attr", ""))
            if not isinstance(node, ast.Call) or name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            if len(node.args) < 2 or not all(isinstance(a, ast.Constant) for a in node.args[:2]):
                continue
            context, source = node.args[0].value, node.args[1].value
            if ("(s)" in source or "%n" in source) and (context, source) not in counted:
                by_hand.append(f"{path.name}:{node.lineno}: {source!r}")
    assert by_hand == []


def counted_calls() -> list[tuple[str, str, str]]:
    """(where, context, source) of every counted text in the sources:
    ``translate(context, "%n ...", None, PLURAL, n)``."""
    import ast

    found = []
    for path in i18n_build.sources(ROOT):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "translate"
                and len(node.args) == 5
                and getattr(node.args[3], "id", "") == "PLURAL"
                and all(isinstance(a, ast.Constant) for a in node.args[:2])  # not said()'s
            ):
                context, source = (ast.literal_eval(a) for a in node.args[:2])
                found.append((f"{path.name}:{node.lineno}", context, source))
    return found


@pytest.mark.parametrize("code", SHIPPED)
def test_every_counted_text_has_its_plural_forms(code):
    """Each ``translate(..., None, PLURAL, n)`` is a numerus entry of the .ts with every plural
    form of the language filled in and its ``%n`` kept (lupdate silently keeps one form, or
    drops the call, for a count written as ``a.b`` or a call ending in a comma)."""
    calls = counted_calls()
    assert len(calls) > 25
    numerus = {}
    root = ET.parse(FOLDER / f"patterngan_{code}.ts").getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
                numerus[(ctx.findtext("name"), m.findtext("source"))] = forms
    problems = []
    for where, context, source in calls:
        forms = numerus.get((context, source))
        if forms is None:
            problems.append(f"{where}: {source!r} is not a numerus entry (lupdate missed it)")
        elif len(forms) != 2 or not all(f.strip() for f in forms):
            problems.append(f"{where}: {source!r} lacks a plural form: {forms}")
        elif any(marks(f) != marks(source) for f in forms):
            problems.append(f"{where}: {source!r} -> {forms} lost a placeholder")
    assert problems == []


def test_german_and_spanish_plurals_and_core_sentences(qapp, language_restored):
    """The shipped .qm in use: a plural form per count, core's sentences (an error raised by
    the set-up's check, the doctor's sentence) in the language chosen, English otherwise."""
    from core.engine.config import TrainConfig
    from core.teaching.doctor import diagnose
    from patterngan_gui.kit.i18n import PLURAL, translate
    from patterngan_gui.kit.step_words import doctor_sentence, error_words

    with pytest.raises(ValueError) as refused:
        TrainConfig(lr_d=-1.0).validate()
    healthy = diagnose([], epochs=10, loss="nonsaturating")[0]
    said = {}
    for code in ("en", "de", "es"):
        i18n.install(code)
        said[code] = (
            translate("Files", "%n run(s)", None, PLURAL, 1),
            translate("Files", "%n run(s)", None, PLURAL, 3),
            error_words(refused.value),
            doctor_sentence(healthy),
            translate("Report", "%n epoch(s)", None, PLURAL, 10000),
        )
    assert said["en"][:2] == ("1 run", "3 runs")  # English's own plural, from "(s)"
    assert said["de"][:2] == ("1 Lauf", "3 Läufe")
    assert said["es"][:2] == ("1 ejecución", "3 ejecuciones")
    assert said["en"][2] == str(refused.value) == "lr_d: must be at least 1e-05, got -1.0"
    assert said["de"][2] == "lr_d: muss mindestens 1e-05 sein, angegeben: -1.0"
    assert said["es"][2].startswith("lr_d: debe ser al menos")
    assert said["de"][3].startswith("Gesund: kein Anzeichen") and said["es"][3].startswith("Sana")
    assert said["de"][4] == "10.000 Epochen" and said["es"][4] == "10.000 épocas"  # %Ln
