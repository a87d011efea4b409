"""The set-up's "Pattern" group: what to learn (pattern kind, its parameters, an expression
or a drawn target), the range, and the codec. The set-up panel reads and fills its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.engine.patterns import MAX_HI
from patterngan_gui.kit.i18n import translate
from patterngan_gui.panels.draw_target import DrawTarget

PATTERN_KINDS = [
    ("multiples", "Multiples of K"),
    ("odd", "Odd numbers"),
    ("even", "Even numbers"),
    ("mod", "n = R (mod K)"),
    ("squares", "Perfect squares"),
    ("primes", "Prime numbers"),
    ("expr", "Custom expression"),
    ("weights", "Draw your own"),
]


class TaskGroup(QGroupBox):
    """Pattern, range and codec widgets, in one form (``form``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Setup", "Pattern"), parent)
        self.form = form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # narrow docks: fields under labels
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for key, label in PATTERN_KINDS:
            self.kind.addItem(translate("patterns", label), key)
        self.kind.setAccessibleName(translate("Setup", "Pattern kind"))
        form.addRow(translate("Setup", "&Kind:"), self.kind)
        self.k = QSpinBox(minimum=1, maximum=MAX_HI, value=5)
        self.k.setToolTip("K: the divisor")
        self.r = QSpinBox(minimum=0, maximum=MAX_HI, value=0)
        self.r.setToolTip("R: the remainder wanted (0 <= R < K)")
        params = QHBoxLayout()
        self.k_label = QLabel("K")
        self.r_label = QLabel("R")
        self.k_label.setBuddy(self.k)  # labels bound to their fields: a screen reader's name
        self.r_label.setBuddy(self.r)
        for w in (self.k_label, self.k, self.r_label, self.r):
            params.addWidget(w)
        params.addStretch(1)
        self.params_row = QWidget()
        self.params_row.setLayout(params)
        params.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("Setup", "Parameters:"), self.params_row)
        self.expr = QLineEdit()
        self.expr.setPlaceholderText("e.g. n % 4 == 1 and n > 20")
        self.expr.setToolTip("Integers, n, + - * // %, comparisons, and/or/not, parentheses")
        form.addRow(translate("Setup", "E&xpression:"), self.expr)
        self.draw = DrawTarget()  # the "Draw your own" kind: bars per integer of the range
        form.addRow(translate("Setup", "Target:"), self.draw)
        rng = QHBoxLayout()
        rng.setContentsMargins(0, 0, 0, 0)
        self.lo = QSpinBox(minimum=0, maximum=MAX_HI, value=0)
        self.hi = QSpinBox(minimum=1, maximum=MAX_HI, value=50)
        self.lo.setToolTip("First integer of the range (inclusive)")
        self.hi.setToolTip("End of the range (exclusive)")
        rng.addWidget(self.lo, 1)
        to = QLabel("to")
        to.setBuddy(self.hi)
        to.setText(translate("Setup", "to"))
        rng.addWidget(to)
        rng.addWidget(self.hi, 1)
        self.lo.setAccessibleName(translate("Setup", "Range from"))
        self.hi.setAccessibleName(translate("Setup", "Range to (exclusive)"))
        self.hi.setToolTip(
            "End of the range, hi (exclusive: the range is lo, lo + 1, ..., hi - 1). Not the "
            "codec's size R: the codec encodes 0 to R - 1 with R = max(100, hi)"
        )
        self.range_row = QWidget()
        self.range_row.setLayout(rng)
        form.addRow(translate("fields", "R&ange:"), self.range_row)
        form.labelForField(self.range_row).setBuddy(self.lo)  # Alt+R: into the range
        self.support = QLabel()
        self.support.setWordWrap(True)
        self.support.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(translate("Setup", "Support:"), self.support)
        codec_row = QHBoxLayout()
        codec_row.setContentsMargins(0, 0, 0, 0)
        self.codec = QComboBox()
        self.codec.addItem("auto", "auto")
        self.codec.addItem("quotient + remainder (qr:M)", "qr")
        self.codec.addItem("one-hot", "onehot")
        self.codec.setToolTip(
            "How an integer becomes a vector. auto: qr:5 for the book, qr:K for patterns "
            "like multiples of K, one-hot otherwise"
        )
        self.codec_m = QSpinBox(minimum=2, maximum=MAX_HI, value=5)
        self.codec_m.setPrefix("M = ")
        self.codec_m.setAccessibleName(translate("Setup", "Codec M"))
        codec_row.addWidget(self.codec, 1)
        codec_row.addWidget(self.codec_m)
        self.codec_widget = QWidget()
        self.codec_widget.setLayout(codec_row)
        form.addRow(translate("fields", "&Codec:"), self.codec_widget)
        form.labelForField(self.codec_widget).setBuddy(self.codec)  # a combo's name on Linux
