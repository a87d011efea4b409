"""Run > Change learning rates and k...: new settings for the run that is going on.

GAN Lab lets a student turn the learning rates while the GAN trains; here the change is queued
on the run's ``RunControl`` and applied before its next step (``core.engine.trainer.Trainer.
change``); the samples log notes it when it takes effect, and the run's record and saved
files keep the history.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.engine.config import MAX_D_STEPS, MIN_LR
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import DecimalSpinBox, number

NAMES = {
    "lr_d": QT_TRANSLATE_NOOP("LiveChange", "learning rate D"),
    "lr_g": QT_TRANSLATE_NOOP("LiveChange", "learning rate G"),
    "d_steps": QT_TRANSLATE_NOOP("LiveChange", "k (D steps per G)"),
}


def change_text(change: dict[str, float | int]) -> str:
    """``epoch 1,200: learning rate D -> 0.0005, k -> 3`` for the samples log."""
    locale = QLocale()
    parts = [
        f"{translate('LiveChange', NAMES.get(k, k))} \u2192 {locale.toString(float(v), 'g', 6)}"
        for k, v in change.items()
        if k != "epoch"
    ]
    said = translate("LiveChange", "epoch {0}: changed {1}")
    return said.format(number(int(change.get("epoch", 0))), ", ".join(parts))


class LiveChangeDialog(QDialog):
    def __init__(self, current: dict[str, float | int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LiveChange", "Change learning rates and k"))
        self.current = dict(current)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "LiveChange",
                "The run goes on with these from its next step (k from its next epoch). The "
                "samples log notes the change; the saved generator keeps the history.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.lr_d = DecimalSpinBox(decimals=5, minimum=MIN_LR, maximum=10.0, singleStep=0.0005)
        self.lr_g = DecimalSpinBox(decimals=5, minimum=MIN_LR, maximum=10.0, singleStep=0.0005)
        self.d_steps = QSpinBox(minimum=1, maximum=MAX_D_STEPS)
        self.lr_d.setValue(float(current["lr_d"]))
        self.lr_g.setValue(float(current["lr_g"]))
        self.d_steps.setValue(int(current["d_steps"]))
        form.addRow(translate("fields", "Learning rate &D:"), self.lr_d)
        form.addRow(translate("fields", "Learning rate &G:"), self.lr_g)
        form.addRow(translate("LiveChange", "D steps per G step (&k):"), self.d_steps)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, float | int]:
        """The settings whose value differs from the run's now."""
        new = {
            "lr_d": round(self.lr_d.value(), 6),
            "lr_g": round(self.lr_g.value(), 6),
            "d_steps": self.d_steps.value(),
        }
        return {k: v for k, v in new.items() if v != self.current[k]}
