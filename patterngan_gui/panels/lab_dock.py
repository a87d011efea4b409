"""The lab's dock in the main window: its instructions, goals and answers shown beside the
set-up. A part of ``MainWindow`` (one job of its own), using the window's session, lab panel
and docks."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from patterngan_gui.kit.i18n import current_language


class LabDock:
    """Shows the open lab; mixed into ``patterngan_gui.main_window.MainWindow``."""

    def show_lab(self, title: str) -> None:
        """A lab's instructions (Markdown shown as text: it loads no image and opens no link),
        goals and questions."""
        lab = self.session.lab.in_language(current_language())  # its words, if it has them
        self.lab_panel.set_lab(lab.title or title, lab.instructions, lab.goals, lab.questions)
        self.lab_panel.show_answers(self.session.answer_fields())
        self.show_instructions()

    def show_goals(self) -> None:
        goals = self.session.goals
        if goals is not None:
            self.lab_panel.show_goals(goals.status())
        elif self.session.lab is not None:
            self.lab_panel.show_goals([(g.text, None) for g in self.session.lab.goals])

    def _on_answers(self) -> None:
        self.session.set_answers(self.lab_panel.answers())

    def show_instructions(self) -> None:
        if self.session.lab is None:
            return
        self._show_beside_setup(self.instructions_dock)

    def _show_beside_setup(self, dock: QDockWidget) -> None:
        """Show a dock as a tab beside the set-up (the plots keep the width), in front."""
        if (
            not dock.isFloating()
            and self.setup_dock.isVisible()
            and dock not in self.tabifiedDockWidgets(self.setup_dock)
        ):
            self.tabifyDockWidget(self.setup_dock, dock)  # a hidden dock loses its tab
        dock.show()
        dock.raise_()

    def hide_instructions(self) -> None:
        self.instructions_dock.hide()
