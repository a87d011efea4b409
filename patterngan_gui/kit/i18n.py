"""The window's languages, with Qt's own tools: strings are marked with ``translate(context,
text)`` (or ``QT_TRANSLATE_NOOP`` in data tables), ``pyside6-lupdate`` collects them into
``resources/i18n/patterngan_<lang>.ts``, a translator fills those in (Qt Linguist or any XML
editor), ``pyside6-lrelease`` compiles them into the ``.qm`` files the wheel ships.

The language is the system's by default (``QLocale.system().uiLanguages()``); View > Language
chooses another, remembered in the settings, and takes effect at once: the translators are
swapped and the whole window retranslates (``retranslate``: every text remembered by ``keep``,
every plot's titles and axes, and each widget's own ``retranslate()``); no run is lost.
Core stays Qt-free: its tables' strings are collected by ``kit.i18n_build`` and its sentences
are templates (``core.teaching.words``), translated here with the same context. Qt's
own translations (qtbase: Save / Cancel / Discard, the file dialogs) are loaded beside ours.
Numbers follow the language chosen (``kit.numbers``): its locale becomes Qt's default.

``python -m patterngan_gui.kit.i18n_build`` runs lupdate and lrelease over the sources.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# the languages shipped (code -> its own name); English is the sources' language
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Espa\u00f1ol"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


# a counted text's fourth argument: ``translate(context, "%n run(s)", None, PLURAL, n)``.
# pyside6-lupdate marks a five-argument ``translate`` call (Qt 4's encoding slot before the
# count) as numerus, so the .ts holds each language's plural forms; with four arguments it
# keeps one form only and misses a call whose count is an expression; it hangs on a count
# such as len(a.b): give the count a plain name first
PLURAL = "plural"
_ENDING = re.compile(r"\(s\)")


def translate(
    context: str, text: str, disambiguation: str | None = None, n: object = -1, count: int = -1
) -> str:
    """``text`` in the current language; lupdate finds each call by this name. A counted text
    is ``translate(context, "%n file(s)", None, PLURAL, n)``: its translation's plural form
    for ``n``, with ``%n`` written as the number; where no translation has one (English), the
    source's "(s)" becomes "s" or nothing."""
    n = count if n == PLURAL else n
    said = QCoreApplication.translate(context, text, disambiguation, int(n))
    if int(n) >= 0 and "(s)" in said:
        said = _ENDING.sub("" if n == 1 else "s", said)
    return said


def i18n_folder() -> Path:
    """Where the .qm files are: the package's resources (the wheel, an editable install)."""
    from importlib.resources import files

    from patterngan_gui.kit.resource_files import SOURCE_TREE

    try:
        folder = Path(str(files("patterngan_gui.resources") / "i18n"))
        if folder.is_dir():
            return folder
    except ModuleNotFoundError:  # a source tree that was never installed
        pass
    return SOURCE_TREE / "i18n"


def system_language() -> str:
    """The first of the system's UI languages that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def qt_translations_folder() -> str:
    """Qt's own .qm files: beside the portable kit's executable, else PySide6's."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        for candidate in (
            Path(bundled) / "PySide6" / "Qt" / "translations",
            Path(bundled) / "translations",
        ):
            if candidate.is_dir():
                return str(candidate)
    return QLibraryInfo.path(QLibraryInfo.TranslationsPath)


def install(language: str | None = None) -> str:
    """Use ``language`` ("" or None: the system's) for the whole application; returns the
    language now in use. Unknown codes fall back to English."""
    global _current
    app = QCoreApplication.instance()
    code = (language or system_language()).lower()
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(i18n_folder() / f"patterngan_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", qt_translations_folder()):
            app.installTranslator(qt)
            _installed.append(qt)
    if language:  # chosen (View > Language): numbers follow it, in the system's own way
        system = QLocale.system()  # when the system speaks it
        same = QLocale(code).language() == system.language()
        QLocale.setDefault(system if same else QLocale(code))
    _current = code
    return code


