"""Showing text that came from a file (a lab's instructions) without letting it act.

Qt's rich text loads what it names: an image ``![x](/dev/zero)`` makes the text browser read
that path on the GUI thread (an endless read, then an abort), and raw HTML can do the same.
Lab instructions are Markdown without HTML; images become their alt text before Qt sees them,
and the browser resolves no resource and follows no link at all.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

MAX_TEXT_CHARS = 100_000  # a lab's instructions are a few paragraphs
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_REF_IMAGE = re.compile(r"!\[([^\]]*)\]\[[^\]]*\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | (
    QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def safe_markdown(text: str) -> str:
    """Markdown from a file, with images replaced by their alt text and control characters
    dropped (cut to ``MAX_TEXT_CHARS``)."""
    text = _CONTROL.sub("", text[:MAX_TEXT_CHARS])
    text = _IMAGE.sub(lambda m: f"[image: {m.group(1)}]", text)
    return _REF_IMAGE.sub(lambda m: f"[image: {m.group(1)}]", text)


class SafeTextBrowser(QTextBrowser):
    """A text browser that never loads a resource and never opens a link."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, _type: int, _name) -> None:  # noqa: N802 - Qt API
        return None

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(safe_markdown(text), FEATURES)
