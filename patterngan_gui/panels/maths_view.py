"""The maths with its numbers, as a panel: slow motion's maths window and the encoding
inspector both show an F10 step's formulas with the batch's numbers plugged in. The formulas,
the numbers and their rendering are core.teaching.maths' (defined there once); here they are
shown as rich text that loads nothing (no network, no fonts or scripts: it works in the
offline kit), with a full-precision toggle and the same maths as plain text for a screen
reader and the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from core.teaching.maths import maths_html, maths_plain, maths_summary
from patterngan_gui.kit.i18n import kept, translate
from patterngan_gui.kit.safe_text import SafeTextBrowser
from patterngan_gui.kit.step_words import said


class MathsView(QWidget):
    """A step's maths: a line saying which step, the full-precision toggle, the formulas."""

    def __init__(self, context: str, name: str) -> None:
        """``name``: the view's accessible name, a source text of ``context`` (kept, so it
        follows View > Language)."""
        super().__init__()
        self.steps: tuple = ()
        self.origin = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.full = kept(
            QCheckBox(),
            "Maths",
            QT_TRANSLATE_NOOP("Maths", "&Full precision"),
            QT_TRANSLATE_NOOP(
                "Maths",
                "Every number with 9 significant digits: exactly the engine's float32 numbers "
                "(off: 4 digits, easier to follow by hand)",
            ),
            QT_TRANSLATE_NOOP("Maths", "Full precision"),
        )
        layout.addWidget(self.full)
        self.view = SafeTextBrowser()
        kept(self.view, context, name=name)
        layout.addWidget(self.view, 1)
        self.full.toggled.connect(self._show)
        self._show()

    def retranslate(self) -> None:
        """Its heading and maths in the current language (View > Language)."""
        self._show()

    def set_steps(self, steps, origin: str = "") -> None:
        """Show ``steps`` (core.teaching.maths.MathStep); ``origin`` says which step made them."""
        self.steps, self.origin = tuple(steps), origin
        self._show()

    def text(self) -> str:
        """The shown maths as plain text (its text alternative)."""
        return maths_plain(self.steps, self.full.isChecked(), step_name)

    def _show(self) -> None:
        full = self.full.isChecked()
        if not self.steps:
            self.title.setText(
                translate("Maths", "No step yet: in slow motion (Ctrl+M), F10 runs one step.")
            )
            self.view.setPlainText("")
            self.view.setAccessibleDescription("")
            return
        self.title.setText(
            translate("Maths", "{0}: each formula, then with the batch's numbers.").format(
                self.origin or translate("Maths", "The last step")
            )
        )
        self.view.setHtml(maths_html(self.steps, full, step_name))
        # a screen reader hears each step's value first; the page itself is text to read on
        self.view.setAccessibleDescription(maths_summary(self.steps, full, step_name))


def step_name(step) -> str:
    """A step's name in the window's language (core's English where it carries no sentence)."""
    return said(step.said) if getattr(step, "said", None) is not None else step.name