# what ``keep`` remembers, by role: the property that holds the source text
ROLES = {
    "text": "source_text",
    "tip": "source_tip",
    "title": "source_title",
    "placeholder": "source_placeholder",
    "name": "source_name",
}


def keep(obj, context: str, source: str, role: str = "text") -> str:
    """``source`` translated, remembered on ``obj`` so that ``retranslate`` can show it again
    in another language: its text (a menu's title, a dock's, a tab page's, a label's or a
    button's text), its ``tip`` (tooltip), a group box's ``title``, a line edit's
    ``placeholder`` or its accessible ``name``. Write the source as
    ``QT_TRANSLATE_NOOP(context, "...")`` (or a literal in a ``translate`` call nearby) so that
    lupdate finds it."""
    obj.setProperty("tr_context", context)
    obj.setProperty(ROLES[role], source)
    return translate(context, source)


def kept(widget, context: str, text: str = "", tip: str = "", name: str = ""):
    """``widget`` with its text, tooltip and accessible name set through ``keep``."""
    if text:
        if hasattr(widget, "setTitle") and not hasattr(widget, "setText"):
            widget.setTitle(keep(widget, context, text, "title"))
        else:
            widget.setText(keep(widget, context, text))
    if tip:
        widget.setToolTip(keep(widget, context, tip, "tip"))
    if name:
        widget.setAccessibleName(keep(widget, context, name, "name"))
    return widget


def form_row(form, context: str, source: str, field):
    """``form.addRow(label, field)`` with the label's text kept (``keep``) and bound to
    ``field``; returns the label."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.setText(keep(label, context, source))
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def retranslate(root) -> None:
    """Every text under ``root`` remembered by ``keep`` (and every plot's titles), in the
    current language; then each widget's own ``retranslate()`` for the texts it composes."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import (
        QAbstractButton,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QStackedWidget,
        QTabWidget,
        QToolBar,
        QWidget,
    )

    objects = [root, *root.findChildren(QObject)]
    for obj in objects:
        context = str(obj.property("tr_context") or "")
        source = obj.property("source_text")
        if source:
            text = translate(context, str(source))
            parent = obj.parent()
            if isinstance(parent, QStackedWidget) and isinstance(parent.parent(), QTabWidget):
                tabs = parent.parent()
                tabs.setTabText(tabs.indexOf(obj), text)  # a tab page: its tab's title
            elif isinstance(obj, QMenu):
                obj.setTitle(text)
            elif isinstance(obj, QDockWidget | QToolBar):
                obj.setWindowTitle(text)
            elif isinstance(obj, QLabel | QAbstractButton):
                obj.setText(text)
        if not isinstance(obj, QWidget):
            continue
        for role, setter in (("tip", "setToolTip"), ("name", "setAccessibleName")):
            source = obj.property(ROLES[role])
            if source:
                getattr(obj, setter)(translate(context, str(source)))
        title = obj.property("source_title")
        if title and isinstance(obj, QGroupBox):
            obj.setTitle(translate(context, str(title)))
        placeholder = obj.property("source_placeholder")
        if placeholder and isinstance(obj, QLineEdit):
            obj.setPlaceholderText(translate(context, str(placeholder)))
        if getattr(obj, "_source_titles", None) and hasattr(obj, "setLabel"):
            retitle(obj)  # a plot (kit.plot_kit.make_plot)
    for obj in objects:
        own = getattr(obj, "retranslate", None)
        if obj is not root and callable(own) and isinstance(obj, QWidget):
            own()


def retitle(plot) -> None:
    """A plot's axis labels and accessible name in the current language (its English titles
    are kept by ``kit.plot_kit.make_plot``)."""
    title, x, y = (translate("plots", t) if t else t for t in plot._source_titles)
    plot._titles = (title, x, y)
    plot.setAccessibleName(title)
    item = plot.getPlotItem()
    right = getattr(plot, "_right_label", "")
    for name, text in (("bottom", x), ("left", y), ("right", right and translate("plots", right))):
        if text:
            axis = item.getAxis(name)
            axis.setLabel(text, **getattr(axis, "labelStyle", {}))
