"""Every text the window shows is translated, and View > Language changes all of it at once
(issue 36): a pseudo-language (every string wrapped in ⟦…⟧) is installed while a run is
present, the window is retranslated live, and a walk over every tab, dock, menu, toolbar, the
plots' titles and axes, the run's banners and the dialogs that open without blocking finds no
unwrapped text but numbers, the user's data and a short allow-list; German then Spanish change
the panels' own texts (tooltips, headers, plot axes, summaries) and the run is still there."""

from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from patterngan_gui.kit import i18n
from tests.gui_helpers import short, train_to_end
from tests.test_class_view_trust import klass  # noqa: F401 - a fixture: a class folder

OPEN, CLOSE = "\u27e6", "\u27e7"


class SplitPseudo(QTranslator):
    """Every piece of a template wrapped, its placeholders left outside: an English value
    put into a translated sentence ("not verified: {0}") shows unwrapped."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        if not source:
            return source
        pieces = re.split(r"(\{\d\})", source)
        return "".join(
            p if re.fullmatch(r"\{\d\}", p) else f"{OPEN}{p}{CLOSE}" for p in pieces if p
        )

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


class Pseudo(QTranslator):
    """Every string visibly wrapped: text the window shows unwrapped was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


# Words that are the same in every language or are not the window's own (each with why):
ALLOWED = {
    "K",  # the maths' letters: the divisor and remainder of "n = R (mod K)"
    "R",
    "auto",  # the codec's and the choices' own names, as typed in a lab file and the CLI
    "one-hot",
    "PatternGAN",  # the app's name
    "#1 book",  # a run's name in a key: its number and preset (user data)
}
QT_OWN = ("qt_", "ScrollLeftButton", "ScrollRightButton")  # a dock's, a tab bar's, a toolbar's
NUMBER = re.compile(r"^[\s\d.,:%/+\-x=()\u2026<>*?#\u25a0\u2501\u2505\u2509\u25cf\u25b2]*$")
# numbers, ranges ("5/10", "1.00"), and a key's marks (■ ━━ ┅┅ ┉┉ ● ▲)
KEY = re.compile(r"^(F\d+|[A-Z]|[\[\]=+\-]|Del|Esc|Space)$")  # a shortcut's key (Ctrl+E, F10)
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The words a reader sees: no markup, no & keys, no entities, trimmed."""
    text = html.unescape(TAG.sub(" ", text.replace("&&", "\0")))
    return " ".join(text.replace("&", "").replace("\0", "&").split())


def unwrapped(text: str) -> str:
    """What is left of ``text`` outside ⟦…⟧ and outside the allowed words ("" when none)."""
    words = plain(text)
    outside, before = words, None
    while outside != before:  # innermost first: a translated word inside a sentence
        before, outside = outside, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", outside)
    outside = re.sub(f"{OPEN}[^{CLOSE}]*\u2026$", " ", outside)  # a sentence cut short: "…"
    left = []
    for piece in re.split(r"[\s;,:()\[\]|\u2192\u2026]+", outside):
        if piece and piece not in ALLOWED and not NUMBER.match(piece) and not KEY.match(piece):
            left.append(piece)
    return " ".join(left)


def user_data(window) -> set[str]:
    """Texts the window shows that come from the user's set-up or files, never translated."""
    from core.engine.fields import ACTIVATIONS, GENERATORS, LOSSES, NOISES, OPTIMIZERS, SCHEDULES
    from core.engine.presets import PRESETS

    names = set(PRESETS) | set(GENERATORS + ACTIVATIONS + LOSSES + OPTIMIZERS + NOISES)
    names |= set(SCHEDULES) | set(i18n.LANGUAGES.values()) | {"CPU", "CUDA", "cpu", "cuda"}
    return names


