"""A table cell that sorts by its number, not its text (the Runs and Class tables)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem


class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.value = value

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, NumberItem):
            return self.value < other.value
        return super().__lt__(other)
