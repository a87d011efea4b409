"""Alt keys (issue 36, keyboard): within the menu bar and within each menu and submenu, no two
entries share their mnemonic, in every language shipped. Walks the window's real menus (the
action table's entries, Open Recent, Theme, Language), not a list of strings. A text not yet
translated is left to the translation-completeness test; among the texts a language shows, a
repeat is a clash."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from patterngan_gui.kit import i18n
from patterngan_gui.kit.i18n import LANGUAGES

LAB = str(Path(__file__).resolve().parent.parent / "resources" / "class-lab.toml")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(menu, path: str, shown_in_english: set[str], out: dict) -> None:
    """Repeated mnemonics among ``menu``'s entries, and in its submenus, into ``out``."""
    keys = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text()
        if text not in shown_in_english:
            keys[mnemonic(text)].append(text)
        if action.menu() is not None:
            clashes(action.menu(), f"{path} > {text}", shown_in_english, out)
    out.update({(path, k): v for k, v in keys.items() if k and len(v) > 1})


def menu_bar_clashes(window, untranslated: set[str]) -> dict:
    out: dict = {}
    bar = window.menuBar()
    keys = defaultdict(list)
    for action in bar.actions():
        keys[mnemonic(action.text())].append(action.text())
        clashes(action.menu(), action.text(), untranslated, out)
    out.update({("menu bar", k): v for k, v in keys.items() if k and len(v) > 1})
    return out


def texts(window) -> set[str]:
    found = set()

    def walk(menu):
        for action in menu.actions():
            found.add(action.text())
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_menu_level_has_unique_alt_keys(window, code, language_restored):
    english = texts(window)  # the window starts in the tests' language, English
    window.languages.choose(code)
    untranslated = set() if code == i18n.SOURCE_LANGUAGE else english
    assert menu_bar_clashes(window, untranslated) == {}


def test_a_repeated_alt_key_is_found(window):
    """The check itself: a planted repeat in View is seen."""
    view = window.menuBar().actions()[2].menu()
    planted = view.addAction("&Set-up again")
    try:
        found = menu_bar_clashes(window, set())
        assert any(key == "s" for (_path, key) in found), found
    finally:
        view.removeAction(planted)


def window_level_clashes(window, untranslated: set[str] = frozenset()) -> dict:
    """A menu bar title's Alt key also taken by a label's buddy, a button or a tab visible in
    the window: Alt+key is then ambiguous and the menu may not open (German's "&Datei" and
    "Lernrate &D:" made the keyboard walk land in a spin box)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    bar = {mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
    found: dict = {}
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        others = [(tb.tabText(i)) for tb in window.findChildren(QTabBar) for i in range(tb.count())]
        for w in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
            if w.isVisibleTo(window) and w.window() is window:
                if not isinstance(w, QLabel) or w.buddy() is not None:
                    others.append(w.text())
        for text in others:
            key = mnemonic(text) if text not in untranslated else None
            if key in bar:
                found[key] = sorted({bar[key], text, *found.get(key, [])})
    return found


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_no_menu_s_alt_key_is_taken_in_the_window(make_window, code, language_restored):
    window = make_window(lab_file=LAB)
    english = all_texts(window)
    window.languages.choose(code)
    untranslated = set() if code == i18n.SOURCE_LANGUAGE else english
    assert window_level_clashes(window, untranslated) == {}


def test_a_label_taking_a_menu_s_key_is_found(make_window):
    from PySide6.QtWidgets import QLabel, QSpinBox

    window = make_window()
    spin = QSpinBox()
    label = QLabel("&Run length:")
    label.setBuddy(spin)
    window.setup.layout().addWidget(label)
    window.setup.layout().addWidget(spin)
    label.show()
    spin.show()
    assert "r" in window_level_clashes(window)


def shown_mnemonics(window) -> dict[str, list[str]]:
    """Every Alt key the window answers now, with the texts that take it: the menu bar's
    titles, the tabs of every tab bar shown, each shown button and each shown label with a
    buddy. "Shown" as Qt's shortcuts see it (``isVisible``): a dock tabified behind another
    is moved off screen, not hidden, so its fields still take their keys."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        keys[mnemonic(action.text())].append(action.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            keys_of_tabs = (bar.tabText(i) for i in range(bar.count()))
            for text in keys_of_tabs:
                keys[mnemonic(text)].append(text)
    for w in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        if w.isVisible() and w.window() is window:
            if not isinstance(w, QLabel) or w.buddy() is not None:
                keys[mnemonic(w.text())].append(w.text())
    keys.pop(None, None)
    return keys