def texts_of(root: QWidget) -> dict[str, str]:
    """Every text a reader can meet under ``root``: labels, buttons, group titles, tab titles,
    table headers, tooltips, placeholders, accessible names, combo items, plots' axes."""
    found: dict[str, str] = {}

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found[where] = text

    for w in [root, *root.findChildren(QWidget)]:
        if w.objectName().startswith(QT_OWN):
            continue  # Qt's own buttons: named by Qt's translations (qtbase_de, qtbase_es)
        name = f"{type(w).__name__}:{w.objectName() or id(w)}"
        if isinstance(w, QLabel) and w.buddy() is None and w.parent() is not None:
            add(f"label {name}", w.text())
        elif isinstance(w, QLabel):
            add(f"label {name}", w.text())
        if isinstance(w, QAbstractButton) and w.objectName() != "qt_toolbar_ext_button":
            add(f"button {name}", w.text())
        if isinstance(w, QGroupBox):
            add(f"group {name}", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"tab {name} {i}", w.tabText(i))
        if isinstance(w, QDockWidget):
            add(f"dock {name}", w.windowTitle())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                add(f"header {name} {c}", item.text() if item else "")
        if isinstance(w, QLineEdit):
            add(f"placeholder {name}", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"item {name} {i}", w.itemText(i))
        add(f"tip {name}", w.toolTip())
        add(f"accessible {name}", w.accessibleName())
        titles = getattr(w, "_titles", None)  # a plot: its title and axis labels
        if titles:
            item = w.getPlotItem()
            for side in ("bottom", "left", "right"):
                axis = item.getAxis(side)
                if axis.isVisible():
                    add(f"axis {name} {side}", axis.labelText)
    return found


def menu_texts(window) -> dict[str, str]:
    found = {}
    for menu in window.menuBar().findChildren(QMenu):
        found[f"menu {menu.objectName() or id(menu)}"] = menu.title()
        for a in menu.actions():
            if a.isSeparator() or a.objectName().startswith(("language_", "recent")):
                continue  # a language's own name, a file's
            if a.text():
                found[f"action {a.objectName() or a.text()}"] = a.text()
            if a.toolTip() and a.toolTip() != a.text().replace("&", ""):
                found[f"action tip {a.objectName() or a.text()}"] = a.toolTip()
    return found


def problems(texts: dict[str, str], data: set[str]) -> dict[str, str]:
    bad = {}
    for where, text in texts.items():
        if plain(text) in data:
            continue
        left = unwrapped(text)
        if left and left not in data:
            bad[where] = text
    return bad


@pytest.fixture
def pseudo(language_restored):
    translator = Pseudo()
    yield translator
    QApplication.instance().removeTranslator(translator)


@pytest.fixture
def trained(window, qtbot):
    short(window, epochs=200, report_every=100)
    train_to_end(qtbot, window)
    return window


def switch_live(window, translator) -> None:
    """What View > Language does, with a translator of the test's own."""
    QApplication.instance().installTranslator(translator)
    window.languages.retranslate()


def test_the_pseudo_language_wraps_every_text_of_every_tab_and_dock(trained, pseudo):
    w = trained
    w.show_inspector()
    w.training.show_doctor()  # the run doctor's banner, if it found something
    switch_live(w, pseudo)  # live: the window was made in English, with a run
    texts = {**texts_of(w), **menu_texts(w)}
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        texts.update(texts_of(w.tabs.widget(i)))
    data = user_data(w)
    assert w.status.device.toolTip()  # why a device was chosen: core's words, translated
    assert len(texts) > 300
    bad = problems(texts, data)
    assert bad == {}, "\n".join(f"{k}: {v!r}" for k, v in sorted(bad.items()))


def test_the_pseudo_language_wraps_the_dialogs(window, pseudo):
    from core.engine.presets import make_config
    from patterngan_gui.controllers.live_change import LiveChangeDialog
    from patterngan_gui.kit.lab_dialog import SaveLabDialog

    QApplication.instance().installTranslator(pseudo)
    opened: list[QDialog] = [
        SaveLabDialog(make_config("book"), None, window),
        LiveChangeDialog({"lr_d": 0.001, "lr_g": 0.001, "d_steps": 1}, window),
    ]
    texts: dict[str, str] = {}
    for dialog in opened:
        texts[f"title {type(dialog).__name__}"] = dialog.windowTitle()
        texts.update(texts_of(dialog))
    texts["about"] = window.dialogs.about_text().split("</h3>", 1)[1].split("<p>PyTorch")[0]
    device = window.dialogs.about_text().rsplit("<br>", 1)[1]
    texts["about device"] = device.split(":", 1)[0] + CLOSE  # "⟦Device: {0}⟧" with a name
    assert len(texts) > 40
    bad = problems(texts, user_data(window))
    assert bad == {}, "\n".join(f"{k}: {v!r}" for k, v in sorted(bad.items()))


