"""Showing text that came from a file without letting it act: the one place for that rule.

Everything a file brings (a student's name and answers, a lab's title and instructions, a file
name, a run's name) is untrusted. Qt reads a label or a tooltip as rich text whenever it
*looks* like HTML (``Qt::mightBeRichText``), and rich text loads what it names: a tooltip
``<img src="/home/teacher/x.png">`` shows the teacher's file, a FIFO hangs the window, and
``/dev/zero`` is read for ever. So:

- a tooltip from a file goes through :func:`plain_tip` (escaped, never markup of its own);
- a label that shows text from a file is made with :func:`plain_label` (``Qt.PlainText``);
- a lab's Markdown is shown by :class:`SafeTextBrowser`: parsed into an :class:`InertDocument`
  (its ``loadResource`` answers every URL with nothing), every image the parser made, whatever
  the syntax (nested brackets, references, ``file://``, an image in a link), replaced by its
  alt text before anything lays the document out, and every tooltip in it dropped. Qt's image
  handler reads an image's file itself when ``loadResource`` gives nothing, so the images must
  go: a document with one left is shown as plain text instead.

Table cells (``QTableWidgetItem.setText``), window titles, status-bar messages and message
boxes made by ``Dialogs`` are plain text already.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import (
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QTextBrowser

MAX_TEXT_CHARS = 100_000  # a lab's instructions are a few paragraphs
MAX_MARKDOWN_CHARS = 20_000  # longer text is shown plain (Markdown's layout costs more)
MAX_TIP_CHARS = 2_000  # a tooltip says a few lines; a file's 100 KB answer is cut
LONG_RUN = 80  # characters without a space after which a line may break anyway
_RUN = re.compile(rf"\S{{{LONG_RUN}}}")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_REF_IMAGE = re.compile(r"!\[([^\]]*)\]\[[^\]]*\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~&])")
FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | (
    QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Text Qt would take for HTML is escaped and
    wrapped (white space kept), so its tags are shown, never followed; other text is returned
    unchanged (Qt shows it plain). Cut to ``MAX_TIP_CHARS``."""
    text = _CONTROL.sub("", str(text)[:MAX_TIP_CHARS])
    if not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_label(text: str = "") -> QLabel:
    """A label for text from a file: plain text whatever it looks like."""
    label = QLabel()
    label.setTextFormat(Qt.PlainText)
    label.setText(text)
    return label


def markdown_escaped(text: str) -> str:
    """``text`` as literal Markdown (a lab's title: words, never an image or a link)."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def safe_markdown(text: str) -> str:
    """Markdown from a file, with images replaced by their alt text and control characters
    dropped (cut to ``MAX_TEXT_CHARS``), and long runs made breakable (see ``breakable``).
    The textual pass is a first line only: :func:`inert_markdown_document` removes every image
    the parser makes, whatever the syntax."""
    text = _CONTROL.sub("", text[:MAX_TEXT_CHARS])
    text = _IMAGE.sub(lambda m: f"[image: {m.group(1)}]", text)
    return breakable(_REF_IMAGE.sub(lambda m: f"[image: {m.group(1)}]", text))


def breakable(text: str) -> str:
    """A zero-width space after every ``LONG_RUN`` characters without a space. Qt lays out a
    line that cannot break in time that grows with the square of its length: a long run of
    "*a" froze the GUI thread for many seconds without the breaks."""
    return _RUN.sub(lambda m: m.group(0) + "\u200b", text)


class InertDocument(QTextDocument):
    """A text document that loads nothing: every resource (image, style sheet, anything a
    URL names, local or remote) is empty. ``asked`` counts the requests (tests read it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked = 0

    def loadResource(self, _type: int, _name) -> QByteArray:  # noqa: N802 - Qt API
        self.asked += 1
        return QByteArray()


def images_left(doc: QTextDocument) -> int:
    """How many image characters ``doc`` holds."""
    return sum(1 for _pos, _length, fmt in _fragments(doc) if fmt.isImageFormat())


def _fragments(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                yield fragment.position(), fragment.length(), fragment.charFormat()
            it += 1
        block = block.next()


def neutralise(doc: QTextDocument) -> None:
    """Every image in ``doc`` becomes its alt text ("[image: alt]"), every tooltip goes."""
    images, tips = [], []
    for pos, length, fmt in _fragments(doc):
        if fmt.isImageFormat():
            alt = str(fmt.property(QTextFormat.Property.ImageAltText) or "")
            images.append((pos, length, " ".join(alt.split())[:200]))
        elif fmt.toolTip():
            tips.append((pos, length))
    cursor = QTextCursor(doc)
    no_tip = QTextCharFormat()
    no_tip.setToolTip("")
    for pos, length in tips:
        cursor.setPosition(pos)
        cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(no_tip)
    for pos, length, alt in reversed(images):  # from the end: earlier positions stay valid
        cursor.setPosition(pos)
        cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(f"[image: {alt}]" if alt else "[image]", QTextCharFormat())


def inert_markdown_document(markdown: str, parent=None) -> InertDocument:
    """``markdown`` parsed into a document no one has laid out yet, its images and tooltips
    gone (see :func:`neutralise`); if an image is somehow left, the text as plain text."""
    doc = InertDocument(parent)
    doc.setMarkdown(safe_markdown(markdown), FEATURES)
    neutralise(doc)
    if images_left(doc):  # pragma: no cover - a parser we do not know: never show it
        doc.setPlainText(breakable(_CONTROL.sub("", markdown[:MAX_TEXT_CHARS])))
    return doc


class SafeTextBrowser(QTextBrowser):
    """A text browser that never loads a resource and never opens a link: its document is
    always an :class:`InertDocument` made by :func:`inert_markdown_document`."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(InertDocument(self))

    def loadResource(self, _type: int, _name) -> QByteArray:  # noqa: N802 - Qt API
        return QByteArray()

    def set_markdown(self, text: str, title: str | None = None) -> None:
        """Markdown up to ``MAX_MARKDOWN_CHARS``; longer text as plain text (said first), so
        the time to show it stays in proportion to its size. ``title``, if given, is a
        heading of literal words above it."""
        # a third-level heading: at 900x600 the lab's instructions keep their lines
        head = f"### {markdown_escaped(title)}\n\n" if title is not None else ""
        old = self.document()
        if len(text) <= MAX_MARKDOWN_CHARS:
            doc = inert_markdown_document(head + text, self)
        else:
            doc = InertDocument(self)
            plain = breakable(_CONTROL.sub("", text[:MAX_TEXT_CHARS]))
            note = f"(Shown as plain text: longer than {MAX_MARKDOWN_CHARS:,} characters.)\n\n"
            doc.setPlainText((f"{title}\n\n" if title is not None else "") + note + plain)
        self.setDocument(doc)
        if old is not doc and old.parent() is self:
            old.deleteLater()
        # read from the top: the cursor was left at the end, and a text edit scrolls to keep
        # its cursor in view whenever it is resized (the lab's heading was hidden)
        self.moveCursor(QTextCursor.MoveOperation.Start)
