"""The teacher's side of lab files: a dialog that turns the current set-up into a lab.

The teacher writes a title and instructions (Markdown) and ticks, for each set-up control,
whether the student may not change it (locked) or does not see it (hidden).
"""

from __future__ import annotations

import html
import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.engine.config import TrainConfig
from core.engine.fields import BY_CONTROL, CONTROLS
from core.teaching.lab import Lab
from patterngan_gui.kit.i18n import translate

CONTROL_LABELS = {name: BY_CONTROL[name].plain for name in CONTROLS}  # the field table's


def control_label(name: str) -> str:
    """A control's label in the window's language, in plain words ("Learning rate D")."""
    return translate("fields", BY_CONTROL[name].label).replace("&", "").rstrip(":")


class SaveLabDialog(QDialog):
    check_done = Signal()  # the check before class has finished (its lines are shown)

    def __init__(self, config: TrainConfig, current: Lab | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(translate("LabDialog", "Save set-up as lab"))
        self.config = config
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(current.title if current else "")
        self.title.setPlaceholderText(
            translate("LabDialog", "e.g. Lab 1: where do the multiples of five come from?")
        )
        form.addRow(translate("LabDialog", "&Title:"), self.title)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(translate("LabDialog", "&Instructions the student sees (Markdown):"))
        )
        self.instructions = QPlainTextEdit(current.instructions if current else "")
        self.instructions.setPlaceholderText(
            translate("LabDialog", "1. Press F5 and watch the Quality plot...")
        )
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.instructions)
        self.instructions.setMinimumHeight(60)
        layout.addWidget(self.instructions, 1)

        box = QGroupBox(
            translate("LabDialog", "Controls (the current set-up values are saved with the lab)")
        )
        grid = QGridLayout(box)
        half = (len(CONTROLS) + 1) // 2  # two columns: the Advanced knobs on the right
        for side in (0, 4):
            for col, word in enumerate(
                (
                    translate("LabDialog", "Control"),
                    translate("LabDialog", "Locked"),
                    translate("LabDialog", "Hidden"),
                )
            ):
                align = Qt.AlignCenter if col else Qt.Alignment()
                grid.addWidget(QLabel(f"<b>{word}</b>"), 0, side + col, align)
        grid.setColumnMinimumWidth(3, 16)
        self.locked: dict[str, QCheckBox] = {}
        self.hidden: dict[str, QCheckBox] = {}
        for index, name in enumerate(CONTROLS):
            row, side = index % half + 1, 4 * (index // half)
            grid.addWidget(QLabel(control_label(name)), row, side)
            for col, store, chosen in (
                (side + 1, self.locked, current.locked if current else ()),
                (side + 2, self.hidden, current.hidden if current else ()),
            ):
                check = QCheckBox()
                said = (
                    translate("LabDialog", "{0} locked")
                    if store is self.locked
                    else translate("LabDialog", "{0} hidden")
                )
                check.setAccessibleName(said.format(control_label(name)))
                check.setChecked(name in chosen)
                grid.addWidget(check, row, col, Qt.AlignCenter)
                store[name] = check
        # the controls' grid scrolls on a small screen (900x600): Save and Cancel stay in view
        scroll = QScrollArea()
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setMinimumHeight(120)
        scroll.setAccessibleName(translate("Lab", "Locked and hidden controls"))
        self.controls_scroll = scroll
        layout.addWidget(scroll, 2)
        # before class: are the goals reachable in the lab's epochs on this machine?
        self.check_result = QLabel(
            translate(
                "LabDialog",
                "Check before class: trains the set-up over 8 seeds and says, per goal, how many "
                "reach it and when (written by hand in the file: [[goals]]).",
            )
        )
        self.check_result.setTextFormat(Qt.RichText)  # its lines escaped, joined by <br>
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.check_result)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, config.epochs))
        self.progress.setFormat(translate("LabDialog", "epoch %v of %m"))
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.check = buttons.addButton(
            translate("LabDialog", "C&heck over 8 seeds"), QDialogButtonBox.ActionRole
        )
        self.check.setToolTip(
            translate("LabDialog", "patterngan lab check, here: each goal's seeds and median epoch")
        )
        self.check.setEnabled(bool(current and current.goals))
        self.check.clicked.connect(self.start_check)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._checking: threading.Thread | None = None
        self._cancel_check = threading.Event()
        self._outcome: dict[str, object] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self.resize(*self._fitting_size(720, 720))

    def _fitting_size(self, width: int, height: int) -> tuple[int, int]:
        """At most ``width`` x ``height``, and at most the screen's available room less a
        margin for the window frame (a 900x600 screen shows all of it, Save included)."""
        screen = self.screen() if self.parent() is None else self.parentWidget().screen()
        if screen is None:
            return width, height
        room = screen.availableGeometry()
        return min(width, room.width() - 40), min(height, room.height() - 60)

    # -- the check before class ----------------------------------------------------------
    def start_check(self, seeds: int = 8) -> None:
        """Run the lab check on a worker thread; the progress bar follows its epochs."""
        if self._checking is not None:
            return
        from core.teaching.lab_check import check_lab

        lab, outcome, cancel = self.lab(), {"epoch": 0}, self._cancel_check
        self._outcome = outcome

        def work() -> None:
            try:
                outcome["value"] = check_lab(lab, seeds, lambda e: outcome.update(epoch=e), cancel)
            except Exception as exc:  # noqa: BLE001 - said in the dialog
                outcome["error"] = exc

        self._checking = threading.Thread(target=work, name="patterngan-lab-check", daemon=True)
        self.check.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.check_result.setText(
            translate("LabDialog", "Checking over {0} seeds...").format(seeds)
        )
        self._checking.start()
        self._timer.start()

    def _poll(self) -> None:
        self.progress.setValue(int(self._outcome.get("epoch", 0)))
        if self._checking is None or self._checking.is_alive():
            return
        self._timer.stop()
        self._checking = None
        self.progress.hide()
        self.check.setEnabled(True)
        error, value = self._outcome.get("error"), self._outcome.get("value")
        if error is not None:
            said = translate("LabDialog", "The check failed: {0}")
            self.check_result.setText(said.format(html.escape(str(error))))
        elif value is not None and not value.cancelled:
            self.check_result.setText("<br>".join(html.escape(line) for line in value.lines()))
        self.check_done.emit()

    def done(self, result: int) -> None:  # noqa: D102 - Qt's close hook (Save, Cancel, Esc)
        # a check under way stops at its next report before the dialog goes
        self._cancel_check.set()
        if self._checking is not None:
            self._checking.join(10.0)
            self._timer.stop()
            self._checking = None
        super().done(result)

    def lab(self) -> Lab:
        return Lab(
            title=self.title.text().strip(),
            instructions=self.instructions.toPlainText(),
            config=self.config,
            locked=frozenset(n for n, c in self.locked.items() if c.isChecked()),
            hidden=frozenset(n for n, c in self.hidden.items() if c.isChecked()),
            # goals and questions are written in the file by hand; re-saving keeps them
            goals=self.current.goals if self.current else (),
            questions=self.current.questions if self.current else (),
            results_folder=self.current.results_folder if self.current else "",
            remember_name=self.current.remember_name if self.current else False,
        )
