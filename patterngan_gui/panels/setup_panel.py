"""The set-up panel: pattern, codec, preset and hyperparameters, validated as you type.

It builds a ``core.engine.config.TrainConfig``; an invalid value is flagged at its field with a
sentence saying what is wrong, and ``config()`` refuses to return until it is fixed.
Imports no torch, so the window can paint before torch loads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.engine.config import INT_LIMITS, TrainConfig
from core.engine.fields import BY_CONTROL, CONTROL_OF, FLOAT_LIMITS, FieldError
from core.engine.patterns import parse_pattern
from core.engine.presets import PRESETS, get_preset, make_config, with_preset
from patterngan_gui.kit.contrast import readable
from patterngan_gui.kit.i18n import form_row, kept, translate
from patterngan_gui.kit.numbers import DecimalSpinBox
from patterngan_gui.kit.safe_text import plain_label, plain_tip
from patterngan_gui.kit.step_words import error_words
from patterngan_gui.panels.advanced_panel import AdvancedGroup
from patterngan_gui.panels.task_group import TaskGroup

ERROR_STYLE = "border: 2px solid #D55E00;"  # Okabe-Ito vermillion


def field_words(config_field: str) -> str:
    """A config field's set-up label, in the window's language ("Epochen")."""
    control = CONTROL_OF.get(config_field)
    if control is None:
        return config_field
    return translate("fields", BY_CONTROL[control].label).replace("&", "").rstrip(":")


def preset_text(preset, draft) -> str:
    """The preset's description, and which of its settings were changed ("modified")."""
    changed = [k for k, v in preset.settings.items() if getattr(draft, k) != v]
    if not changed:
        return translate("presets", preset.description)
    said = translate("Setup", "(modified: {0}) {1}")
    names = [field_words(k) for k in changed]  # the set-up's own labels, translated
    return said.format(", ".join(names), translate("presets", preset.description))


LOCKED = "\n\u200b"  # (invisible) before a locked control's note in its tooltip


