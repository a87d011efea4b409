"""The set-up's "Advanced" group: every knob of the model and its training (take the GAN apart).

Collapsed by default (the book and default presets need none of it); each control says in its
tooltip what it does and what to expect. The set-up panel owns the config: this group fills
its widgets from one and hands back the fields it sets. Imports no torch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.engine.config import TrainConfig
from core.engine.fields import (
    ACTIVATIONS,
    BY_CONTROL,
    CONTROL_OF,
    FIELDS,
    FLOAT_LIMITS,
    GENERATORS,
    INT_LIMITS,
    LOSSES,
    NOISES,
    OPTIMIZERS,
    SCHEDULES,
)
from patterngan_gui.kit.i18n import form_row, kept, translate
from patterngan_gui.kit.numbers import DecimalSpinBox

ADVANCED = tuple(f.control for f in FIELDS if f.advanced)  # the group's rows, in table order

LOSS_TIPS = {
    "minimax": QT_TRANSLATE_NOOP(
        "Setup",
        "Goodfellow's original game: G minimises log(1 - D(G(z))). Early on, while D "
        "wins easily, G's gradient almost vanishes: expect a slow start.",
    ),
    "nonsaturating": QT_TRANSLATE_NOOP(
        "Setup",
        "The chapter's loss: G maximises log D(G(z)) (BCE with its numbers "
        "labelled real). The usual choice.",
    ),
    "lsgan": QT_TRANSLATE_NOOP(
        "Setup",
        "Least squares: D pushes real to 1 and fake to 0 with a squared error; gradients "
        "do not vanish as D gets confident.",
    ),
    "hinge": QT_TRANSLATE_NOOP(
        "Setup",
        "D only cares about samples on the wrong side of a margin; needs D's raw score "
        "(the softmax or gumbel head).",
    ),
    "wgan-gp": QT_TRANSLATE_NOOP(
        "Setup",
        "D becomes a critic scoring realness, kept smooth by a gradient penalty; needs "
        "D's raw score and real and fake in one D step.",
    ),
}


def _combo(items: tuple[str, ...], tip: str) -> QComboBox:
    box = QComboBox()
    for item in items:
        box.addItem(item, item)
    box.setToolTip(tip)
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def _real(field: str, decimals: int, step: float, tip: str) -> QDoubleSpinBox:
    """A real-valued knob whose range is its config limit (an open upper end shown as the
    highest value the decimals can say below it)."""
    low, top, included = FLOAT_LIMITS[field]
    box = DecimalSpinBox(decimals=decimals, singleStep=step)
    box.setRange(low, top if included else top - 10**-decimals)
    box.setToolTip(tip)
    return box


def _widths(tip: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(translate("Setup", "none"))
    edit.setToolTip(tip)
    return edit


class AdvancedGroup(QWidget):
    """A collapsible form of the knobs; ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        kept(self.toggle, "Setup", QT_TRANSLATE_NOOP("Setup", "Advanced: take the GAN apart"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.RightArrow)
        tip = QT_TRANSLATE_NOOP(
            "Setup", "Layers, loss, optimiser, k, noise, head: every knob of the GAN"
        )
        kept(self.toggle, "Setup", tip=tip)
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle)
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form = form
        # every knob's choices, range and tooltip from the one field table
        tip = {name: BY_CONTROL[name].tip for name in ADVANCED}
        self.head = _combo(GENERATORS, tip["head"])
        self.g_hidden = _widths(tip["g_hidden"])
        self.d_hidden = _widths(tip["d_hidden"])
        self.activation = _combo(ACTIVATIONS, tip["activation"])
        self.loss = _combo(LOSSES, "")
        kept(
            self.loss,
            "Setup",
            tip=QT_TRANSLATE_NOOP("Setup", "The GAN loss; hover each choice for what it does"),
        )
        self.optimizer = _combo(OPTIMIZERS, tip["optimizer"])
        self.beta1 = _real("beta1", 3, 0.05, tip["beta1"])
        self.momentum = _real("momentum", 3, 0.05, tip["momentum"])
        self.d_steps = QSpinBox(minimum=0, maximum=INT_LIMITS["d_steps"][1])
        self.d_steps.setToolTip(tip["d_steps"])
        self.d_step = QComboBox()
        self.d_step.addItem(translate("Setup", "separate (the book)"), True)
        self.d_step.addItem(translate("Setup", "together"), False)
        self.d_step.setToolTip(tip["d_step"])
        self.pack = QSpinBox(minimum=0, maximum=INT_LIMITS["pack"][1])
        self.pack.setToolTip(tip["pack"])
        self.noise = _combo(NOISES, tip["noise"])
        self.ema = _real("ema", 4, 0.01, tip["ema"])
        self.schedule = _combo(SCHEDULES, tip["schedule"])
        self.retranslate()  # the loss choices' tooltips
        self.rows: dict[str, QWidget] = {name: getattr(self, name) for name in ADVANCED}
        labels = {name: BY_CONTROL[name].label for name in ADVANCED}
        for name, widget in self.rows.items():
            form_row(form, "fields", labels[name], widget)
            if name != "loss":  # the one table's tooltip, kept for View > Language
                kept(widget, "fields", tip=BY_CONTROL[name].tip)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.changed)
            else:
                widget.valueChanged.connect(self.changed)
        layout.addWidget(self.body)
        self.set_expanded(False)

    # -- public ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The loss choices' tooltips and the step choices in the current language."""
        for i, name in enumerate(LOSSES):
            self.loss.setItemData(i, translate("Setup", LOSS_TIPS[name]), Qt.ToolTipRole)
        self.d_step.setItemText(0, translate("Setup", "separate (the book)"))
        self.d_step.setItemText(1, translate("Setup", "together"))
        for edit in (self.g_hidden, self.d_hidden):
            edit.setPlaceholderText(translate("Setup", "none"))

    def set_expanded(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.DownArrow if on else Qt.RightArrow)
        self.body.setVisible(on)

    def fill(self, config: TrainConfig) -> None:
        """Show ``config``'s knobs (signals blocked: the set-up panel re-validates once)."""
        for widget in self.rows.values():
            widget.blockSignals(True)
        try:
            self.head.setCurrentIndex(self.head.findData(config.generator))
            self.g_hidden.setText(",".join(str(w) for w in config.g_hidden))
            self.d_hidden.setText(",".join(str(w) for w in config.d_hidden))
            for name in ("activation", "loss", "optimizer", "noise", "schedule"):
                box = self.rows[name]
                box.setCurrentIndex(max(0, box.findData(getattr(config, name))))
            self.beta1.setValue(config.beta1)
            self.momentum.setValue(config.momentum)
            self.d_steps.setValue(config.d_steps)
            self.d_step.setCurrentIndex(0 if config.book_steps else 1)
            self.pack.setValue(config.pack)
            self.ema.setValue(config.ema)
        finally:
            for widget in self.rows.values():
                widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The TrainConfig fields the knobs set (hidden widths as typed: the config checks)."""
        return {
            "generator": self.head.currentData(),
            "g_hidden": self.g_hidden.text(),
            "d_hidden": self.d_hidden.text(),
            "activation": self.activation.currentData(),
            "loss": self.loss.currentData(),
            "optimizer": self.optimizer.currentData(),
            "beta1": round(self.beta1.value(), 4),
            "momentum": round(self.momentum.value(), 4),
            "d_steps": self.d_steps.value(),
            "book_steps": bool(self.d_step.currentData()),
            "pack": self.pack.value(),
            "noise": self.noise.currentData(),
            "ema": round(self.ema.value(), 5),
            "schedule": self.schedule.currentData(),
        }

    def widget_for(self, field: str) -> QWidget | None:
        """The control of a TrainConfig field (for flagging an error there)."""
        return self.rows.get(CONTROL_OF.get(field, field))
