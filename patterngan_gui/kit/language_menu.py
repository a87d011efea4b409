"""View > Language: the system's language, or one chosen (remembered in the settings).

A choice takes effect at once: the translators are swapped (``kit.i18n.install``) and the
whole window shows itself in the new language: actions, menus, toolbar, tabs, docks, status
bar, and every panel (texts remembered by ``kit.i18n.keep``, and each panel's own
``retranslate()`` for the texts it composes: plots' titles and axes, banners, summaries); no
run is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from core.engine.config import LOSS_AXIS
from patterngan_gui.kit import i18n
from patterngan_gui.kit.i18n import LANGUAGES, keep, translate

LANGUAGE = "view/language"  # "" (the system's) or a code of LANGUAGES


class LanguageMenu(QObject):
    @staticmethod
    def chosen(settings) -> str:
        value = str(settings.qsettings.value(LANGUAGE, "") or "")
        return value if value in LANGUAGES else ""

    @staticmethod
    def install_chosen(window) -> str:
        """The remembered language (or the system's) for the whole application; the window
        (made before it) and every widget in it write and read numbers in its locale."""
        code = i18n.install(LanguageMenu.chosen(window.settings) or None)
        window.setLocale(QLocale())
        return code

    def __init__(self, window, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(view_menu)
        self.menu.setTitle(
            keep(self.menu, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        )
        view_menu.addSeparator()
        view_menu.addMenu(self.menu)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        system = QAction(self.menu)
        system.setText(
            keep(system, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&System language"))
        )
        self.actions[""] = system
        for code, name in LANGUAGES.items():
            self.actions[code] = QAction(name, self.menu)  # each in its own words
        current = self.chosen(window.settings)
        for code, action in self.actions.items():
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setObjectName(f"language_{code or 'system'}")
            group.addAction(action)
            self.menu.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))

    def choose(self, code: str) -> None:
        """Use ``code`` ("" = the system's) from now on, and remember it."""
        w = self.window
        w.settings.qsettings.setValue(LANGUAGE, code)
        for key, action in self.actions.items():
            action.setChecked(key == code)
        now = i18n.install(code or None)
        w.setLocale(QLocale())  # the spin boxes write and read numbers in the new locale
        self.retranslate()
        w.say(
            translate(
                "MainWindow",
                "Language: {0}.",
            ).format(LANGUAGES[now]),
            8000,
        )

    def retranslate(self) -> None:
        from patterngan_gui import actions as action_table
        from patterngan_gui.controllers.training import SPEEDS

        w = self.window
        action_table.show_texts(w.actions)
        i18n.retranslate(w)
        self.actions[""].setText(translate("MainWindow", "&System language"))
        for i, (label, _interval) in enumerate(SPEEDS):
            w.speed.setItemText(i, translate("speeds", label))
        w.actions["train"].setText(action_table.in_language(f"&{w.session.train_label}"))
        w.status.show(w.session)  # its words
        if w.plots is not None:  # what the run's banners say, in the new words
            w.plots.steps.say()
            w.plots.show_position()  # the timeline's words and numbers
            w.training.say_doctor()
            config = w.session.history.config if w.session.history else w.session.draft
            if config is not None:
                w.plots.loss_plot.setLabel("left", translate("plots", LOSS_AXIS[config.loss]))
