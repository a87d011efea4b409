"""The samples log under the plots: each report's latest numbers as the chapter prints them,
an undecided one underlined with its "?", one outside the pattern in bold, settings changed
in italics. Lines wait until the plots redraw (``flush``), and a reader at the newest line
stays there."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core.engine.outcomes import number_text
from patterngan_gui.kit.contrast import readable
from patterngan_gui.kit.i18n import kept, translate
from patterngan_gui.kit.numbers import number, percent
from patterngan_gui.kit.plot_kit import PURPLE, VERMILLION

MAX_LINES = 5000  # the log keeps its newest lines: a line a report, whatever the run's length


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
    nothing = translate("Plots", "(a D step on real data only: G made nothing)")
    shown = f"[{', '.join(parts)}]" if parts else nothing
    epoch = translate("Plots", "epoch {0}").format(number(report.epoch).rjust(7))
    numbers = translate("Plots", "strict {0}, book {1}, TV {2}").format(
        percent(m.strict_validity), percent(m.book_validity), number(m.tv, 3)
    )
    stopped = f" <i>{translate('Plots', '(stopped)')}</i>" if report.stopped else ""
    after = translate("Plots", "after {0}").format(html.escape(step)) if step else ""
    return (
        f"<span style='color:{grey}'>{epoch}</span> {shown}"
        f" <span style='color:{grey}'>{numbers}</span>{stopped}"
        + (f" <i>{after}</i>" if step else "")
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
        self.title = title = QLabel()
        self.retranslate()
        title.setWordWrap(True)
        layout.addWidget(title)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(MAX_LINES)
        self.view.setFont(QFont("monospace"))
        kept(self.view, "Plots", name=QT_TRANSLATE_NOOP("Plots", "Samples log"))
        self._fit()
        layout.addWidget(self.view)
        self._pending: list[str] = []

    def retranslate(self) -> None:
        """Its title and tooltip in the current language (View > Language)."""
        self.title.setText(
            translate(
                "Plots",
                "<b>Samples log</b> (<span style='color:{0}'><b>bold</b></span> = not in the "
                "pattern, <span style='color:{1}'><u>n?</u></span> = undecided)",
            ).format(readable(VERMILLION), readable(PURPLE))
        )
        self.title.setToolTip(
            translate(
                "Plots",
                "Each report's latest 10 numbers, as the chapter prints them. Undecided: a head "
                "had a tie (often all zeros); argmax alone would have called it the number shown",
            )
        )

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
