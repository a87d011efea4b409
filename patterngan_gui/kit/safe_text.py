"""Showing text that came from a file (a lab's instructions) without letting it act.

Qt's rich text loads what it names: an image ``![x](/dev/zero)`` makes the text browser read
that path on the GUI thread (an endless read, then an abort), and raw HTML can do the same.
Lab instructions are Markdown without HTML; images become their alt text before Qt sees them,
and the browser resolves no resource and follows no link at all.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

MAX_TEXT_CHARS = 100_000  # a lab's instructions are a few paragraphs
MAX_MARKDOWN_CHARS = 20_000  # longer text is shown plain (Markdown's layout costs more)
LONG_RUN = 80  # characters without a space after which a line may break anyway
_RUN = re.compile(rf"\S{{{LONG_RUN}}}")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_REF_IMAGE = re.compile(r"!\[([^\]]*)\]\[[^\]]*\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | (
    QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def safe_markdown(text: str) -> str:
    """Markdown from a file, with images replaced by their alt text and control characters
    dropped (cut to ``MAX_TEXT_CHARS``), and long runs made breakable (see ``breakable``)."""
    text = _CONTROL.sub("", text[:MAX_TEXT_CHARS])
    text = _IMAGE.sub(lambda m: f"[image: {m.group(1)}]", text)
    return breakable(_REF_IMAGE.sub(lambda m: f"[image: {m.group(1)}]", text))


def breakable(text: str) -> str:
    """A zero-width space after every ``LONG_RUN`` characters without a space. Qt lays out a
    line that cannot break in time that grows with the square of its length: 100,000
    characters of "*a" took 18.7 s of the GUI thread (0.03 s with the breaks)."""
    return _RUN.sub(lambda m: m.group(0) + "\u200b", text)


class SafeTextBrowser(QTextBrowser):
    """A text browser that never loads a resource and never opens a link."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, _type: int, _name) -> None:  # noqa: N802 - Qt API
        return None

    def set_markdown(self, text: str) -> None:
        """Markdown up to ``MAX_MARKDOWN_CHARS``; longer text as plain text (said first), so
        the time to show it stays in proportion to its size."""
        if len(text) <= MAX_MARKDOWN_CHARS:
            self.document().setMarkdown(safe_markdown(text), FEATURES)
        else:
            plain = breakable(_CONTROL.sub("", text[:MAX_TEXT_CHARS]))
            note = f"(Shown as plain text: longer than {MAX_MARKDOWN_CHARS:,} characters.)\n\n"
            self.setPlainText(note + plain)
        # read from the top: the cursor was left at the end, and a text edit scrolls to keep
        # its cursor in view whenever it is resized (the lab's heading was hidden)
        self.moveCursor(QTextCursor.MoveOperation.Start)
