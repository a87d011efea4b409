"""The rules of the session: what each state allows, as properties the window asks.

Every rule the window enforces lives here (``can_train``, ``can_step``, ``can_save``, ...), so
the window asks instead of deciding and the rules are tested without a display. A mixin of
:class:`core.app.session.Session`, which holds the state they read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.app.run_state import RunState
from core.engine.fields import FieldError

if TYPE_CHECKING:
    from core.engine.config import TrainConfig


class SessionRules:
    """What the session's state allows (read-only; the state is the session's)."""

    ready: bool
    draft: TrainConfig | None
    state: RunState
    sweeping: bool
    cuda_available: bool
    cuda_reason: str

    def setup_problem(self, config: TrainConfig) -> FieldError | None:
        """What this machine refuses in a set-up the config itself accepts (None: nothing):
        CUDA where there is none, or more memory than the budget (said as you type, at the
        knob to change, rather than at F5)."""
        if config.device == "cuda" and not self.cuda_available:
            why = f" ({self.cuda_reason})" if self.cuda_reason else ""
            return FieldError(
                "device", f"device: CUDA is not available on this machine{why}; choose Auto or CPU"
            )
        from core.engine.memory import check_fits  # arithmetic only: no torch

        try:
            check_fits(config, *config.validate(), window=True)  # the window keeps the history
        except FieldError as exc:
            return exc
        return None

    @property
    def busy(self) -> bool:
        """A training thread exists (running or paused)."""
        return self.state in (RunState.RUNNING, RunState.PAUSED)

    @property
    def resumable(self) -> bool:
        """F5 would continue the current run rather than start a new one."""
        if self.state is RunState.PAUSED:
            return True
        t = self.run_status
        return (
            t is not None
            and not self.busy
            and 0 < t.epoch < t.config.epochs
            and t.config == self.draft
        )

    @property
    def can_train(self) -> bool:
        if not self.ready or self.state is RunState.RUNNING:
            return False
        return self.state is RunState.PAUSED or self.draft is not None

    @property
    def train_label(self) -> str:
        return "Resume" if self.resumable else "Train"

    @property
    def can_pause(self) -> bool:
        return self.state is RunState.RUNNING and not self.sweeping

    @property
    def can_sweep(self) -> bool:
        """Run > Sweep seeds: many seeds of the set-up at once, on the CPU."""
        return self.ready and not self.busy and self.draft is not None

    @property
    def can_stop(self) -> bool:
        return self.busy

    @property
    def can_change_live(self) -> bool:
        """Learning rates and k can change while a run is running or paused."""
        return self.busy and not self.sweeping and self.run_status is not None

    @property
    def can_step(self) -> bool:
        """F10 and the Run menu's single steps: when idle with a valid set-up, and while
        paused (on the paused run, as in a debugger)."""
        if not self.ready or self.state is RunState.RUNNING:
            return False
        return self.state is RunState.PAUSED or self.draft is not None

    def step_needs_new_run(self) -> bool:
        """A step now would start a new run (no live run, another set-up, or finished)."""
        if self.state is RunState.PAUSED:
            return False
        run = self.run
        if run is None or run.driver is None or not run.driver.alive:
            return True
        status = run.status  # None: still being built, and the step waits for it
        return run.config != self.draft or (status is not None and status.finished)

    @property
    def can_reset(self) -> bool:
        return self.ready and not self.busy and self.driver is not None

    @property
    def can_save(self) -> bool:
        return self.ready and not self.busy and self.has_generator

    @property
    def can_sample(self) -> bool:
        return self.can_save

    @property
    def can_export_plots(self) -> bool:
        return self.ready and self.has_reports

    @property
    def can_export_csv(self) -> bool:
        return self.ready and self.has_reports

    @property
    def can_export_bundle(self) -> bool:
        return self.ready and not self.busy and self.has_reports and self.has_generator

    @property
    def can_open(self) -> bool:
        """Open a generator, a recent file or a lab."""
        return self.ready and not self.busy

    @property
    def can_save_lab(self) -> bool:
        return self.ready and not self.busy and self.draft is not None

    @property
    def can_close_lab(self) -> bool:
        return not self.busy and self.lab is not None

    @property
    def setup_editable(self) -> bool:
        return not self.busy
