"""The teacher's side of lab files: a dialog that turns the current set-up into a lab.

The teacher writes a title and instructions (Markdown) and ticks, for each set-up control,
whether the student may not change it (locked) or does not see it (hidden).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QVBoxLayout,
    QWidget,
)

from core.engine.config import TrainConfig
from core.teaching.lab import CONTROLS, Lab

CONTROL_LABELS = {
    "pattern": "Pattern",
    "range": "Range",
    "codec": "Codec",
    "preset": "Preset",
    "epochs": "Epochs",
    "batch": "Batch",
    "lr_d": "Learning rate D",
    "lr_g": "Learning rate G",
    "latent": "Latent size",
    "seed": "Seed",
    "report_every": "Report every",
    "device": "Device",
    "g_hidden": "G hidden layers",
    "d_hidden": "D hidden layers",
    "activation": "Activation",
    "loss": "Loss",
    "optimizer": "Optimizer",
    "beta1": "Adam beta1",
    "momentum": "Momentum",
    "d_steps": "D steps (k)",
    "pack": "Pack",
    "noise": "Noise",
    "head": "G head",
    "ema": "EMA of G",
    "schedule": "Schedule",
    "d_step": "D on real, fake",
}


class SaveLabDialog(QDialog):
    def __init__(self, config: TrainConfig, current: Lab | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = current
        self.setWindowTitle("Save set-up as lab")
        self.config = config
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(current.title if current else "")
        self.title.setPlaceholderText("e.g. Lab 1: where do the multiples of five come from?")
        form.addRow("&Title:", self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel("&Instructions the student sees (Markdown):"))
        self.instructions = QPlainTextEdit(current.instructions if current else "")
        self.instructions.setPlaceholderText("1. Press F5 and watch the Quality plot...")
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.instructions)
        layout.addWidget(self.instructions, 1)

        box = QGroupBox("Controls (the current set-up values are saved with the lab)")
        grid = QGridLayout(box)
        half = (len(CONTROLS) + 1) // 2  # two columns: the Advanced knobs on the right
        for side in (0, 4):
            grid.addWidget(QLabel("<b>Control</b>"), 0, side)
            grid.addWidget(QLabel("<b>Locked</b>"), 0, side + 1, Qt.AlignCenter)
            grid.addWidget(QLabel("<b>Hidden</b>"), 0, side + 2, Qt.AlignCenter)
        grid.setColumnMinimumWidth(3, 16)
        self.locked: dict[str, QCheckBox] = {}
        self.hidden: dict[str, QCheckBox] = {}
        for index, name in enumerate(CONTROLS):
            row, side = index % half + 1, 4 * (index // half)
            grid.addWidget(QLabel(CONTROL_LABELS[name]), row, side)
            for col, store, chosen in (
                (side + 1, self.locked, current.locked if current else ()),
                (side + 2, self.hidden, current.hidden if current else ()),
            ):
                check = QCheckBox()
                check.setAccessibleName(
                    f"{CONTROL_LABELS[name]} {'locked' if store is self.locked else 'hidden'}"
                )
                check.setChecked(name in chosen)
                grid.addWidget(check, row, col, Qt.AlignCenter)
                store[name] = check
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 720)

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
        )
