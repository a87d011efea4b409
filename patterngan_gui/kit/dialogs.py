"""The window's dialogs: errors, the trust question, unsaved runs, help and about.

Text that comes from a file (a name, a problem found in it) is always escaped or shown as
plain text, never interpreted as rich text by Qt.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from patterngan_gui.actions import shortcuts_html
from patterngan_gui.kit import help_text
from patterngan_gui.kit.focus import returns_focus
from patterngan_gui.kit.i18n import PLURAL, translate


class Dialogs:
    """Modal dialogs owned by one window (tests replace single methods). Each gives the
    keyboard focus back when it closes (``returns_focus``)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    @returns_focus
    def error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Warning, title, "", QMessageBox.Ok, self.parent)
        box.setTextFormat(Qt.PlainText)  # before the text: a message quotes files
        box.setText(message)
        box.exec()

    @returns_focus
    def confirm_trust(self, path: str, problem: str) -> bool:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(translate("Dialogs", "Open an unchecked file?"))
        box.setTextFormat(Qt.PlainText)
        box.setText(translate("Dialogs", "{0} cannot be opened safely.").format(Path(path).name))
        box.setInformativeText(
            translate(
                "Dialogs",
                "PatternGAN checked it and found that {0}.\n\n"
                "Trusting it means letting PyTorch run the code stored inside the file, with your "
                "permissions: it could read, change or delete your files. Only do this for a file "
                "from a source you trust.",
            ).format(problem)
        )
        trust = box.addButton(
            translate("Dialogs", "Trust and run its code"), QMessageBox.DestructiveRole
        )
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is trust

    @returns_focus
    def ask_live_change(self, current: dict[str, float | int]) -> dict[str, float | int] | None:
        """Run > Change learning rates and k: the new values (only those changed), or None."""
        from patterngan_gui.controllers.live_change import LiveChangeDialog

        dialog = LiveChangeDialog(current, self.parent)
        return dialog.changes() if dialog.exec() else None

    @returns_focus
    def ask_student_name(self, current: str) -> str | None:
        """Who hands in this result (the remembered name filled in); None when cancelled."""
        from patterngan_gui.kit import ask

        name, ok = ask.get_text(
            self.parent,
            translate("Dialogs", "Export lab result"),
            translate("Dialogs", "Your name (it goes in the result):"),
            text=current,
        )
        return name if ok else None

    @returns_focus
    def ask_unsaved(self, names: list[str]) -> str:
        """ "save", "discard" or "cancel"."""
        return ask_unsaved_box(self.parent, names)

    @returns_focus
    def shortcuts(self) -> None:
        QMessageBox.information(
            self.parent, translate("Dialogs", "Keyboard shortcuts"), shortcuts_html()
        )

    @returns_focus
    def how_it_works(self) -> None:
        dlg = QDialog(self.parent)
        dlg.setWindowTitle(translate("Dialogs", "How it works"))
        layout = QVBoxLayout(dlg)
        text = QTextBrowser()
        text.setHtml(help_text.how_it_works())
        text.setOpenExternalLinks(False)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dlg.reject)
        layout.addWidget(buttons)
        dlg.resize(640, 560)
        dlg.exec()

    def about_text(self) -> str:
        import numpy
        import pyqtgraph
        import PySide6
        import torch

        cuda = torch.cuda.is_available()
        device = torch.cuda.get_device_name(0) if cuda else translate("Dialogs", "CPU only")
        watch = translate(
            "Dialogs", "Watch a GAN learn to generate integers that follow a pattern."
        )
        said = translate("Dialogs", "Device: {0}").format(html.escape(device))
        return (
            f"<h3>PatternGAN {__version__}</h3>"
            f"<p>{watch}</p>"
            f"<p>PyTorch {torch.__version__}, PySide6 {PySide6.__version__}, "
            f"pyqtgraph {pyqtgraph.__version__}, NumPy {numpy.__version__}<br>"
            f"{said}</p>"
        )

    @returns_focus
    def about(self) -> None:
        QMessageBox.about(self.parent, translate("Dialogs", "About PatternGAN"), self.about_text())


def ask_unsaved_box(parent, names: list[str]) -> str:
    """Save / Discard / Cancel for trained runs that were never saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(translate("Dialogs", "Unsaved runs"))
    box.setTextFormat(Qt.PlainText)  # run names come from files: words, never markup
    n = len(names)  # lupdate reads a plural's count only as a name
    box.setText(translate("Dialogs", "Trained generators not saved yet: %n", None, PLURAL, n))
    box.setInformativeText("\n".join(names[:8]) + ("\n..." if len(names) > 8 else ""))
    save = box.addButton(QMessageBox.Save)
    discard = box.addButton(QMessageBox.Discard)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"
