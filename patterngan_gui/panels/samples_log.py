"""The samples log under the plots: each report's latest numbers as the chapter prints them,
an undecided one underlined with its "?", one outside the pattern in bold, settings changed
in italics. Lines wait until the plots redraw (``flush``), and a reader at the newest line
stays there."""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core.engine.outcomes import number_text
from patterngan_gui.kit.contrast import readable
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.plot_kit import PURPLE, VERMILLION


def log_line(report, support: set[int], step: str = "") -> str:
    """One line of the samples log (HTML made here; the step name is escaped)."""
    parts = []
    purple, vermillion, grey = (readable(c) for c in (PURPLE, VERMILLION, "#888888"))  # 4.5:1
    for n, ok in zip(report.samples.tolist(), report.samples_decisive.tolist()):
        if not ok:
            parts.append(f"<span style='color:{purple}'><u>{number_text(n, ok)}</u></span>")
        elif n not in support:
            parts.append(f"<span style='color:{vermillion}'><b>{n}</b></span>")
        else:
            parts.append(str(n))
    m = report.metrics
    shown = f"[{', '.join(parts)}]" if parts else "(a D step on real data only: G made nothing)"
    return (
        f"<span style='color:{grey}'>epoch {report.epoch:>7}</span> {shown}"
        f" <span style='color:{grey}'>strict {m.strict_validity:.1%}, book {m.book_validity:.1%},"
        f" TV {m.tv:.3f}</span>"
        + (" <i>(stopped)</i>" if report.stopped else "")
        + (f" <i>after {html.escape(step)}</i>" if step else "")
    )


def append_following(log: QPlainTextEdit, lines: list[str]) -> None:
    """Append HTML lines, one block each; a reader at the newest line stays there
    (``appendHtml`` alone loses the end when long lines wrap in a narrow log).

    All lines go in as one edit (what ``appendHtml`` makes, block by block: the same HTML in
    the document): a flush after a second of fast training carries a hundred lines, and one
    layout pass instead of one a line takes less of the GUI thread, which holds the lock
    Python's training thread needs."""
    if not lines:
        return
    bar = log.verticalScrollBar()
    follow = bar.value() >= bar.maximum() - 2
    document = log.document()
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    for line in lines:
        if not document.isEmpty():  # a fresh block with no format carried from the last line
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(line)
    cursor.endEditBlock()
    if follow:
        bar.setValue(bar.maximum())


class SamplesLog(QWidget):
    """The log's title and text; at least three lines stay visible at any size."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(
            translate(
                "Plots",
                "<b>Samples log</b> (<span style='color:{0}'><b>bold</b></span> = not in the "
                "pattern, <span style='color:{1}'><u>n?</u></span> = undecided)",
            ).format(readable(VERMILLION), readable(PURPLE))
        )
        title.setToolTip(
            "Each report's latest 10 numbers, as the chapter prints them. Undecided: a head had "
            "a tie (often all zeros); argmax alone would have called it the number shown"
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(5000)
        self.view.setFont(QFont("monospace"))
        self.view.setAccessibleName(translate("Plots", "Samples log"))
        self._fit()
        layout.addWidget(self.view)
        self._pending: list[str] = []

    def restart(self, lines: list[str]) -> None:
        """An empty log, then ``lines`` at the next flush (a run brought back)."""
        self.view.clear()
        self._pending = list(lines)

    def add(self, line: str) -> None:
        self._pending.append(line)

    def flush(self) -> None:
        append_following(self.view, self._pending)
        self._pending.clear()

    def text(self) -> str:
        return html.unescape(self.view.toPlainText())

    def set_text_scale(self) -> None:
        """Follow the application's font size, monospaced."""
        font = QFont("monospace")
        font.setPointSizeF(QApplication.font().pointSizeF())
        self.view.setFont(font)
        self._fit()

    def _fit(self) -> None:
        """At least three lines of the log stay visible, whatever the window's size."""
        lines = self.view.fontMetrics().lineSpacing() * 3
        margins = 2 * (self.view.frameWidth() + int(self.view.document().documentMargin()))
        self.view.setMinimumHeight(lines + margins + 6)
