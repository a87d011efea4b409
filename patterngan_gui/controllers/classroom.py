"""The classroom controller: files a class exchanges. A student exports a lab result (the lab,
answers, goals met, run and generator); a teacher opens many results into the Runs tab; anyone
saves the whole session and opens it next lesson."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QFileDialog

from core.files.errors import GeneratorFileError
from core.teaching.lab import off_lab_words
from patterngan_gui.controllers.files import CSV_FILTER, ask_save_path
from patterngan_gui.kit.i18n import PLURAL, keep, translate
from patterngan_gui.kit.step_words import error_words
from patterngan_gui.kit.step_words import said as in_words

if TYPE_CHECKING:
    from patterngan_gui.main_window import MainWindow

SESSION_FILTER = QT_TRANSLATE_NOOP("Files", "PatternGAN session (*.pgsession);;All files (*)")
RESULT_FILTER = QT_TRANSLATE_NOOP("Files", "PatternGAN lab result (*.pgresult);;All files (*)")


class ClassroomController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings
        self.lab_note = ""  # why no lab judges the class folder just opened (two candidates)

    # -- lab results -----------------------------------------------------------------------
    def export_result_dialog(self) -> bool:
        """Ask who hands it in (once per lab session: a shared lab PC never proposes the last
        student's name; a lab with ``remember_name`` remembers it across launches), then
        where: ``<lab>-<name>.pgresult`` in the lab's results folder or the last folder used
        (every student's file has its own name in a shared folder)."""
        if not self.session.can_export_result:
            return False
        from core.files.result_file import result_file_name
        from patterngan_gui.kit.settings import clean_name

        s = self.session
        remember = s.lab.remember_name
        known = s.student or (self.settings.student_name() if remember else "")
        name = self.window.dialogs.ask_student_name(known)
        if name is None or not clean_name(name):
            return False
        name = clean_name(name)
        s.set_student(name)
        if remember:
            self.settings.set_student_name(name)
        start = self.result_proposal(result_file_name(s.lab.title, name))
        path = ask_save_path(
            self.window,
            translate("Files", "Export lab result"),
            start,
            translate("Files", RESULT_FILTER),
            ".pgresult",
        )
        return path is not None and self.export_result(path, name)

    def result_proposal(self, file_name: str) -> str:
        """Where a result is proposed: the lab's results folder (relative to the lab file)
        when it names one that exists, else beside the lab file, else the last folder."""
        lab = self.session.lab
        folder = lab.results_path()
        if folder is not None and Path(folder).is_dir():
            return str(Path(folder) / file_name)
        if folder is not None:
            self.window.say(
                translate("Files", "The lab's results folder {0} does not exist").format(folder),
                6000,
            )
        if lab.source:
            return str(Path(lab.source).parent / file_name)
        return self.settings.start_in(file_name)

    def export_result(self, path: str, student: str = "", quiet: bool = False) -> bool:
        from core.files.genfile import chapter_ready, script_bytes
        from core.files.lab_file import dump_lab
        from core.files.result_file import result_bytes, save_result

        s = self.session
        lab, history = s.lab, s.history
        try:
            module, metadata = s.generator_and_metadata()
            # the goals the run's own reports meet (whatever path made it current), and its
            # answers with its sealed predictions (core.teaching.challenges.run_answers)
            goals = s.replayed_goals(history).status()
            data = result_bytes(
                dump_lab(lab),
                lab.title,
                s.run_answers(),
                goals,
                history,
                script_bytes(chapter_ready(module, metadata), metadata),
                student=student,
            )
            save_result(path, data)
        except (GeneratorFileError, OSError, RuntimeError, ValueError) as exc:
            self.window.error(
                translate("Files", "Could not export the lab result"), error_words(exc)
            )
            return False
        if not quiet:
            self.window.say(translate("Files", "Exported the lab result to {0}").format(path), 5000)
        return True

    def export_report_dialog(self) -> bool:
        """File > Export report...: the current run's hand-in report as a PDF."""
        if not self.session.can_export_result:
            return False
        from core.files.result_file import result_file_name
        from patterngan_gui.kit.settings import clean_name

        s = self.session
        name = s.student
        if not name:
            asked = self.window.dialogs.ask_student_name(
                self.settings.student_name() if s.lab.remember_name else ""
            )
            if asked is None or not clean_name(asked):
                return False
            name = clean_name(asked)
            s.set_student(name)
        start = self.result_proposal(result_file_name(s.lab.title, name)).removesuffix(".pgresult")
        path = ask_save_path(
            self.window,
            translate("Files", "Export report"),
            start + ".pdf",
            translate("Files", "PDF (*.pdf);;All files (*)"),
            ".pdf",
        )
        return path is not None and self.export_report(path, name)

    def export_report(self, path: str, student: str = "") -> bool:
        """The report of what Export lab result would hand in, judged against the open lab."""
        import tempfile

        from core.files.result_file import load_result
        from core.teaching.judge import judge
        from patterngan_gui.report import write_report

        with tempfile.TemporaryDirectory() as folder:
            result = str(Path(folder) / "result.pgresult")
            if not self.export_result(result, student, quiet=True):
                return False
            try:
                judged = judge(load_result(result), self.session.lab)
                write_report(judged, path)
            except (GeneratorFileError, OSError, ValueError) as exc:
                self.window.error(
                    translate("Files", "Could not export the report"), error_words(exc)
                )
                return False
        self.window.say(translate("Files", "Exported the report to {0}").format(path), 5000)
        return True

    def open_results_dialog(self) -> int:
        if not self.session.can_open:
            return 0
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("Files", "Open results"),
            self.settings.last_folder(),
            translate("Files", RESULT_FILTER),
        )
        return self.open_results(paths) if paths else 0

    def open_results(self, paths: list[str]) -> int:
        """Each result's run joins the Runs tab, named by its file and goals met. The files
        are read on a worker thread (a progress dialog after a moment; Cancel stops between
        files); a bad file is named, the others still open."""
        from core.files.result_file import load_result
        from core.teaching import class_results
        from core.teaching.judge import judge
        from patterngan_gui.kit.background import Cancelled, run_in_background

        cancel = threading.Event()
        left_out = 0  # files not read: the runs read so far hold the budget
        lab = self.session.lab  # the teacher's lab, when one is open

        def read_all() -> list:
            nonlocal left_out
            out, kept = [], 0
            for i, path in enumerate(paths):
                if cancel.is_set():
                    break
                try:
                    judged = judge(load_result(path), lab)
                except GeneratorFileError as exc:
                    out.append((path, exc))
                    continue
                kept += judged.result.run.nbytes()
                if kept > class_results.MAX_CLASS_BYTES:  # a class's worth, as the Class tab
                    left_out = len(paths) - i
                    break
                out.append((path, judged))
            return out

        count = len(paths)  # a plain name: the count lupdate reads
        try:
            read = run_in_background(
                self.window,
                translate("Files", "Reading %n result(s)...", None, PLURAL, count),
                read_all,
                cancel,
            )
        except Cancelled:
            self.window.say(translate("Files", "Opening results cancelled"), 3000)
            return 0
        loaded, problems = [], []
        for path, judged in read:
            if isinstance(judged, GeneratorFileError):
                problems.append(error_words(judged))
                continue
            result = judged.result
            said = translate("Files", "{0}: goals {1}/{2}")
            source = said.format(result.file, judged.goals_met, len(judged.goals))
            if judged.off_lab:
                said = translate("Files", "({0}: its goals do not count)")
                source += " " + said.format(in_words(off_lab_words(judged.off_lab)))
            if not judged.same_lab:
                source += " " + translate("Files", "(made with another lab)")
            if not judged.verified:
                source += " " + translate("Files", "(not verified)")
            result.run.source = source
            result.run.goals = (judged.goals_met, len(judged.goals))
            if result.run.epochs:  # as it is in the file: not unsaved
                result.run.mark_saved(path, result.run.epochs[-1])
            loaded.append(result.run)
        if loaded:
            self.session.add_runs(loaded)  # announced: the plots show the last one
            self.window.tabs.setCurrentWidget(self.window.runs_panel)
        if left_out:
            budget = class_results.MAX_CLASS_BYTES / 2**30
            said = translate(
                "Files", "%n file(s) left out: the runs opened hold {0} GB already", None, PLURAL,
                left_out
            )  # fmt: skip
            problems.append(said.format(format(budget, ".0f")))
        if problems:
            left = len(problems) - 10
            more = translate("Files", "\n... and %n more", None, PLURAL, left) if left > 0 else ""
            self.window.error(
                translate("Files", "Some results could not be opened"),
                "\n".join(problems[:10]) + more,
            )
        opened = len(loaded)
        self.window.say(translate("Files", "Opened %n result(s)", None, PLURAL, opened), 4000)
        return opened

    # -- the class view ---------------------------------------------------------------------
    def open_class_dialog(self) -> bool:
        """File > Open class folder...: every lab result of a folder in the Class tab."""
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Files", "Open class folder"), self.settings.last_folder()
        )
        return bool(folder) and self.open_class_folder(folder)

    def open_class_folder(self, folder: str) -> bool:
        """Read the folder's results on a worker thread (Cancel stops between files) and show
        them in the Class tab; a bad file is a row of its own, never the end of the view."""
        from core.teaching.class_results import read_class_folder
        from patterngan_gui.kit.background import Cancelled, run_in_background

        w, cancel = self.window, threading.Event()
        lab = self.teachers_lab(folder)
        try:
            data = run_in_background(
                w, translate("Files", "Reading the results in {0}...").format(Path(folder).name),
                lambda: read_class_folder(folder, cancel, lab), cancel,
            )  # fmt: skip
        except Cancelled:
            w.say(translate("Files", "Opening the class folder cancelled"), 3000)
            return False
        except OSError as exc:  # not a folder, or one that cannot be listed
            w.error(translate("Files", "Could not open the class folder"), error_words(exc))
            return False
        view = self._class_tab()
        if self.session.lab is None:  # no empty Instructions dock beside the class
            w.instructions_dock.hide()
        data.lab_note = "" if lab is not None else self.lab_note
        view.show_class(data)
        self.settings.set_last_folder(folder)
        n = len(data.results)
        w.say(
            translate("Files", "Opened %n result(s) from {0}", None, PLURAL, n).format(
                Path(folder).name
            ),
            4000,
        )
        return True

    def teachers_lab(self, folder: str):
        """The lab a class folder is judged against: the lab the teacher has open, else the one
        lab file beside the folder (or in it) whose results folder is this folder; None if
        there is none, or more than one (a student could drop a lab of their own there: the
        summary names the file used, and two candidates are never guessed between)."""
        from core.files.lab_file import LabError, load_lab

        if self.session.lab is not None:
            return self.session.lab
        root = Path(folder).resolve()
        found = []
        for place in (root.parent, root):
            try:
                candidates = sorted(place.glob("*.toml"))[:50]
            except OSError:
                continue
            for path in candidates:
                try:
                    lab = load_lab(path)
                except LabError:
                    continue
                where = lab.results_path()
                if where is not None and Path(where).resolve() == root:
                    found.append(lab)
        self.lab_note = ""
        if len(found) > 1:
            names = ", ".join(Path(lab.source).name for lab in found[:3])
            self.lab_note = translate("Files", "{0} labs name this folder ({1})").format(
                len(found), names
            )
        return found[0] if len(found) == 1 else None

    def _class_tab(self):
        """The Class tab (made at first use, themed and scaled like the others), shown."""
        from patterngan_gui.kit.plot_kit import theme_plot
        from patterngan_gui.panels.class_view import ClassView

        w = self.window
        if w.class_view is None:
            w.class_view = ClassView()
            w.class_view.export_requested.connect(self.export_class_csv)
            w.class_view.rerun_requested.connect(self.rerun_class)
            title = QT_TRANSLATE_NOOP("MainWindow", "Class")  # every letter of it is taken
            w.tabs.addTab(w.class_view, keep(w.class_view, "MainWindow", title))
            w.tabs.setTabToolTip(
                w.tabs.count() - 1, translate("Files", "Every student's lab result at once")
            )
            for plot in w.class_view.styler.plots:
                theme_plot(plot, w.palette())
            w.class_view.set_text_scale(w.text_scale)
        w.tabs.setCurrentWidget(w.class_view)
        return w.class_view

    def rerun_class(self) -> bool:
        """Class tab > Rerun: every run trained again and compared (see ``_rerun_class``)."""
        return _rerun_class(self)

    def export_class_csv(self) -> None:
        view = self.window.class_view
        if view is None:
            return
        start = self.settings.start_in("class.csv")
        path = ask_save_path(
            self.window, translate("Files", "Export the class table"), start, CSV_FILTER, ".csv"
        )
        if path is not None:
            self.window.files.write_text(
                path, view.csv_text(), translate("Files", "Could not export the class table")
            )

    # -- sessions --------------------------------------------------------------------------
    def save_session_dialog(self) -> bool:
        if not self.session.can_save_session:
            return False
        start = self.settings.start_in("session.pgsession")
        path = ask_save_path(
            self.window,
            translate("Files", "Save session"),
            start,
            translate("Files", SESSION_FILTER),
            ".pgsession",
        )
        return path is not None and self.save_session(path)

    def save_session(self, path: str) -> bool:
        from core.files.genfile import chapter_ready, script_bytes
        from core.files.session_file import save_session

        try:
            generators = {
                number: script_bytes(chapter_ready(module, metadata), metadata)
                for number, (module, metadata) in self.session.generators_by_run().items()
            }
            save_session(path, self.session.runs, generators, self.session.sweeps)
        except (GeneratorFileError, OSError, RuntimeError) as exc:
            self.window.error(translate("Files", "Could not save the session"), error_words(exc))
            return False
        for h in self.session.runs:  # their generators are in the session file, as they are
            if h.number in generators and h.epochs:
                h.mark_saved(path, h.epochs[-1])
        saved = len(self.session.runs)  # lupdate hangs on len(a.b) as a count
        self.window.say(
            translate("Files", "Saved %n run(s) to {0}", None, PLURAL, saved).format(path),
            4000,
        )
        return True

    def open_session_dialog(self) -> bool:
        if not self.session.can_open:
            return False
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Files", "Open session"),
            self.settings.last_folder(),
            translate("Files", SESSION_FILTER),
        )
        return bool(path) and self.open_session(path)

    def open_session(self, path: str) -> bool:
        """A session file's runs and sweeps into the Runs tab (see ``_open_session``)."""
        return _open_session(self, path)


