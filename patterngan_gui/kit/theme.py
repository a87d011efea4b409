"""Light, dark or the system's colours for the whole app (Fusion for the explicit ones)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def apply_theme(theme: str) -> QPalette:
    """Set the app's palette for "system", "light" or "dark"; returns it."""
    app = QApplication.instance()
    if theme == "system":
        palette = app.style().standardPalette()
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        palette = dark_palette() if theme == "dark" else app.style().standardPalette()
    # a disabled field must look disabled: the window's colour behind it, not an editable white
    palette.setColor(QPalette.Disabled, QPalette.Base, palette.color(QPalette.Window))
    # ... and its placeholder as faint as disabled text (a brighter one reads as editable)
    disabled_text = palette.color(QPalette.Disabled, QPalette.Text)
    palette.setColor(QPalette.Disabled, QPalette.PlaceholderText, disabled_text)
    app.setPalette(palette)
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
