"""The labs controller: open a teacher's lab (its set-up, locks and instructions), save the
set-up as a lab, close it. The lab's rules (what it locks, what a file may change) are the
session model's; this module only does the dialogs and fills the panels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from core.files.lab_file import LabError, dump_lab, load_lab
from core.teaching.lab import Lab
from patterngan_gui.kit.focus import returns_focus
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.step_words import error_words

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

LAB_FILTER = QT_TRANSLATE_NOOP("Files", "PatternGAN lab (*.toml);;All files (*)")


class LabController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session

    def open_dialog(self) -> None:
        if not self.session.can_open:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Files", "Open lab"),
            self.window.settings.last_folder(),
            translate("Files", LAB_FILTER),
        )
        if path:
            self.open_lab(path)

    def open_lab(self, path: str) -> bool:
        """Apply a lab file: its set-up, locked and hidden controls, and instructions."""
        w, s = self.window, self.session
        if not s.ready:
            w.pending_lab = path
            return False
        if not s.can_open:
            return False
        try:
            lab = load_lab(path)
        except LabError as exc:
            w.error(translate("Files", "Could not open the lab"), error_words(exc))
            return False
        self.apply_lab(lab, lab.title or Path(path).stem)
        w.say(translate("Files", "Opened the lab {0}").format(Path(path).name), 4000)
        return True

    def apply_lab(self, lab: Lab, title: str) -> None:
        """Show a lab already read (a file, a recovered session)."""
        self.session.open_lab(lab)  # announced: the set-up locks and hides what the lab says
        self.window.setup.set_config(lab.config)
        self.window.show_lab(title)

    def close_lab(self) -> None:
        if not self.session.can_close_lab:
            return
        self.session.close_lab()  # announced: the set-up unlocks
        self.window.hide_instructions()

    @returns_focus
    def save_dialog(self) -> None:
        from patterngan_gui.kit.lab_dialog import SaveLabDialog

        config = self.session.draft
        if config is None:
            self.window.error(
                translate("Files", "Cannot save a lab"),
                self.session.draft_error or translate("Files", "invalid set-up"),
            )
            return
        dlg = SaveLabDialog(config, self.session.lab, self.window)
        if dlg.exec() != QDialog.Accepted:
            return
        start = str(Path(self.window.settings.last_folder()) / "lab.toml")
        from patterngan_gui.controllers.files import ask_save_path

        path = ask_save_path(
            self.window,
            translate("Files", "Save lab"),
            start,
            translate("Files", LAB_FILTER),
            ".toml",
        )
        if path is not None:
            self.save_lab(path, dlg.lab())

    def save_lab(self, path: str, lab: Lab) -> bool:
        from core.files.atomic import write_atomic
        from core.files.errors import GeneratorFileError

        try:
            write_atomic(Path(path), dump_lab(lab).encode("utf-8"))
        except (GeneratorFileError, ValueError) as exc:
            self.window.error(translate("Files", "Could not save the lab"), error_words(exc))
            return False
        self.window.say(translate("Files", "Saved the lab {0}").format(path), 4000)
        return True
