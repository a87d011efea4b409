"""The set-up's "Pattern" group: what to learn (pattern kind, its parameters, an expression
or a drawn target), the range, and the codec. The set-up panel reads and fills its widgets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from patterngan_gui.kit.i18n import form_row, keep, kept, translate
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
        super().__init__(parent)
        kept(self, "Setup", QT_TRANSLATE_NOOP("Setup", "Pattern"))
        self.form = form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # narrow docks: fields under labels
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for key, label in PATTERN_KINDS:
            self.kind.addItem(translate("patterns", label), key)
        kept(self.kind, "Setup", name=QT_TRANSLATE_NOOP("Setup", "Pattern kind"))
        form_row(form, "Setup", QT_TRANSLATE_NOOP("Setup", "&Kind:"), self.kind)
        self.k = QSpinBox(minimum=1, maximum=MAX_HI, value=5)
        kept(self.k, "Setup", tip=QT_TRANSLATE_NOOP("Setup", "K: the divisor"))
        self.r = QSpinBox(minimum=0, maximum=MAX_HI, value=0)
        kept(
            self.r, "Setup", tip=QT_TRANSLATE_NOOP("Setup", "R: the remainder wanted (0 <= R < K)")
        )
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
        form_row(form, "Setup", QT_TRANSLATE_NOOP("Setup", "Parameters:"), self.params_row)
        self.expr = QLineEdit()
        self.expr.setPlaceholderText(
            keep(
                self.expr,
                "Setup",
                QT_TRANSLATE_NOOP("Setup", "e.g. n % 4 == 1 and n > 20"),
                "placeholder",
            )
        )
        tip = QT_TRANSLATE_NOOP(
            "Setup", "Integers, n, + - * // %, comparisons, and/or/not, parentheses"
        )
        kept(self.expr, "Setup", tip=tip)
        form_row(form, "Setup", QT_TRANSLATE_NOOP("Setup", "E&xpression:"), self.expr)
        self.draw = DrawTarget()  # the "Draw your own" kind: bars per integer of the range
        form_row(form, "Setup", QT_TRANSLATE_NOOP("Setup", "Target:"), self.draw)
        rng = QHBoxLayout()
        rng.setContentsMargins(0, 0, 0, 0)
        self.lo = QSpinBox(minimum=0, maximum=MAX_HI, value=0)
        self.hi = QSpinBox(minimum=1, maximum=MAX_HI, value=50)
        kept(
            self.lo,
            "Setup",
            tip=QT_TRANSLATE_NOOP("Setup", "First integer of the range (inclusive)"),
        )
        rng.addWidget(self.lo, 1)
        to = QLabel()
        to.setBuddy(self.hi)
        kept(to, "Setup", QT_TRANSLATE_NOOP("Setup", "to"))
        rng.addWidget(to)
        rng.addWidget(self.hi, 1)
        kept(self.lo, "Setup", name=QT_TRANSLATE_NOOP("Setup", "Range from"))
        kept(self.hi, "Setup", name=QT_TRANSLATE_NOOP("Setup", "Range to (exclusive)"))
        tip = QT_TRANSLATE_NOOP(
            "Setup",
            "End of the range, hi (exclusive: the range is lo, lo + 1, ..., hi - 1). Not the "
            "codec's size R: the codec encodes 0 to R - 1 with R = max(100, hi)",
        )
        kept(self.hi, "Setup", tip=tip)
        self.range_row = QWidget()
        self.range_row.setLayout(rng)
        form_row(form, "fields", "R&ange:", self.range_row).setBuddy(
            self.lo
        )  # Alt+R: into the range
        self.support = QLabel()
        self.support.setWordWrap(True)
        self.support.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form_row(form, "Setup", QT_TRANSLATE_NOOP("Setup", "Support:"), self.support)
        codec_row = QHBoxLayout()
        codec_row.setContentsMargins(0, 0, 0, 0)
        self.codec = QComboBox()
        self.codec.addItem("auto", "auto")
        self.codec.addItem(translate("Setup", "quotient + remainder (qr:M)"), "qr")
        self.codec.addItem("one-hot", "onehot")
        tip = QT_TRANSLATE_NOOP(
            "Setup",
            "How an integer becomes a vector. auto: qr:5 for the book, qr:K for patterns "
            "like multiples of K, one-hot otherwise",
        )
        kept(self.codec, "Setup", tip=tip)
        self.codec_m = QSpinBox(minimum=2, maximum=MAX_HI, value=5)
        self.codec_m.setPrefix("M = ")
        kept(self.codec_m, "Setup", name=QT_TRANSLATE_NOOP("Setup", "Codec M"))
        codec_row.addWidget(self.codec, 1)
        codec_row.addWidget(self.codec_m)
        self.codec_widget = QWidget()
        self.codec_widget.setLayout(codec_row)
        form_row(form, "fields", "&Codec:", self.codec_widget).setBuddy(
            self.codec
        )  # a combo's name on Linux

    def retranslate(self) -> None:
        """The pattern kinds and codec names in the current language (View > Language)."""
        for i, (_key, label) in enumerate(PATTERN_KINDS):
            self.kind.setItemText(i, translate("patterns", label))
        self.codec.setItemText(1, translate("Setup", "quotient + remainder (qr:M)"))
