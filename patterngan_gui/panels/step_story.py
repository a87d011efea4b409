"""Slow motion's account of one step on the Training tab: the plots the step changed are
outlined, what they showed before the step is drawn dashed grey beside what they show now,
and a banner says what the step did and why. One job, apart from the plots' own drawing."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout

from patterngan_gui.kit.contrast import readable
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.plot_kit import GREY, ORANGE, Styler
from patterngan_gui.kit.step_words import story_words
from patterngan_gui.panels.maths_view import MathsView

# a plot a slow-motion step just changed: its frame (title, key and plot) is outlined, so
# the outline never covers the plot's own axis labels
HIGHLIGHT = f"#plotframe {{ border: 3px solid {ORANGE}; }}"
NAMES = {  # the plots' own titles (context "plots")
    "losses": "Losses",
    "quality": "Quality",
    "distribution": "Generator's distribution",
    "d_view": "D's view",
}


class StepStory:
    """The outlines, the dashed "before" curves and the banner of one slow-motion step."""

    def __init__(
        self,
        banner,
        frames: dict[str, QFrame],
        dist_plot: pg.PlotWidget,
        dview_plot: pg.PlotWidget,
        styler: Styler,
    ) -> None:
        self.banner, self.frames = banner, frames
        self.maths: tuple = ()  # the shown step's maths (core.teaching.maths.MathStep)
        self.title = ""  # the shown step's title ("Step 1: D on real")
        self.maths_dialog: QDialog | None = None
        banner.button.clicked.connect(self.show_maths)
        self.dview_ghost = styler.curve(pg.PlotDataItem(), GREY, 1.5, dashed=True)
        dview_plot.addItem(self.dview_ghost)
        self.dist_ghost = styler.curve(pg.PlotDataItem(stepMode="center"), GREY, 1.5, dashed=True)
        dist_plot.addItem(self.dist_ghost)

    def highlighted(self) -> set[str]:
        """The plots outlined as changed by the last step."""
        return {k for k, frame in self.frames.items() if frame.styleSheet()}

    def show(self, story, previous, R: int) -> None:
        """Outline what ``story``'s step changed, draw what it showed before (``previous``:
        the report before the step), and say why."""
        for key, frame in self.frames.items():
            frame.setStyleSheet(HIGHLIGHT if key in story.changed else "")
        self.dview_ghost.setData(np.arange(story.d_view_before.size), story.d_view_before)
        self.dview_ghost.setVisible("d_view" in story.changed)
        if "distribution" in story.changed and previous is not None:
            hist = previous.metrics.histogram.copy()
            hist[-1] = 0.0
            self.dist_ghost.setData(np.arange(R + 2) - 0.5, hist)
            self.dist_ghost.show()
        else:
            self.dist_ghost.hide()
        self.story = story
        self.say()
        self.maths = tuple(getattr(story, "maths", ()))
        self.title = story_words(story)[0]  # the maths window's heading
        self.banner.button.setVisible(bool(self.maths))
        if self.maths_dialog is not None and self.maths_dialog.isVisible():
            self.show_maths()  # an open window follows the steps
        self.banner.show()

    def say(self) -> None:
        """The banner's words for the shown step, in the current language."""
        story = getattr(self, "story", None)
        if story is None:
            return
        changed = ", ".join(translate("plots", NAMES[k]) for k in story.changed)
        note = translate(
            "Plots",
            "Changed: {0} (outlined; dashed grey = before this step). F10 runs the next step.",
        ).format(changed)
        title, sentence = story_words(story)
        self.banner.text.setText(
            f"<b>{html.escape(title)}</b> - {html.escape(sentence)}"
            f"<br><span style='color:{readable('#888888')}'>{note}</span>"
        )
        self.banner.button.setText(translate("Plots", "Sh&ow the maths"))
        self.banner.button.setAccessibleName(
            translate("Plots", "Show the step's maths with its numbers")
        )

    def show_maths(self) -> None:
        """A window (not modal: F10 goes on) with the shown step's maths (the full-precision
        toggle and the plain-text alternative are the maths view's)."""
        if not self.maths:
            return
        if self.maths_dialog is None:
            self.maths_dialog = QDialog(self.banner.window())
            self.maths_dialog.setWindowTitle(
                translate("Maths", "The step's maths with its numbers")
            )
            layout = QVBoxLayout(self.maths_dialog)
            self.maths_view = MathsView("Maths", QT_TRANSLATE_NOOP("Maths", "The step's maths"))
            layout.addWidget(self.maths_view)
            self.maths_dialog.resize(720, 420)
        self.maths_view.set_steps(self.maths, self.title)
        self.maths_dialog.show()

    def clear(self) -> None:
        self.story = None
        for frame in self.frames.values():
            frame.setStyleSheet("")
        self.dview_ghost.hide()
        self.dist_ghost.hide()
        self.banner.button.hide()
        self.banner.hide()