def test_view_language_changes_every_panel_at_once_and_keeps_the_run(trained, language_restored):
    w = trained
    runs = list(w.session.runs)
    w.show_inspector()

    def panel_texts() -> dict[str, str]:
        return {
            "runs intro": w.runs_panel.findChildren(QLabel)[0].text(),
            "runs header": w.runs_panel.table.horizontalHeaderItem(0).text(),
            "runs memory": w.runs_panel.memory.text(),
            "epochs tooltip": w.setup.epochs.toolTip(),
            "preset note": w.setup.preset_help.text(),
            "loss axis x": w.plots.loss_plot.getPlotItem().getAxis("bottom").labelText,
            "runs plot x": w.runs_panel.strict_plot.getPlotItem().getAxis("bottom").labelText,
            "samples log": w.plots.samples_log.title.text(),
            "sweeps": w.sweep_panel.summary.text(),
            "networks": w.model_view.findChildren(QLabel)[0].text(),
            "inspector": w.inspector.samples_label.text(),
            "pattern group": w.setup.findChildren(QGroupBox)[0].title(),
            "advanced": w.setup.advanced.toggle.text(),
        }

    english = panel_texts()
    w.findChild(type(w.action("save")), "language_de").trigger()
    german = panel_texts()
    assert {k for k in english if english[k] == german[k]} == set()
    assert german["runs header"] == "Lauf" and german["loss axis x"] == "Epoche"
    assert german["inspector"].startswith("Zahlen von G in Epoche 200")
    assert w.session.runs == runs  # nothing lost
    w.findChild(type(w.action("save")), "language_es").trigger()
    spanish = panel_texts()
    assert spanish["runs header"] == "Ejecución" and spanish["sweeps"].startswith("Aún no hay")
    w.findChild(type(w.action("save")), "language_system").trigger()
    assert panel_texts() == english
    assert w.session.runs == runs


# -- core's words as the window shows them (issue 36): errors, the doctor, the Class tab's
# predictions, the Help text and the hand-in report, each in the pseudo-language ------------
def wrapped_all(text: str, data: set[str] = frozenset()) -> str:
    """What of ``text`` is neither wrapped nor data ("" when everything is translated)."""
    left = unwrapped(text)
    return " ".join(w for w in left.split() if w not in data)


def test_core_errors_shown_in_the_window_are_translated(trained, pseudo, tmp_path, monkeypatch):
    """(1) A set-up refused at its field, a file refused when opened, a save refused and a
    run that fails: each message the window shows is core's sentence, translated."""
    from core.app.run_driver import Failed, said
    from core.engine.config import TrainConfig
    from core.engine.device import resolve_device
    from core.engine.errors import TrainingError
    from core.teaching.words import said_of
    from patterngan_gui.kit.step_words import error_words

    w = trained
    shown: list[str] = []
    monkeypatch.setattr(w.dialogs, "error", lambda title, message: shown.append(message))
    switch_live(w, pseudo)
    pack = w.setup.advanced.pack
    before = pack.value()
    pack.setValue(7 if w.setup.batch.value() % 7 else 3)  # a batch that is no multiple of it
    assert w.setup.error.text() and wrapped_all(w.setup.error.text()) == ""
    pack.setValue(before)
    assert w.setup.error.text() == ""
    kind, chosen = w.setup.kind, w.setup.kind.currentIndex()
    kind.setCurrentIndex(kind.findData("expr"))
    w.setup.expr.setText("n ** 2")  # a pattern the expression checker refuses
    assert "**" in w.setup.error.text() and wrapped_all(w.setup.error.text()) == ""
    kind.setCurrentIndex(chosen)
    assert w.setup.error.text() == ""
    notes = tmp_path / "notes.pt"
    notes.write_text("not a generator")
    w.files.open_file(str(notes))
    folder = tmp_path / "folder.pt"
    folder.mkdir()
    w.files._save_history(w.session.runs[-1], str(folder))  # a folder where a file goes
    assert len(shown) == 2
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("5 10 fifteen\n")  # a target's data file with a word in it
    assert not w.setup.draw.load_file(str(numbers))
    error = w.setup.draw.last_error.replace(str(numbers), "").replace("'fifteen'", "")
    assert wrapped_all(error) == "", w.setup.draw.last_error
    lab = tmp_path / "typo.toml"
    lab.write_text("format = 1\n[setup]\nlearning_rate = 0.01\n")  # a teacher's typo
    w.labs.open_lab(str(lab))
    assert len(shown) == 3 and "learning_rate" in shown[-1]
    shown[-1] = shown[-1].replace("'setup.learning_rate'", "")  # the file's own key
    monkeypatch.setattr("torch.cuda.is_available", lambda: False)
    with pytest.raises(TrainingError) as no_cuda:  # a run that cannot start: no CUDA here
        resolve_device(TrainConfig(device="cuda"), lambda config: 0.0)
    w.training._on_failed(Failed(said(no_cuda.value), building=True, words=said_of(no_cuda.value)))
    assert len(shown) == 4
    for message in shown:  # "file: problem": the file's name is the user's
        text = message.split(": ", 1)[1] if message.startswith(str(tmp_path)) else message
        assert wrapped_all(text) == "", message
    bad = TrainConfig(lr_d=-1.0)
    with pytest.raises(ValueError) as refused:
        bad.validate()
    assert wrapped_all(error_words(refused.value), {"lr_d"}) == ""


