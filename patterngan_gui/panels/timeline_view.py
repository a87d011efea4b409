"""The timeline under the plots: which kept report the plots show, and its numbers (strict
and book validity, TV) in words. A part of ``PlotsPanel`` (one job of its own), using its
history, timeline slider and labels."""

from __future__ import annotations

from core.teaching.history import MAX_SNAPSHOTS, format_bytes
from patterngan_gui.kit.i18n import PLURAL, translate
from patterngan_gui.kit.numbers import number, percent


class TimelineView:
    """The timeline's slider and numbers; mixed into ``patterngan_gui.panels.plots.PlotsPanel``."""

    def _update_timeline(self) -> None:
        snaps = self.history.snapshots if self.history else []
        live = self.position() is None
        self.timeline.blockSignals(True)
        self.timeline.setRange(0, max(len(snaps) - 1, 0))
        if live:
            self.timeline.setValue(self.timeline.maximum())
        self.timeline.blockSignals(False)
        self.timeline.setEnabled(len(snaps) > 1)
        self._update_timeline_info()

    def _update_timeline_info(self) -> None:
        h = self.history
        if not h or not h.snapshots:
            self.timeline_info.setText(translate("Plots", "no reports yet"))
            for line in self.epoch_lines:
                line.hide()
            return
        r = self.shown_report() or h.last
        live = self.position() is None
        where = translate("Plots", "live") if live else translate("Plots", "epoch {0}")
        m = r.metrics
        self.timeline_info.setText(  # the numbers a lab asks students to read, in their words
            translate("Plots", "<b>{0}</b>: {1} <b>strict {2}</b>, book {3}, TV {4}").format(
                where.format(number(r.epoch)),
                r.samples_text(),
                percent(m.strict_validity),
                percent(m.book_validity),
                number(m.tv, 3),
            )
        )
        kept = len(h.snapshots)
        memory = translate(
            "Plots",
            "The timeline keeps %n snapshot(s) of this run ({0}); at most {1} per run, "
            "spread evenly.",
            None, PLURAL, kept
        )  # fmt: skip
        memory = memory.format(format_bytes(h.nbytes()), number(MAX_SNAPSHOTS))
        self.timeline_label.setToolTip(memory)
        self.timeline_info.setToolTip(memory)
        for line in self.epoch_lines:
            line.setValue(r.epoch)
            line.setVisible(self.position() is not None)

    def _on_timeline(self, value: int) -> None:
        # the position is the session's: it hears of the move and the window redraws
        self.timeline_chosen.emit(-1 if value >= self.timeline.maximum() else value)

    def show_position(self) -> None:
        """The session moved the timeline: redraw at its position."""
        self._dirty = True
        self.refresh()

    def show_epoch(self, epoch: int) -> None:
        """Move the timeline to the kept report nearest ``epoch``."""
        snap = self.history.snapshot_at(epoch) if self.history else None
        if snap is not None:
            self.timeline.setValue(self.history.snapshots.index(snap))
