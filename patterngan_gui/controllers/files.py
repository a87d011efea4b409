"""The files controller: open, save and export generators, plots, metrics, bundles and samples;
the recent-files menu; the Save / Discard / Cancel question on closing.

What is current comes from the session model; what is saved is always the session's current
generator (``Session.generator_and_metadata``), whether a live run, an earlier run of the
session, or an opened file.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QIODevice, QObject
from PySide6.QtWidgets import QFileDialog, QMenu

from core import __version__
from core.engine.words import said_of
from core.files.errors import GeneratorFileError
from core.teaching.history import RunHistory, metrics_csv
from patterngan_gui.kit.i18n import translate
from patterngan_gui.kit.numbers import number
from patterngan_gui.kit.safe_text import plain_tip
from patterngan_gui.kit.step_words import error_words
from patterngan_gui.kit.step_words import said as in_words

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

GEN_FILTER = QT_TRANSLATE_NOOP("Files", "PatternGAN generator (*.pt);;All files (*)")
CSV_FILTER = "CSV (*.csv)"
RAW_KEPT = 10_000  # sampled numbers whose raw outputs are kept for the inspector


class FilesController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings
        self._sample_outputs = None  # raw outputs behind the sampling table (first RAW_KEPT)
        self.recent_menu: QMenu | None = None

    # -- recent files ------------------------------------------------------------------
    def attach_recent_menu(self, menu: QMenu) -> None:
        self.recent_menu = menu
        self.rebuild_recent()

    def rebuild_recent(self) -> None:
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        files = self.settings.recent_files()
        for i, path in enumerate(files):
            name = Path(path).name.replace("&", "&&")  # a & in a file name is no shortcut
            act = menu.addAction(f"&{i + 1} {name}")
            act.setToolTip(plain_tip(path))
            act.triggered.connect(lambda _=False, p=path: self.open_file(p))
        menu.setEnabled(self.session.can_open and bool(files))

    def update_recent(self) -> None:
        """Enable the menu as the session allows (its entries change only when files do)."""
        if self.recent_menu is not None:
            self.recent_menu.setEnabled(self.session.can_open and not self.recent_menu.isEmpty())

    def _add_recent(self, path: str) -> None:
        self.settings.add_recent(path)
        self.rebuild_recent()

    # -- opening ---------------------------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.session.can_open:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Files", "Open generator"),
            self.settings.last_folder(),
            translate("Files", GEN_FILTER),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a generator safely; explain a refusal; trusting needs a confirmation."""
        w, s = self.window, self.session
        if not s.ready:
            w.pending_open = path
            return False
        if not s.can_open:
            return False
        from core.files.genfile import (
            GeneratorFileError,
            UntrustedFileError,
            chapter_lines,
            open_generator,
        )
        from patterngan_gui.kit.background import Cancelled, run_in_background

        checking = translate("Files", "Checking {0}...").format(Path(path).name)
        try:
            gen = run_in_background(w, checking, lambda: open_generator(path))
        except Cancelled:
            w.say(translate("Files", "Opening cancelled"), 3000)
            return False
        except UntrustedFileError as exc:
            told = said_of(exc)  # the problem, in the window's language
            if not w.dialogs.confirm_trust(path, in_words(told) if told else exc.problem):
                return False
            try:
                gen = run_in_background(
                    w,
                    translate("Files", "Loading {0}...").format(Path(path).name),
                    lambda: open_generator(path, trust=True),
                )
            except Cancelled:
                w.say(translate("Files", "Opening cancelled"), 3000)
                return False
            except GeneratorFileError as exc2:
                w.error(translate("Files", "Could not open the generator"), error_words(exc2))
                return False
        except GeneratorFileError as exc:
            w.error(translate("Files", "Could not open the generator"), error_words(exc))
            return False
        setup = s.open_file(gen, path)
        w.setup.set_config(setup.config)  # announced: the plots show the file's set-up
        self._add_recent(path)
        notes = " ".join(gen.notes)
        said = _opened_words(path, gen, chapter_lines(gen)[1])
        w.sampling.set_source(said + (f"<br><i>{html.escape(notes)}</i>" if notes else ""))
        w.show_sampling()
        self.sample()
        if setup.kept:
            said = translate(
                "Files",
                "Opened {0}; the lab keeps its {1} (F5 trains the lab's task, not the file's)",
            )
            w.say(said.format(path, ", ".join(setup.kept)), 8000)
        else:
            w.say(translate("Files", "Opened {0}").format(path), 4000)
        return True

    def open_any(self, path: str) -> bool:
        """Open any of the app's own file kinds as File > Open would: a generator, a
        session, a lab result or a lab (``patterngan gui FILE``, a double-click)."""
        if Path(path).is_dir():  # a class folder: its lab results in the Class tab
            return self.window.classroom.open_class_folder(path)
        suffix = Path(path).suffix.lower()
        if suffix == ".pgsession":
            return self.window.classroom.open_session(path)
        if suffix == ".pgresult":
            return self.window.classroom.open_results([path]) == 1
        if suffix == ".toml":
            return self.window.labs.open_lab(path)
        return self.open_file(path)

    def show_setup_change(self, change) -> str:
        """Show a set-up that came from elsewhere (a run, a session, settings); returns what
        an open lab kept, as words for the status bar ("" when it kept nothing)."""
        self.window.setup.set_config(change.config)
        if not change.kept:
            return ""
        said = translate("Files", "; the lab keeps its {0} (F5 trains the lab's task)")
        return said.format(", ".join(change.kept))

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.session.save_path
        if path is None:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        if not self.session.can_save:
            return False
        start = self.session.save_path or self.settings.start_in("num_gen.pt")
        path = ask_save_path(
            self.window,
            translate("Files", "Save generator"),
            start,
            translate("Files", GEN_FILTER),
            ".pt",
        )
        return path is not None and self.save_to(path)

    def save_to(self, path: str) -> bool:
        from core.files.genfile import GeneratorFileError, save_generator

        try:
            module, metadata = self.session.generator_and_metadata()
            save_generator(path, module, metadata)
        except (GeneratorFileError, OSError, RuntimeError, ValueError) as exc:
            self.window.error(translate("Files", "Could not save the generator"), error_words(exc))
            return False
        self.session.saved(path)
        self._add_recent(path)
        self.window.say(translate("Files", "Saved {0}").format(path), 4000)
        return True

    def save_run(self, index: int) -> bool:
        """Save the generator of any run of the session (Runs tab)."""
        s = self.session
        if not 0 <= index < len(s.runs) or s.busy:
            return False
        history = s.runs[index]
        start = self.settings.start_in(f"num_gen-run{history.number}.pt")
        title = translate("Files", "Save run #{0}").format(history.number)
        path = ask_save_path(self.window, title, start, translate("Files", GEN_FILTER), ".pt")
        return path is not None and self._save_history(history, path)

    def _save_history(self, history: RunHistory, path: str) -> bool:
        from core.files.genfile import GeneratorFileError, save_generator

        s = self.session
        try:
            if s.history is history:
                module, metadata = s.generator_and_metadata()
            elif history.result is not None:
                module, metadata = history.result.module, history.result.metadata
            else:
                return False
            save_generator(path, module, metadata)
        except (GeneratorFileError, OSError, RuntimeError) as exc:
            self.window.error(translate("Files", "Could not save the generator"), error_words(exc))
            return False
        history.mark_saved(path, history.epochs[-1] if history.epochs else 0)
        s.chose_path(path)  # a Save dialog's answer: Ctrl+S may write there again
        if s.history is history:
            s.saved(path)
        self._add_recent(path)
        self.window.say(
            translate("Files", "Saved run #{0} as {1}").format(history.number, path), 4000
        )
        return True

    def confirm_close(self) -> bool:
        """Closing with unsaved trained runs asks Save / Discard / Cancel; True to close."""
        unsaved = self.session.unsaved_runs()
        if not unsaved:
            return True
        answer = self.window.dialogs.ask_unsaved([h.name for h in unsaved])
        if answer == "discard":
            return True
        if answer != "save":
            return False
        for history in unsaved:
            start = self.settings.start_in(f"num_gen-run{history.number}.pt")
            title = translate("Files", "Save run #{0}").format(history.number)
            path = ask_save_path(self.window, title, start, translate("Files", GEN_FILTER), ".pt")
            if path is None or not self._save_history(history, path):
                return False
        return True

    # -- exports ---------------------------------------------------------------------------
    def export_png(self) -> None:
        if not self.session.can_export_plots:
            return
        start = self.settings.start_in("patterngan-plots.png")
        path = ask_save_path(
            self.window,
            translate("Files", "Export plots"),
            start,
            translate("Files", "PNG image (*.png)"),
            ".png",
        )
        if path is not None and not self.window.plots.export_png(path):
            self.window.error(
                translate("Files", "Could not export the plots"),
                translate("Files", "{0}: the picture could not be written").format(path),
            )

    def export_csv(self) -> None:
        history = self.session.history
        if not self.session.can_export_csv or history is None:
            return
        start = self.settings.start_in("patterngan-metrics.csv")
        path = ask_save_path(
            self.window, translate("Files", "Export metrics"), start, CSV_FILTER, ".csv"
        )
        if path is not None:
            self.write_text(
                path, metrics_csv(history.rows), translate("Files", "Could not export the metrics")
            )

    def save_samples_csv(self) -> None:
        start = self.settings.start_in("samples.csv")
        path = ask_save_path(
            self.window, translate("Files", "Save samples as CSV"), start, CSV_FILTER, ".csv"
        )
        if path is not None:
            text = self.window.sampling.csv_text()
            self.write_text(path, text, translate("Files", "Could not save the samples"))

    def write_text(self, path: str, text: str, title: str) -> None:
        from core.files.atomic import write_atomic

        try:
            write_atomic(Path(path), text.encode("utf-8"))
        except GeneratorFileError as exc:
            self.window.error(title, error_words(exc))
            return
        self.window.say(translate("Files", "Saved {0}").format(path), 4000)

    def export_bundle(self) -> str | None:
        """One folder with the set-up, metrics, plots, samples log and generator of the run."""
        s, w = self.session, self.window
        history = s.history
        if not s.can_export_bundle or history is None:
            return None
        c = history.config
        proposed = (
            re.sub(r"[^A-Za-z0-9_.-]+", "-", f"patterngan-run{history.number}-{c.preset}")
            + f"-seed{c.seed}-{s.run.epoch}ep"
        )
        # a save dialog naming the new folder, in the last folder used (a folder chooser
        # started in the home folder and refused a name that did not exist yet)
        chosen, _ = QFileDialog.getSaveFileName(
            w,
            translate("Files", "Export run bundle as a new folder"),
            self.settings.start_in(proposed),
            translate("Files", "Folder (*)"),
        )
        if not chosen:
            return None
        parent, name = str(Path(chosen).parent), Path(chosen).name
        from core.files.bundle import BundleError, write_bundle
        from core.files.genfile import GeneratorFileError, chapter_ready, script_bytes

        w.plots.refresh()
        buffer = QBuffer()
        buffer.open(QIODevice.WriteOnly)
        w.plots.grab().save(buffer, "PNG")
        try:
            module, metadata = s.generator_and_metadata()
            last = history.last
            epoch = s.run.epoch
            config = {
                "config": history.config.to_dict(),
                "epochs_trained": epoch,
                "changes": history.changes,  # lr / k changed while it trained
                "device": s.run_status.device if s.run_status is not None else "cpu",
                "final_metrics": last.metrics.summary() if last is not None else {},
                "patterngan": __version__,
            }
            files = {
                "config.json": json.dumps(config, indent=2).encode(),
                "metrics.csv": metrics_csv(history.rows).encode(),
                "plots.png": bytes(buffer.data()),
                "samples_log.txt": w.plots.log_text().encode(),
                "num_gen.pt": script_bytes(chapter_ready(module, metadata), metadata),
            }
            folder = write_bundle(parent, name, files)
        except (BundleError, GeneratorFileError, RuntimeError, ValueError) as exc:
            w.error(translate("Files", "Could not export the run bundle"), error_words(exc))
            return None
        self.settings.set_last_folder(parent)
        w.say(translate("Files", "Exported the run bundle to {0}").format(folder), 6000)
        return str(folder)

    # -- sampling --------------------------------------------------------------------------
    def sample(self) -> None:
        """Ctrl+G: draw sequences from the current generator into the sampling view."""
        s, w = self.session, self.window
        if not s.can_sample:
            return
        from core.engine.sampling import sample_decoded, sample_outputs

        module, codec, latent, pattern, noise = self._current_generator()
        draft = s.draft
        if draft is not None:
            current = draft.resolve_pattern()
            if current.hi <= codec.R:
                pattern = current
        count = w.sampling.sample_count()
        seed = w.sampling.current_seed()
        if count <= RAW_KEPT:  # small draws keep their raw outputs for the inspector
            self._sample_outputs = sample_outputs(module, latent, count, seed, noise)
            decoded = codec.decode(self._sample_outputs)
        else:
            self._sample_outputs = None
            decoded = sample_decoded(module, codec, latent, count, seed, noise)
        w.sampling.show_samples(decoded.numbers, decoded.decisive, pattern, codec.R)
        run = s.run
        if run is not None:
            from core.files.genfile import sampling_lines, saved_width

            saved = run.save_path or run.history.saved_path
            if saved and not saved.endswith(".pt"):  # kept in a session or result file
                saved = None
            name = Path(saved).name if saved else "num_gen.pt"
            lines = sampling_lines(name, saved_width(latent), noise)
            w.sampling.set_source(_run_words(run, codec, lines, bool(saved)))
        w.show_sampling()

    def _current_generator(self):
        """(module, codec, latent size, pattern, noise kind) of the current generator."""
        s = self.session
        status = s.run_status
        if status is not None:  # a copy of the live run's generator, from its thread
            module = s.driver.snapshot().generator
            return module, status.codec, status.latent_size, status.pattern, status.config.noise
        if s.run is not None and s.run.history.result is not None:
            c = s.run.config
            pattern = c.resolve_pattern()
            codec = c.resolve_codec(pattern)
            module = s.run.history.result.module
            return module, codec, c.latent_size(codec), pattern, c.noise
        g = s.opened.file
        return g.module, g.codec, g.latent_size, g.pattern, g.noise

    def inspect_sampled(self, index: int) -> None:
        """A click on a sampling-table cell shows that sample's raw heads."""
        w = self.window
        w.show_inspector()
        if self._sample_outputs is None or index >= len(self._sample_outputs):
            said = translate(
                "Files",
                "Raw values are kept for draws of up to {0} sequences; draw fewer to inspect one.",
            )
            w.inspector.show_message(said.format(number(RAW_KEPT // 10)))
            return
        w.inspector.inspect_vector(self._sample_outputs[index])


def with_suffix(path: str, suffix: str) -> str:
    """A name without an extension gets ``suffix`` (the Open dialog's filter would hide it)."""
    return path if Path(path).suffix else path + suffix


def ask_save_path(parent, title: str, start: str, file_filter: str, suffix: str) -> str | None:
    """The Save dialog: the chosen path (``suffix`` added to a name without an extension),
    or None when it was cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return with_suffix(path, suffix) if path else None


def _opened_words(path: str, gen, chapter_line: str) -> str:
    """What the Sampling tab says of an opened generator file, in the window's language."""
    meta = gen.metadata
    said = translate(
        "Files", "<b>{0}</b>: codec {1} (R = {2}), latent size {3}, {4} generator"
    ).format(
        html.escape(Path(path).name),
        gen.codec.spec,
        gen.codec.R,
        gen.latent_size,
        html.escape(str(gen.architecture.get("kind"))),
    )
    if meta:
        said += translate("Files", ", {0} epochs of preset {1}").format(
            html.escape(str(meta.get("epochs_trained"))), html.escape(str(meta.get("preset")))
        )
    said += (
        translate("Files", "; <b>trusted</b>: its code ran")
        if gen.trusted
        else translate("Files", "; opened safely")
    )
    said += translate("Files", ". In Python, as the chapter does: <code>{0}</code>").format(
        html.escape(chapter_line)
    )
    return said


def _run_words(run, codec, lines, saved: bool) -> str:
    """What the Sampling tab says of a run of this window, in the window's language."""
    said = (
        translate(
            "Files",
            "Run #{0} of this window: epoch {1}, preset {2}, codec {3}. In Python, as "
            "the chapter does: <code>{4}</code> then <code>{5}</code>",
        )
        if saved
        else translate(
            "Files",
            "Run #{0} of this window: epoch {1}, preset {2}, codec {3}. In Python, as "
            "the chapter does, once saved: <code>{4}</code> then <code>{5}</code>",
        )
    )
    return said.format(
        run.history.number,
        number(run.epoch),
        html.escape(run.config.preset),
        codec.spec,
        html.escape(lines[0]),
        html.escape(lines[1]),
    )