def test_the_doctor_s_whole_sentence_is_translated(trained, pseudo):
    """(2) The doctor's banner, its tooltip (the whole sentence with its numbers) and the
    Runs table's tooltip: wrapped, numbers and all."""
    w = trained
    switch_live(w, pseudo)
    w.training.show_doctor("the D loss became nan by epoch 200: training diverged")
    sentence = w.plots.doctor.toolTip()
    assert "200" in sentence and wrapped_all(sentence) == ""
    from core.teaching.doctor import diagnose_history
    from patterngan_gui.kit.step_words import doctor_sentence

    for d in diagnose_history(w.session.run.history):  # healthy or not: every kind's words
        assert wrapped_all(doctor_sentence(d)) == "", doctor_sentence(d)
    split = SplitPseudo()  # the values inside the sentences: numbers or words of ours
    QApplication.instance().installTranslator(split)
    try:
        w.training.show_doctor("the G loss became inf by epoch 200: training diverged")
        for d in [*w.training.diagnoses, *diagnose_history(w.session.run.history)]:
            left = wrapped_all(doctor_sentence(d), {"nan", "inf", "-inf"})  # a float's own
            assert left == "", doctor_sentence(d)
    finally:
        QApplication.instance().removeTranslator(split)


def test_the_class_tab_s_prediction_lines_are_translated(qapp, pseudo):
    """(3) The Class tab's summary line of a prediction: counts, median, plural forms."""
    from core.teaching.class_results import Prediction, prediction_words
    from patterngan_gui.kit.step_words import said

    QApplication.instance().installTranslator(pseudo)
    p = Prediction("How many will be valid?", 3, 0.7, 2, 1, 1, 1)
    head, *parts = prediction_words(p)
    line = f"{said(head)} " + "; ".join(said(x) for x in parts)
    assert "3" in line and "70" in line
    assert wrapped_all(line) == "", line
    empty = Prediction("Q?", 0, 0.0, 0, 0, 0, 0)
    assert wrapped_all(" ".join(said(x) for x in prediction_words(empty))) == ""
    QApplication.instance().removeTranslator(pseudo)
    split = SplitPseudo()  # the values inside the sentences: numbers or the question
    QApplication.instance().installTranslator(split)
    try:
        line = " ".join(said(x) for x in prediction_words(p))
    finally:
        QApplication.instance().removeTranslator(split)
    assert wrapped_all(line.replace(p.question, ""), {"%"}) == "", line


def test_the_help_text_is_translated(window, pseudo):
    """(4) Help > How it works: every section in the pseudo-language."""
    from patterngan_gui.kit import help_text

    QApplication.instance().installTranslator(pseudo)
    text = help_text.how_it_works()
    assert len(text) > 2000 and wrapped_all(text) == ""
    from patterngan_gui.actions import shortcuts_html

    keys = re.sub(r"<b>.*?</b>", " ", shortcuts_html())  # the keys: Qt's own names
    assert keys.count("<tr>") > 10 and wrapped_all(keys) == ""