def field_level_clashes(window, untranslated: set[str] = frozenset()) -> dict:
    """Alt keys taken twice among the controls shown together: on each tab of the window, the
    three docks shown (set-up, instructions, inspector: tabified, so all three take keys),
    as opened, in slow motion (its banner's button), and with the set-up's advanced knobs
    unfolded. A text not yet translated is left to the translation-completeness test."""
    from PySide6.QtWidgets import QApplication

    window.show_inspector()  # a lab's instructions dock is shown by the lab
    window.show_setup()
    found: dict = {}
    for state in ("as opened", "slow motion", "advanced"):
        window.training.set_slow_motion(state == "slow motion")
        window.setup.advanced.set_expanded(state == "advanced")
        if state == "slow motion":
            window.plots.story.say("A step's sentence", "Show")
            window.plots.steps.banner.button.setVisible(True)
        for page in range(window.tabs.count()):
            window.tabs.setCurrentIndex(page)
            QApplication.processEvents()
            for key, shown in shown_mnemonics(window).items():
                shown = [t for t in shown if t not in untranslated]
                if len(shown) > 1:
                    found[(f"{window.tabs.tabText(page)} ({state})", key)] = sorted(shown)
    window.training.set_slow_motion(False)
    window.setup.advanced.set_expanded(False)
    return found


def all_texts(window) -> set[str]:
    """Every text that may take an Alt key, in the window's language now."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    found = texts(window) | {a.text() for a in window.menuBar().actions()}
    found |= {
        w.text() for w in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    }
    for bar in window.findChildren(QTabBar):
        found |= {bar.tabText(i) for i in range(bar.count())}
    return found


# Clashes in the shipped translations, chosen by their translators: listed so that they are
# seen, and so that this test fails (and the entry goes) once a translation fixes one.
KNOWN_IN_TRANSLATIONS: dict[str, set[tuple[str, ...]]] = {}


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory) -> str:
    """Two students' lab results, for the Class tab."""
    from tests.test_cli import run

    folder = tmp_path_factory.mktemp("klass")
    lab = folder / "lab.toml"
    lab.write_text(
        'format = 1\ntitle = "Keys"\n[setup]\npreset = "book"\nepochs = 50\n'
        "report_every = 50\neval_samples = 300\n"
    )
    for i in range(2):
        out = str(folder / f"s{i}.pgresult")
        code, _, err = run(
            "lab", "run", str(lab), "--name", f"S{i}", "--seed", str(i), "--out", out
        )
        assert code == 0, err
    return str(folder)


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_fields_and_buttons_shown_together_have_unique_alt_keys(
    make_window, code, language_restored, class_folder
):
    """Alt+S focused the set-up's seed, then the Sampling tab's Sample, then Save CSV in turn
    (Qt moves focus among the takers of an ambiguous key and clicks none)."""
    found = set()
    for lab in (None, LAB):  # a lab hides some fields and shows its questions
        window = make_window(lab_file=lab)
        assert window.classroom.open_class_folder(class_folder)  # the Class tab too
        english = all_texts(window)
        window.languages.choose(code)
        untranslated = set() if code == i18n.SOURCE_LANGUAGE else english
        found |= {tuple(texts_) for texts_ in field_level_clashes(window, untranslated).values()}
        window.languages.choose(i18n.SOURCE_LANGUAGE)
    assert found == KNOWN_IN_TRANSLATIONS.get(code, set())


def test_a_button_taking_a_field_s_key_is_found(make_window):
    """The check itself: a button planted on the Sampling tab with the set-up's seed key."""
    from PySide6.QtWidgets import QPushButton

    window = make_window()
    planted = QPushButton("&Show seed")
    window.sampling.layout().addWidget(planted)
    found = field_level_clashes(window)
    assert found.get(("Sa&mpling (as opened)", "s")) == ["&Seed:", "&Show seed"], found
