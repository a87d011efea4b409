"""The window's looks: theme (system, light, dark, high contrast) and text size, both remembered.

View > Theme and View > Larger / Smaller / Reset text act here; every panel and plot follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow


def follow_in_dock_titles(window, font) -> None:
    """Qt draws a dock's title in the font the application had when the dock was made, unless
    the dock has a font of its own unlike the application's: at 200 % the titles stayed small.
    Each dock gets the new font, marked its own by a style strategy that changes nothing drawn."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QDockWidget

    own = QFont(font)
    own.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    for dock in window.findChildren(QDockWidget):
        dock.setFont(own)


class Appearance:
    """Theme and text scale of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def set_theme(self, theme: str) -> None:
        w = self.window
        from patterngan_gui.kit.settings import THEMES
        from patterngan_gui.kit.theme import apply_theme

        theme = theme if theme in THEMES else "system"
        palette = apply_theme(theme)
        for key in THEMES:
            w.actions[f"theme_{key}"].setChecked(key == theme)
        w.settings.set_theme(theme)
        if w.plots is not None:
            from patterngan_gui.panels.plots import theme_plot

            w.plots.apply_theme(palette)
            theme_plot(w.sampling.hist, palette)
            panels = (w.sweep_panel, w.model_view, *([w.class_view] if w.class_view else []))
            for plot in (*w.runs_panel.plots(), *(p for x in panels for p in x.styler.plots)):
                theme_plot(plot, palette)

    def set_text_scale(self, scale: float) -> None:
        """Scale the widgets' and the plots' text, lines and markers together; remembered."""
        w = self.window
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        base = app.property("patterngan_base_font") or app.font()
        app.setProperty("patterngan_base_font", base)
        font = base.__class__(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        app.setFont(font)
        follow_in_dock_titles(w, font)
        w.text_scale = scale
        w.settings.set_text_scale(scale)
        # the set-up reflows (rows wrap) rather than take the plots' width on a small screen
        w._setup_scroll.setMinimumWidth(int(300 * min(scale, 1.15)))
        w.status.fit(w.width())
        if w.plots is not None:
            w.plots.set_text_scale(scale)
            w.sampling.set_text_scale(scale)
            w.runs_panel.set_text_scale(scale)
            w.sweep_panel.set_text_scale(scale)
            w.model_view.set_text_scale(scale)
            if w.class_view is not None:
                w.class_view.set_text_scale(scale)

    def _step_text(self, direction: int) -> None:
        from patterngan_gui.kit.settings import TEXT_SCALES

        i = TEXT_SCALES.index(min(TEXT_SCALES, key=lambda s: abs(s - self.window.text_scale)))
        i = max(0, min(len(TEXT_SCALES) - 1, i + direction))
        self.set_text_scale(TEXT_SCALES[i])
        said = translate("MainWindow", "Text at {0}%").format(number(TEXT_SCALES[i] * 100))
        self.window.say(said, 2000)

    def text_larger(self) -> None:
        self._step_text(+1)

    def text_smaller(self) -> None:
        self._step_text(-1)

    def text_reset(self) -> None:
        self.set_text_scale(1.0)
        self.window.say(translate("MainWindow", "Text at its usual size"), 2000)

    def set_theme_system(self, _on: bool = True) -> None:
        self.set_theme("system")

    def set_theme_light(self, _on: bool = True) -> None:
        self.set_theme("light")

    def set_theme_dark(self, _on: bool = True) -> None:
        self.set_theme("dark")

    def set_theme_high_contrast(self, _on: bool = True) -> None:
        self.set_theme("high_contrast")