def test_the_hand_in_report_is_translated(tmp_path, window, language_restored):
    """(5) The PDF report the window makes (File > Export report): every word of ours
    wrapped; the student's name, the lab's questions and answers are the file's."""
    from core.files.result_file import load_result
    from core.teaching.judge import judge
    from patterngan_gui.report import fingerprint, report_html
    from tests.test_cli import run
    from tests.test_sealed_predictions import LAB

    lab = tmp_path / "lab.toml"
    lab.write_text(LAB)
    result = tmp_path / "r.pgresult"
    code, _, err = run(
        "lab", "run", str(lab), "--name", "Ada", "--answer", "1=about 40%", "--out", str(result)
    )
    assert code == 0, err
    with zipfile.ZipFile(result) as z:  # a forged claim: the judge's words appear too
        files = {n: z.read(n) for n in z.namelist()}
    meta = json.loads(files["result.json"])
    meta["final"]["strict_validity"] = 0.999
    files["result.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(result, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    judged = judge(load_result(result), None)
    assert not judged.verified and len(judged.problems) >= 2
    pseudo = SplitPseudo()  # the judge's sentences carry values: each must be ours or data
    QApplication.instance().installTranslator(pseudo)
    try:
        page = report_html(judged)
    finally:
        QApplication.instance().removeTranslator(pseudo)
    data = {"Ada", judged.result.file, judged.result.run.name, *fingerprint(judged).values()}
    data.add(judged.lab.title if judged.lab is not None else judged.result.title)
    data |= {a.question for a in judged.answers} | {a.text for a in judged.answers}
    data |= {g for g, _ in judged.goals}
    text = plain(page)
    for item in sorted(data, key=len, reverse=True):  # the file's own words, taken out
        if item:
            text = text.replace(plain(html.escape(str(item))), " ")
    assert wrapped_all(text) == "", text


def test_the_class_tab_s_words_are_translated(window, qtbot, klass, pseudo):  # noqa: F811
    """The Class tab as a teacher reads it, in the pseudo-language: the summary and its
    prediction lines, the word cells (followed the lab, verified, goals met), the tooltips
    with the judge's findings."""
    from core.teaching.class_results import RESULT_COLUMNS

    lab, folder = klass
    QApplication.instance().installTranslator(pseudo)
    assert window.labs.open_lab(str(lab)) and window.classroom.open_class_folder(str(folder))
    view = window.class_view
    data = {j.result.student for j in view.data.judged} | {"Readable"}
    data |= {a.question for j in view.data.judged for a in j.answers}
    summary = plain(view.summary.text())
    for item in sorted(data, key=len, reverse=True):
        summary = summary.replace(item, " ")
    assert "Predicted" not in summary or OPEN in summary
    assert wrapped_all(summary, {Path(folder).name}) == "", summary
    table = view.table
    columns = ("goals met", "followed the lab", "verified", "diagnoses")
    words = [RESULT_COLUMNS.index(c) for c in columns]
    checked = 0
    for row in range(table.rowCount()):
        for c in words:
            text = table.item(row, c).text()
            assert wrapped_all(text, {"-", "@"}) == "", text
            checked += 1
        tip = table.item(row, RESULT_COLUMNS.index("verified")).toolTip()
        assert wrapped_all(tip.replace(table.item(row, 0).text(), "")) == "", tip
    assert checked >= 32


def test_the_step_s_maths_is_named_in_the_window_s_language(window, qtbot, pseudo):
    """Slow motion's maths (the inspector's Maths tab): each formula's name and the step it
    came from are sentences of the window's language, the step's title inside them too (a
    Spanish session showed "D's loss on real (Epoch 1, step 1 of 3: D on real)")."""
    from tests.gui_helpers import short, step

    short(window, "book", epochs=300, eval_samples=300)
    window.training.set_slow_motion(True)
    split = SplitPseudo()  # a value left in English inside a sentence shows unwrapped
    QApplication.instance().installTranslator(split)
    try:  # (not the whole window retranslated: its style sheets hold templates too)
        for _ in range(3):  # D on real, D on fake, G: each step's own formulas
            step(qtbot, window)  # F10: the epoch's next step
            view = window.inspector.maths
            assert view.steps, "slow motion wrote no maths"
            names = [line for line in view.text().split("\n") if line and line[0] != " "]
            assert names and all(wrapped_all(n, {"1", "2", "3"}) == "" for n in names), names
            assert wrapped_all(view.title.text(), {"1", "2", "3"}) == "", view.title.text()
            summary = view.view.accessibleDescription()  # the screen reader's line
            assert wrapped_all(summary.split(" = ")[0]) == "", summary
    finally:
        QApplication.instance().removeTranslator(split)
