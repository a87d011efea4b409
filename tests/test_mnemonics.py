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
from PySide6.QtCore import QLocale

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


@pytest.fixture
def language_restored():
    before = QLocale()
    yield
    i18n.install(None)
    QLocale.setDefault(before)


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


def window_level_clashes(window) -> dict:
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
            key = mnemonic(text)
            if key in bar:
                found[key] = sorted({bar[key], text, *found.get(key, [])})
    return found


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_no_menu_s_alt_key_is_taken_in_the_window(make_window, code, language_restored):
    window = make_window(lab_file=LAB)
    window.languages.choose(code)
    assert window_level_clashes(window) == {}


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
