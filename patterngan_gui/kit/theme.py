"""Light, dark, high contrast or the system's colours for the whole app (Fusion for the explicit
ones). Every text colour of the explicit themes reads at least 4.5:1 on its background (WCAG AA),
the high-contrast theme's at least 7:1 (AAA), disabled text included (tests/test_contrast.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory


def apply_theme(theme: str) -> QPalette:
    """Set the app's palette for "system", "light", "dark" or "high_contrast"; returns it."""
    app = QApplication.instance()
    if theme == "system":
        palette = app.style().standardPalette()
    else:
        fusion = QStyleFactory.create("Fusion")
        app.setStyle(HighContrastStyle(fusion) if theme == "high_contrast" else fusion)
        if theme == "dark":
            palette = dark_palette()
        elif theme == "high_contrast":
            palette = high_contrast_palette()
        else:
            palette = light_palette(app.style().standardPalette())
    # a disabled field must look disabled: the window's colour behind it, not an editable white
    palette.setColor(QPalette.Disabled, QPalette.Base, palette.color(QPalette.Window))
    # ... and its placeholder as faint as disabled text (a brighter one reads as editable)
    disabled_text = palette.color(QPalette.Disabled, QPalette.Text)
    palette.setColor(QPalette.Disabled, QPalette.PlaceholderText, disabled_text)
    if theme == "high_contrast":  # Fusion draws frames from the window's colour: keep them
        palette.setColor(QPalette.Disabled, QPalette.Base, QColor(0, 0, 0))
    app.setPalette(palette)
    # the text colours made readable (kit.contrast.readable) aim at AAA in high contrast
    app.setProperty("patterngan_least_contrast", 7.0 if theme == "high_contrast" else 4.5)
    return palette


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, color in (
        (QPalette.Window, window),
        (QPalette.WindowText, text),
        (QPalette.Base, base),
        (QPalette.AlternateBase, window),
        (QPalette.ToolTipBase, window),
        (QPalette.ToolTipText, text),
        (QPalette.Text, text),
        (QPalette.Button, window),
        (QPalette.ButtonText, text),
        (QPalette.BrightText, QColor("#F0E442")),
        (QPalette.Highlight, QColor("#0072B2")),
        (QPalette.HighlightedText, QColor("white")),
        (QPalette.Link, QColor("#56B4E9")),
        (QPalette.PlaceholderText, QColor(160, 160, 160)),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.Disabled, QPalette.Text, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor(120, 120, 120))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor(120, 120, 120))
    return p


def light_palette(fusion: QPalette) -> QPalette:
    """Fusion's light palette, with the two colours that read under 4.5:1 made darker: the
    selection (white on #308cc6 is 3.7:1), the placeholder (half-transparent black, 4.0:1) and
    a visited link (#ff00ff)."""
    p = QPalette(fusion)
    for group in (QPalette.Active, QPalette.Inactive):
        p.setColor(group, QPalette.Highlight, QColor("#0072B2"))  # Okabe-Ito blue: 5.2:1
        p.setColor(group, QPalette.PlaceholderText, QColor(100, 100, 100))  # 5.9:1 on white
        p.setColor(group, QPalette.LinkVisited, QColor("#8B008B"))  # Fusion magenta: 3.1:1
    return p


def high_contrast_palette() -> QPalette:
    """White on black, the selection and links in yellow and cyan: every text at 7:1 or more
    (disabled text too), frames and focus drawn in light colours that stand out on black."""
    p = QPalette()
    black, white, yellow = QColor(0, 0, 0), QColor(255, 255, 255), QColor("#FFFF00")
    for role, color in (
        (QPalette.Window, black),
        (QPalette.WindowText, white),
        (QPalette.Base, black),
        (QPalette.AlternateBase, QColor(28, 28, 28)),
        (QPalette.ToolTipBase, black),
        (QPalette.ToolTipText, white),
        (QPalette.Text, white),
        (QPalette.Button, QColor(20, 20, 20)),
        (QPalette.ButtonText, white),
        (QPalette.BrightText, yellow),
        (QPalette.Highlight, yellow),
        (QPalette.HighlightedText, black),
        (QPalette.Link, QColor("#00FFFF")),
        (QPalette.LinkVisited, QColor("#FF80FF")),
        (QPalette.PlaceholderText, QColor(200, 200, 200)),
        (QPalette.Light, white),
        (QPalette.Midlight, QColor(200, 200, 200)),
        (QPalette.Mid, QColor(160, 160, 160)),
        (QPalette.Dark, QColor(200, 200, 200)),
        (QPalette.Shadow, white),
    ):
        p.setColor(role, color)
    grey = QColor(170, 170, 170)  # disabled: 9.4:1 on black, still plainly dimmer than white
    for role in (QPalette.Text, QPalette.ButtonText, QPalette.WindowText):
        p.setColor(QPalette.Disabled, role, grey)
    return p


class HighContrastStyle(QProxyStyle):
    """Fusion with a light border round every field, box and list: Fusion draws their frames
    in a shade of the window's colour, which on black is black (the answer fields and spin
    boxes vanished). The border has the palette's Mid (8:1 on black, WCAG asks 3:1 for a
    control's edge); a focused control's is the selection's yellow, two pixels wide."""

    FRAMED = (
        QStyle.PE_PanelLineEdit,
        QStyle.PE_IndicatorCheckBox,
        QStyle.PE_IndicatorRadioButton,
        QStyle.PE_Frame,
    )
    FRAMED_COMPLEX = (QStyle.CC_SpinBox, QStyle.CC_ComboBox)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        if element in self.FRAMED:
            self._border(option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in self.FRAMED_COMPLEX:
            self._border(option, painter, widget)

    @staticmethod
    def _border(option, painter, widget) -> None:
        if widget is not None and widget.parent() is not None:
            from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

            if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                return  # a spin box's own line edit: the spin box has the border
        focused = bool(option.state & QStyle.State_HasFocus)
        role = QPalette.Highlight if focused else QPalette.Mid
        painter.save()
        painter.setPen(QPen(option.palette.color(role), 2 if focused else 1))
        painter.setBrush(Qt.NoBrush)
        inset = 1 if focused else 0
        painter.drawRect(option.rect.adjusted(inset, inset, -1 - inset, -1 - inset))
        painter.restore()
