"""The lab dock: the lab's instructions (Markdown, shown safely), its goals ticked as the run
meets them, and its questions with a field for each answer (predictions lock at the first F5).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from patterngan_gui.kit.i18n import kept, translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.safe_text import SafeTextBrowser

LINES = 8  # the instructions' least height in lines (issue 36: 900x600)


def line_bottom(document, n: int) -> float:
    """Where the ``n``-th line of the laid-out ``document`` ends (its heading's big lines
    and paragraph spacing counted as they are drawn), in the document's pixels."""
    layout, count, block = document.documentLayout(), 0, document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            count += 1
            if count == n:
                return top + lines.lineAt(i).rect().bottom()
        block = block.next()
    return document.size().height()


def visible_lines(browser) -> int:
    """How many whole lines of ``browser``'s text its viewport shows now."""
    document, shown = browser.document(), 0
    top = browser.verticalScrollBar().value()
    bottom = top + browser.viewport().height()
    block = document.begin()
    while block.isValid():
        at = document.documentLayout().blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            rect = lines.lineAt(i).rect()
            shown += top <= at + rect.top() and at + rect.bottom() <= bottom
        block = block.next()
    return shown


class LabPanel(QWidget):
    answers_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = SafeTextBrowser()
        kept(self.text, "Lab", name=QT_TRANSLATE_NOOP("Lab", "Lab instructions"))
        layout.addWidget(self.text, 1)
        # the goals and questions scroll below the instructions on a small screen: the
        # instructions keep at least LINES lines (at 900x600 they had ~7)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        self.goals_box = kept(QGroupBox(), "Lab", QT_TRANSLATE_NOOP("Lab", "Goals"))
        self.goals_layout = QVBoxLayout(self.goals_box)
        column.addWidget(self.goals_box)
        self.questions_box = kept(QGroupBox(), "Lab", QT_TRANSLATE_NOOP("Lab", "Questions"))
        self.questions_layout = QVBoxLayout(self.questions_box)
        column.addWidget(self.questions_box)
        column.addStretch(1)
        self.below = QScrollArea()
        self.below.setWidget(below)
        self.below.setWidgetResizable(True)
        self.below.setFrameShape(QFrame.NoFrame)
        self.below.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        kept(self.below, "Lab", name=QT_TRANSLATE_NOOP("Lab", "Goals and questions"))
        layout.addWidget(self.below)

        self.goal_labels: list[QLabel] = []
        self.answer_fields: list[QLineEdit] = []
        self._before: list[bool] = []
        self.set_challenges((), ())

    def set_lab(self, title: str, markdown: str, goals, questions) -> None:
        heading = title if len(title) <= 300 else title[:299] + "\u2026"  # a heading, not a text
        self.text.set_markdown(
            markdown or translate("Lab", "_This lab has no instructions._"), title=heading
        )
        # the instructions laid out again (a larger font, a new width): share the height anew
        self.text.document().documentLayout().documentSizeChanged.connect(self._share_height)
        self.set_challenges(goals, questions)

    def set_challenges(self, goals, questions) -> None:
        for w in (*self.goal_labels, *self.answer_fields):
            w.deleteLater()
        for i in reversed(range(self.questions_layout.count())):
            item = self.questions_layout.takeAt(i)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.goal_labels, self.answer_fields, self._before = [], [], []
        self._goal_texts = [g.text for g in goals]  # in the window's language (Lab.in_language)
        for _goal in goals:
            label = QLabel()
            label.setTextFormat(Qt.RichText)  # escaped: "a < b" is shown as written
            label.setWordWrap(True)
            self.goals_layout.addWidget(label)
            self.goal_labels.append(label)
        self.show_goals([(g.text, None) for g in goals])
        for q in questions:
            prompt = QLabel(
                html.escape(q.text)
                + (
                    " <i>" + translate("Lab", "(a prediction: before F5)") + "</i>"
                    if q.before
                    else ""
                )
            )
            prompt.setTextFormat(Qt.RichText)  # escaped above
            prompt.setWordWrap(True)
            field = QLineEdit()
            field.setAccessibleName(q.text)
            field.textChanged.connect(self.answers_changed)
            self.questions_layout.addWidget(prompt)
            self.questions_layout.addWidget(field)
            self.answer_fields.append(field)
            self._before.append(q.before)
        self.goals_box.setVisible(bool(goals))
        self.questions_box.setVisible(bool(questions))
        self.below.setVisible(bool(goals) or bool(questions))
        self._share_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._share_height()

    def _share_height(self) -> None:
        """The goals and questions take what the instructions' LINES lines leave (at least
        three lines of their own, to scroll in); with room to spare, their whole height."""
        lines = self.text.fontMetrics().lineSpacing()
        need = line_bottom(self.text.document(), LINES) + 2 * self.text.frameWidth() + 2
        room = self.height() - int(need) - self.layout().spacing()
        inside = self.below.widget()
        width = self.width()
        # measured as wrapped beside a scroll bar: a little taller than without, never short
        narrower = width - self.below.verticalScrollBar().sizeHint().width()
        want = inside.heightForWidth(narrower) if inside.hasHeightForWidth() else -1
        want = want + 4 if want > 0 else inside.sizeHint().height()
        self.below.setFixedHeight(max(3 * lines, min(want, room)))

    def show_goals(self, status: list[tuple[str, int | None]]) -> None:
        """Each goal's text, ticked with the epoch it was met at."""
        for label, text, (_, epoch) in zip(self.goal_labels, self._goal_texts, status):
            mark = "\u2611" if epoch is not None else "\u2610"
            met = translate("Lab", "met at epoch {0}")
            when = f" <b>{met.format(number(epoch))}</b>" if epoch is not None else ""
            label.setText(f"{mark} {html.escape(text)}{when}")
        self._share_height()  # a goal met may take another line

    def answers(self) -> list[str]:
        return [f.text() for f in self.answer_fields]

    def set_answers(self, answers: list[str]) -> None:
        for field, text in zip(self.answer_fields, answers):
            field.setText(text)

    def show_answers(self, fields: list[tuple[str, str]]) -> None:
        """Each answer field as the session says (``Session.answer_fields``): "open" (typed
        freely), "sealed" (the run's prediction, made before its first epoch: read-only) or
        "late" (a prediction the run sealed empty: what is typed now is kept as an answer
        after the run, with its epoch, and shown as such to the teacher)."""
        for field, (kind, text) in zip(self.answer_fields, fields):
            field.blockSignals(True)
            if field.text() != text:
                field.setText(text)
            field.blockSignals(False)
            sealed = kind == "sealed"
            field.setReadOnly(sealed)
            # a read-only field looks editable in most styles: grey it like a disabled
            # one (its text stays selectable and readable) and say so in the field
            field.setPalette(_locked_palette(field) if sealed else QPalette())
            if sealed:
                field.setToolTip(
                    translate("Lab", "Answered before training started: sealed with the run")
                )
                field.setPlaceholderText(translate("Lab", "locked: a prediction is made before F5"))
            elif kind == "late":
                field.setToolTip(
                    translate(
                        "Lab",
                        "This run began before a prediction was given: what you type now is "
                        "kept as an answer after the run, with the epoch you typed it at",
                    )
                )
                field.setPlaceholderText(
                    translate("Lab", "after the run: not counted as a prediction")
                )
            else:
                field.setToolTip("")
                field.setPlaceholderText("")


def _locked_palette(field: QLineEdit) -> QPalette:
    """The field's palette with its background and text as a disabled field's."""
    palette = QPalette(field.palette())
    for role in (QPalette.Base, QPalette.Text):
        palette.setColor(QPalette.Active, role, palette.color(QPalette.Disabled, role))
        palette.setColor(QPalette.Inactive, role, palette.color(QPalette.Disabled, role))
    palette.setColor(QPalette.Active, QPalette.Base, palette.color(QPalette.Window))
    palette.setColor(QPalette.Inactive, QPalette.Base, palette.color(QPalette.Window))
    return palette