def _open_session(self: ClassroomController, path: str) -> bool:
    """File > Open session: its runs and sweeps into the Runs tab (a module function: the
    controller's class keeps under 400 lines)."""
    from core.files.session_file import load_session_file
    from patterngan_gui.kit.background import Cancelled, run_in_background

    w = self.window
    if not self.session.can_open:
        return False
    try:
        cancel = threading.Event()  # a cancelled wait stops the read between runs
        runs, sweeps = run_in_background(
            w,
            translate("Files", "Reading {0}...").format(Path(path).name),
            lambda: load_session_file(path, stop=cancel.is_set),
            cancel,
        )
    except Cancelled:
        return False
    except GeneratorFileError as exc:
        w.error(translate("Files", "Could not open the session"), error_words(exc))
        return False
    for h in runs:  # as they are in the file: nothing of them is unsaved
        if h.epochs:
            h.mark_saved(path, h.epochs[-1])
    self.session.add_runs(runs)
    for record in sweeps:  # the sweep rows of the Runs tab, numbered after this window's
        self.session.add_sweep(record.config, record.reports)  # announced
    kept = ""
    if runs:
        kept = w.files.show_setup_change(self.session.setup_for_run(len(self.session.runs) - 1))
    w.tabs.setCurrentWidget(w.runs_panel)
    name, opened, swept = Path(path).name, len(runs), len(sweeps)
    if swept:  # two counts: each its own plural, in one sentence
        said = translate("Files", "Opened {0} and {1} from {2}{3}").format(
            translate("Files", "%n run(s)", None, PLURAL, opened),
            translate("Files", "%n sweep(s)", None, PLURAL, swept),
            name,
            kept,
        )
    else:
        said = translate("Files", "Opened %n run(s) from {0}{1}", None, PLURAL, opened)
        said = said.format(name, kept)
    w.say(said, 8000 if kept else 4000)
    return True


def _rerun_class(self: ClassroomController) -> bool:
    """Class tab > Rerun: every run trained again from its recorded set-up and seed (one
    sweep per set-up, on a worker thread; Cancel stops between set-ups) and its end
    compared with the run's; the table then says reproduced or why not."""
    from dataclasses import replace

    from core.teaching.judge import rerun
    from patterngan_gui.kit.background import Cancelled, run_in_background

    w, view = self.window, self.window.class_view
    if view is None or not view.data.judged:
        return False
    if self.session.busy:
        w.say(translate("Files", "Stop the training first: the rerun needs the processor"), 4000)
        return False
    cancel, runs = threading.Event(), len(view.data.judged)  # a plain name: lupdate's count
    try:
        judged = run_in_background(
            w,
            translate("Files", "Training %n run(s) again...", None, PLURAL, runs),
            lambda: rerun(view.data.judged, stop=cancel.is_set),
            cancel,
        )
    except Cancelled:
        w.say(translate("Files", "Rerun cancelled"), 3000)
        return False
    view.show_class(replace(view.data, judged=judged))
    same = sum(bool(j.reproduced) for j in judged)
    w.say(translate("Files", "Rerun: {0} of {1} reproduced").format(same, len(judged)), 6000)
    return True