class SetupPanel(QWidget):
    """Everything a run needs, as widgets. ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._last_preset_index = -1
        self._last_support: list[int] = []  # the support last shown (a drawing starts there)
        self._cuda_available = False  # only for showing the CUDA choice greyed
        # the rules and the lab's controls are the session's; the window hands them over
        self.setup_problem: Callable[[TrainConfig], FieldError | None] = lambda config: None
        self.lab_controls: Callable[[], tuple[frozenset[str], frozenset[str]]] = lambda: (
            frozenset(),
            frozenset(),
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        # -- pattern, range, codec --------------------------------------------------------
        task = TaskGroup()
        form = task.form
        self.kind, self.k, self.r, self.expr, self.draw = (
            task.kind,
            task.k,
            task.r,
            task.expr,
            task.draw,
        )
        self.k_label, self.r_label, self.params_row = task.k_label, task.r_label, task.params_row
        self.lo, self.hi, self.support = task.lo, task.hi, task.support
        self.codec, self.codec_m = task.codec, task.codec_m
        range_row, codec_widget = task.range_row, task.codec_widget
        outer.addWidget(task)

        # -- preset and hyperparameters --------------------------------------------------
        model = kept(QGroupBox(), "Setup", QT_TRANSLATE_NOOP("Setup", "Model and training"))
        mform = QFormLayout(model)
        mform.setRowWrapPolicy(QFormLayout.WrapLongRows)
        mform.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.preset = QComboBox()
        for p in PRESETS.values():
            self.preset.addItem(p.name, p.name)
        self._preset_tips()
        form_row(mform, "fields", "&Preset:", self.preset)
        self.preset_help = QLabel()
        self.preset_help.setWordWrap(True)
        font = self.preset_help.font()
        font.setItalic(True)  # set apart by style, not by a colour that fails in dark themes
        self.preset_help.setFont(font)
        mform.addRow(self.preset_help)
        self.epochs = QSpinBox(minimum=0, maximum=INT_LIMITS["epochs"][1], singleStep=100)
        self.epochs.setGroupSeparatorShown(True)
        self.batch = QSpinBox(minimum=0, maximum=INT_LIMITS["batch"][1])
        self.lr_d = self._lr_box()
        self.lr_g = self._lr_box()
        self.latent = QSpinBox(minimum=0, maximum=INT_LIMITS["latent"][1])
        self.seed = QSpinBox(minimum=0, maximum=INT_LIMITS["seed"][1])
        self.report_every = QSpinBox(minimum=0, maximum=INT_LIMITS["report_every"][1], value=100)
        self.device = QComboBox()
        self.device.addItem(translate("Setup", "Auto"), "auto")
        self.device.addItem("CPU", "cpu")
        self.device.addItem("CUDA", "cuda")
        for name in ("epochs", "batch", "lr_d", "lr_g", "latent", "seed", "report_every"):
            field, widget = BY_CONTROL[name], getattr(self, name)
            form_row(mform, "fields", field.label, widget)  # from the one field table
            kept(widget, "fields", tip=field.tip)
        form_row(mform, "fields", BY_CONTROL["device"].label, self.device)
        self.advanced = AdvancedGroup()  # every knob; collapsed by default
        mform.addRow(self.advanced)
        outer.addWidget(model)
        for box in (self.kind, self.codec, self.preset, self.device):
            # a long item must not set the panel's width (it would need a horizontal scrollbar)
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)

        self._forms = {"task": form, "model": mform}
        # lab-file control name -> (its form, the widget of its row, the widgets it locks)
        self._controls = {
            "pattern": (
                form,
                [self.kind, self.params_row, self.expr, self.draw],
                [self.kind, self.k, self.r, self.expr, self.draw],
            ),
            "range": (form, [range_row], [self.lo, self.hi]),
            "codec": (form, [codec_widget], [self.codec, self.codec_m]),
            "preset": (mform, [self.preset, self.preset_help], [self.preset]),
            **{
                name: (mform, [w], [w])
                for name, w in (
                    ("epochs", self.epochs),
                    ("batch", self.batch),
                    ("lr_d", self.lr_d),
                    ("lr_g", self.lr_g),
                    ("latent", self.latent),
                    ("seed", self.seed),
                    ("report_every", self.report_every),
                    ("device", self.device),
                )
            },
            **{name: (self.advanced.form, [w], [w]) for name, w in self.advanced.rows.items()},
        }

        self.error = plain_label()  # an error quotes what it refuses: words, never markup
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable('#D55E00')}; font-weight: bold;")  # 4.5:1
        kept(self.error, "Setup", name=QT_TRANSLATE_NOOP("Setup", "Set-up error"))
        outer.addWidget(self.error)
        outer.addStretch(1)

        self._field_widgets = {
            "pattern": self.expr,
            "range": self.hi,
            "codec": self.codec_m,
            "epochs": self.epochs,
            "batch": self.batch,
            "lr_d": self.lr_d,
            "lr_g": self.lr_g,
            "latent": self.latent,
            "seed": self.seed,
            "report_every": self.report_every,
            "device": self.device,
        }
        for w in (self.kind, self.codec, self.preset, self.device):
            w.currentIndexChanged.connect(self._on_edit)
        for w in (
            self.k,
            self.r,
            self.lo,
            self.hi,
            self.codec_m,
            self.epochs,
            self.batch,
            self.latent,
            self.seed,
            self.report_every,
        ):
            w.valueChanged.connect(self._on_edit)
        for w in (self.lr_d, self.lr_g):
            w.valueChanged.connect(self._on_edit)
        self.expr.textChanged.connect(self._on_edit)
        self.draw.changed.connect(self._on_edit)
        self.draw.range_chosen.connect(lambda lo, hi: (self.lo.setValue(lo), self.hi.setValue(hi)))
        self.kind.currentIndexChanged.connect(self._start_drawing)
        self.advanced.changed.connect(self._on_edit)
        self.preset.currentIndexChanged.connect(self._on_preset)
        # choosing the same preset again puts back its values (after "(modified: ...)")
        self.preset.activated.connect(lambda i: i == self._last_preset_index and self._on_preset())
        self.set_config(make_config("book"))

    @staticmethod
    def _lr_box() -> QDoubleSpinBox:
        # from 0, so a rate too small is said at the field rather than silently raised
        box = DecimalSpinBox(decimals=5, minimum=0.0, maximum=FLOAT_LIMITS["lr_d"][1])
        box.setSingleStep(0.0005)
        return box

    def _preset_tips(self) -> None:
        for i, p in enumerate(PRESETS.values()):  # in the window's language
            self.preset.setItemData(i, translate("presets", p.description), Qt.ToolTipRole)

    def retranslate(self) -> None:
        """The texts this panel composes, in the current language (View > Language): the
        presets' tooltips, the device's, the preset's note, the lab's locks, the support."""
        self._preset_tips()
        self.device.setItemText(0, translate("Setup", "Auto"))
        self.set_cuda_available(self._cuda_available, getattr(self, "_cuda_reason", ""))
        with QSignalBlocker(self):  # the set-up itself has not changed
            self._on_edit()

    # -- public -------------------------------------------------------------------------
    def set_cuda_available(self, available: bool, reason: str = "") -> None:
        self._cuda_available = available
        self._cuda_reason = reason
        item = self.device.model().item(2)
        item.setEnabled(available)
        tip = translate("fields", BY_CONTROL["device"].tip)
        if not available:
            reason = reason or translate("Setup", "no CUDA device was found")
            tip += "\n" + translate("Setup", "CUDA is unavailable here: {0}.").format(reason)
            if self.device.currentData() == "cuda":
                self.device.setCurrentIndex(0)
        self.device.setToolTip(tip)

    def set_preset(self, name: str) -> None:
        """Choose a preset as the user would (it fills the hyperparameters it defines; the
        same preset again puts back the values it defines)."""
        index = self.preset.findData(name)
        if index == self.preset.currentIndex():
            self._on_preset()
        self.preset.setCurrentIndex(index)

    def set_config(self, config: TrainConfig) -> None:
        """Fill every widget from a config (preset, last set-up, an opened file)."""
        self._filling = True
        try:
            name, _, rest = config.pattern.partition(":")
            self.kind.setCurrentIndex(max(0, self.kind.findData(name)))
            if name == "multiples" and rest:
                self.k.setValue(int(rest))
            elif name == "mod":
                k, _, r = rest.partition(":")
                self.k.setValue(int(k))
                self.r.setValue(int(r))
            elif name == "expr":
                self.expr.setText(rest)
            elif name == "weights":
                self.draw.set_spec(config.pattern, config.lo, config.hi)
            self.lo.setValue(config.lo)
            self.hi.setValue(config.hi)
            if config.codec.startswith("qr:"):
                self.codec.setCurrentIndex(1)
                self.codec_m.setValue(int(config.codec[3:]))
            else:
                self.codec.setCurrentIndex(self.codec.findData(config.codec))
            self.preset.setCurrentIndex(max(0, self.preset.findData(config.preset)))
            self._fill_hyper(config)
        finally:
            self._filling = False
        self._base = config
        self._on_edit()

    def _fill_hyper(self, config: TrainConfig) -> None:
        self.epochs.setValue(config.epochs)
        self.batch.setValue(config.batch)
        self.lr_d.setValue(config.lr_d)
        self.lr_g.setValue(config.lr_g)
        self.latent.setValue(config.latent)
        self.seed.setValue(config.seed)
        self.report_every.setValue(config.report_every)
        self.device.setCurrentIndex(max(0, self.device.findData(config.device)))
        self.advanced.fill(config)

    def pattern_spec(self) -> str:
        kind = self.kind.currentData()
        if kind == "multiples":
            return f"multiples:{self.k.value()}"
        if kind == "mod":
            return f"mod:{self.k.value()}:{self.r.value()}"
        if kind == "expr":
            return f"expr:{self.expr.text()}"
        if kind == "weights":
            return self.draw.spec()
        return kind

    def codec_spec(self) -> str:
        kind = self.codec.currentData()
        return f"qr:{self.codec_m.value()}" if kind == "qr" else kind

    def draft(self) -> TrainConfig:
        """The config the widgets describe, not yet validated."""
        return self._base.replace(
            pattern=self.pattern_spec(),
            lo=self.lo.value(),
            hi=self.hi.value(),
            codec=self.codec_spec(),
            epochs=self.epochs.value(),
            batch=self.batch.value(),
            lr_d=round(self.lr_d.value(), 6),
            lr_g=round(self.lr_g.value(), 6),
            latent=self.latent.value(),
            seed=self.seed.value(),
            report_every=self.report_every.value(),
            device=self.device.currentData(),
            **self.advanced.values(),
        )

    def validation_error(self) -> FieldError | None:
        """None when the set-up is valid, else the first problem (its ``field`` and, as its
        text, a sentence)."""
        try:
            self.draft().validate()
        except FieldError as exc:
            return exc
        except ValueError as exc:  # not a field's (none known today): shown, flagged nowhere
            return FieldError("", str(exc))
        return self.setup_problem(self.draft())  # the session's rules (no CUDA here, ...)

    def config(self) -> TrainConfig:
        """The validated config; raises the FieldError (already shown at its field) if invalid."""
        error = self.validation_error()
        if error:
            raise error
        return self.draft()

    def set_locked(self, locked: bool) -> None:
        """Disable editing while a run is under way (the trainer was built from it)."""
        for w in self.findChildren(QWidget):
            if w is not self.error and w is not self.support and w is not self.preset_help:
                w.setEnabled(not locked)
        if not locked:
            self._update_visibility()
            self.set_cuda_available(self._cuda_available)

    @property
    def lab_locked(self) -> frozenset[str]:
        return self.lab_controls()[0]

    @property
    def lab_hidden(self) -> frozenset[str]:
        return self.lab_controls()[1]

    def apply_lab_controls(self) -> None:
        """Lock (show, not editable) and hide controls as the session's lab says."""
        for name, (form, rows, _widgets) in self._controls.items():
            for w in rows:
                form.setRowVisible(w, name not in self.lab_hidden)
        self.set_locked(False)

    def _apply_lab_locks(self) -> None:
        note = LOCKED + translate("Setup", "(locked by the lab)")
        for name in self.lab_locked:
            for w in self._controls[name][2]:
                w.setEnabled(False)
                w.setToolTip(w.toolTip().split(LOCKED)[0] + note)

    # -- reactions ----------------------------------------------------------------------
    def _on_preset(self) -> None:
        self._last_preset_index = self.preset.currentIndex()
        if self._filling:
            return
        new = with_preset(self.draft(), self.preset.currentData())  # the rule is core's
        # an open lab's locked and hidden values come back through the session's one rule
        # (Session.within_lab), which the window applies to every change of the set-up
        self._filling = True
        try:
            self._fill_hyper(new)
        finally:
            self._filling = False
        self._base = new
        self._on_edit()

    def _update_visibility(self) -> None:
        kind = self.kind.currentData()
        self._forms["task"].setRowVisible(
            self.params_row, kind in ("multiples", "mod") and "pattern" not in self.lab_hidden
        )
        self.r.setVisible(kind == "mod")
        self.r_label.setVisible(kind == "mod")
        self.expr.setEnabled(kind == "expr")
        self._forms["task"].setRowVisible(
            self.draw, kind == "weights" and "pattern" not in self.lab_hidden
        )
        self.draw.set_range(self.lo.value(), max(self.hi.value(), self.lo.value() + 1))
        self.codec_m.setEnabled(self.codec.currentData() == "qr")
        self.preset_help.setText(self._preset_text())
        self._apply_lab_locks()

    def _preset_text(self) -> str:
        return preset_text(get_preset(self.preset.currentData()), self.draft())

    def _start_drawing(self) -> None:
        """Switching to "Draw your own" starts from the pattern just shown (uniform over
        its support), for the student to reshape."""
        if self.kind.currentData() == "weights" and self.draw.empty and not self._filling:
            self.draw.set_weights({int(v): 1.0 for v in self._last_support})

    def _error_widgets(self, error: FieldError) -> list[QWidget]:
        """The fields an error is about: the range's two boxes for a range error or an empty
        support, the expression or K for a pattern error, else the field's own widget."""
        field = error.field
        if field in ("range", "lo", "hi") or (field == "pattern" and "empty support" in str(error)):
            return [self.lo, self.hi]
        if field == "pattern":
            kind = self.kind.currentData()
            by_kind = {"expr": [self.expr], "weights": [self.draw.canvas]}
            return by_kind.get(kind, [self.k] if kind in ("multiples", "mod") else [])
        widget = self._field_widgets.get(field) or self.advanced.widget_for(field)
        if widget is not None and widget.parent() is self.advanced.body:
            self.advanced.set_expanded(True)  # an error is shown where it is
        return [widget] if widget is not None else []

    def _on_edit(self) -> None:
        if self._filling:
            return
        self._update_visibility()
        advanced = self.advanced.rows.values()
        for w in (*self._field_widgets.values(), *advanced, self.lo, self.k, self.draw.canvas):
            w.setStyleSheet("")
            w.setToolTip(w.toolTip().split("\n\u26a0")[0])
        error = self.validation_error()
        try:
            p = parse_pattern(self.pattern_spec(), self.lo.value(), self.hi.value())
            first = ", ".join(str(int(v)) for v in p.support[:8])
            more = ", ..." if p.support.size > 8 else ""
            said = translate("Setup", "{0} numbers: {1}")  # the support, in the window's words
            self.support.setText(said.format(p.support.size, f"{first}{more}"))
            self._last_support = p.support
        except ValueError:
            self.support.setText("-")
        if error:
            for widget in self._error_widgets(error):
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(plain_tip(widget.toolTip() + "\n\u26a0 " + error_words(error)))
            self.error.setText(error_words(error))
        else:
            self.error.setText("")
        self.changed.emit()
