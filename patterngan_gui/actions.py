"""Every command of the window, declared once: id, text, shortcut, tip, handler, enabled-when.

The menus, the toolbar and Help > Keyboard shortcuts are all generated from :data:`ACTIONS`,
so a command cannot be in a menu and missing from the shortcut list. ``handler`` names a method
on the window (``"training.train"`` is ``window.training.train``); ``enabled`` reads the
session model (``core.app.session.Session``), never a widget.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from core.app.session import Session
from core.engine.step_names import STEP_NAMES, STEP_TIPS
from patterngan_gui.kit.i18n import keep, translate

Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # with the & of its mnemonic
    handler: str  # dotted path of a method on the window
    shortcut: Shortcut = None
    tip: str = ""
    enabled: Callable[[Session], bool] | None = None  # None: always
    menu: str = ""  # File, Run, View or Help ("" = no menu)
    submenu: str = ""  # a submenu of that menu (View > Theme)
    toolbar: bool = False
    checkable: bool = False
    separator: bool = False  # a separator before it in its menu
    short: str = ""  # the toolbar's label when shorter than ``text`` (fits 900 px at 130%)


def _step(kind: str, text: str, shortcut: Shortcut = None) -> ActionSpec:
    return ActionSpec(
        f"step_{kind}",
        text,
        f"training.step_{kind}",
        shortcut,
        STEP_TIPS[kind],
        lambda s: s.can_step,
        "Run",
        toolbar=kind == "epoch",
        separator=kind == "epoch",
        short="Step" if kind == "epoch" else "",
    )


ACTIONS: tuple[ActionSpec, ...] = (
    # -- File ---------------------------------------------------------------------------------
    ActionSpec(
        "open",
        "&Open generator...",
        "files.open_dialog",
        "Ctrl+O",
        "Open a num_gen.pt",
        lambda s: s.can_open,
        "File",
        toolbar=True,
        short="Open",
    ),
    ActionSpec(
        "save",
        "&Save generator",
        "files.save",
        "Ctrl+S",
        "Save the generator",
        lambda s: s.can_save,
        "File",
        toolbar=True,
        short="Save",
    ),
    ActionSpec(
        "save_as",
        "Save generator &As...",
        "files.save_as",
        "Ctrl+Shift+S",
        "Save the generator under a new name",
        lambda s: s.can_save,
        "File",
    ),
    ActionSpec(
        "export_png",
        "Export plots as PN&G...",
        "files.export_png",
        None,
        "Save the plots as a picture",
        lambda s: s.can_export_plots,
        "File",
        separator=True,
    ),
    ActionSpec(
        "export_csv",
        "Export &metrics as CSV...",
        "files.export_csv",
        None,
        "Save every report's metrics as CSV",
        lambda s: s.can_export_csv,
        "File",
    ),
    ActionSpec(
        "bundle",
        "Export run b&undle...",
        "files.export_bundle",
        "Ctrl+E",
        "One folder with the set-up, metrics CSV, plots PNG, samples log and num_gen.pt",
        lambda s: s.can_export_bundle,
        "File",
    ),
    ActionSpec(
        "export_result",
        "&Export lab result...",
        "classroom.export_result_dialog",
        None,
        "One file for the teacher: the lab, your answers, the goals met, the run and its generator",
        lambda s: s.can_export_result,
        "File",
    ),
    ActionSpec(
        "export_report",
        "Export re&port...",
        "classroom.export_report_dialog",
        None,
        "A PDF to hand in: your name, answers and when you wrote them, the goals, the run's "
        "curves and final numbers",
        lambda s: s.can_export_result,
        "File",
    ),
    ActionSpec(
        "open_results",
        "Open resul&ts...",
        "classroom.open_results_dialog",
        None,
        "Open the lab results of a class into the Runs tab",
        lambda s: s.can_open,
        "File",
    ),
    ActionSpec(
        "open_class",
        "Open class &folder...",
        "classroom.open_class_dialog",
        None,
        "Every lab result in a folder at once: a table of names, goals, answers and curves",
        lambda s: s.ready,
        "File",
    ),
    ActionSpec(
        "open_recovered",
        "Open reco&vered session...",
        "recovery.open_recovered",
        None,
        "The runs kept when PatternGAN was stopped by a shutdown or a logout",
        lambda s: s.can_open,
        "File",
    ),
    ActionSpec(
        "save_session",
        "Save sess&ion...",
        "classroom.save_session_dialog",
        None,
        "Every run of this window (set-up, curves, timeline, generator) in one file",
        lambda s: s.can_save_session,
        "File",
        separator=True,
    ),
    ActionSpec(
        "open_session",
        "Open sessio&n...",
        "classroom.open_session_dialog",
        None,
        "Bring back the runs of a saved session (next lesson)",
        lambda s: s.can_open,
        "File",
    ),
    ActionSpec(
        "open_lab",
        "Open &lab...",
        "labs.open_dialog",
        "Ctrl+L",
        "Open a teacher's lab file",
        lambda s: s.can_open,
        "File",
        separator=True,
    ),
    ActionSpec(
        "save_lab",
        "Save set-up as la&b...",
        "labs.save_dialog",
        None,
        "Save this set-up, locked or hidden controls and instructions as a lab file",
        lambda s: s.can_save_lab,
        "File",
    ),
    ActionSpec(
        "close_lab",
        "&Close lab",
        "labs.close_lab",
        None,
        "Show every control again and drop the lab",
        lambda s: s.can_close_lab,
        "File",
    ),
    ActionSpec("quit", "&Quit", "close", "Ctrl+Q", "Quit PatternGAN", None, "File", separator=True),
    # -- Run ----------------------------------------------------------------------------------
    ActionSpec(
        "train",
        "&Train / Resume",
        "training.train",
        "F5",
        "Start training, or resume a paused or stopped run",
        lambda s: s.can_train,
        "Run",
        toolbar=True,
    ),
    ActionSpec(
        "pause",
        "&Pause",
        "training.pause",
        "F6",
        "Pause between steps (F10 then steps the paused run)",
        lambda s: s.can_pause,
        "Run",
        toolbar=True,
    ),
    ActionSpec(
        "stop",
        "&Stop",
        "training.stop",
        "Shift+F5",
        "Stop training (the result is kept: save it, sample it, or press F5 to go on)",
        lambda s: s.can_stop,
        "Run",
        toolbar=True,
    ),
    _step("epoch", "Step one &epoch", "F10"),
    _step("d", f"Step {STEP_NAMES['d']} (&D only)"),
    _step("d_real", f"Step {STEP_NAMES['d_real']} (real &only)"),
    _step("d_fake", f"Step {STEP_NAMES['d_fake']} (fa&ke only)"),
    _step("g", "Step &G only"),
    ActionSpec(
        "slow",
        "Slow &motion",
        "training.set_slow_motion",
        "Ctrl+M",
        "F10 runs one step of the epoch at a time and says what it changed",
        None,
        "Run",
        toolbar=True,
        checkable=True,
    ),
    ActionSpec(
        "change_live",
        "&Change learning rates and k...",
        "training.change_live",
        "Ctrl+K",
        "Turn the learning rates or k while the run goes on (from its next step)",
        lambda s: s.can_change_live,
        "Run",
    ),
    ActionSpec(
        "sweep",
        "S&weep seeds...",
        "sweeps.sweep_dialog",
        None,
        "Train many seeds of this set-up together: is a result luck?",
        lambda s: s.can_sweep,
        "Run",
    ),
    ActionSpec(
        "faster",
        "&Faster",
        "training.faster",
        "Ctrl+]",
        "More reports a second, up to full speed (the toolbar's speed dial)",
        None,
        "Run",
        separator=True,
    ),
    ActionSpec(
        "slower",
        "S&lower",
        "training.slower",
        "Ctrl+[",
        "Fewer reports a second, down to one (for narrating on a projector)",
        None,
        "Run",
    ),
    ActionSpec(
        "reset",
        "&Reset",
        "training.reset",
        None,
        "Discard the current run's plots (the run stays in the Runs tab)",
        lambda s: s.can_reset,
        "Run",
        toolbar=True,
        separator=True,
    ),
    ActionSpec(
        "sample",
        "S&ample",
        "files.sample",
        "Ctrl+G",
        "Sample sequences from the generator",
        lambda s: s.can_sample,
        "Run",
        toolbar=True,
    ),
    # -- View ---------------------------------------------------------------------------------
    ActionSpec("show_setup", "&Set-up", "show_setup", None, "Show the set-up panel", None, "View"),
    ActionSpec(
        "show_inspector",
        "Encoding &inspector",
        "show_inspector",
        "Ctrl+I",
        "How an integer is encoded and how G's outputs are read",
        None,
        "View",
    ),
    ActionSpec(
        "show_instructions",
        "Lab i&nstructions",
        "show_instructions",
        None,
        "The open lab's instructions",
        lambda s: s.lab is not None,
        "View",
    ),
    ActionSpec(
        "plot_tables",
        "Plots as ta&bles...",
        "plot_access.show_tables",
        "Ctrl+T",
        "The numbers of the plots on screen, as tables (Enter on a focused plot: its own)",
        lambda s: s.ready,
        "View",
    ),
    ActionSpec(
        "text_larger",
        "Lar&ger text",
        "appearance.text_larger",
        "Ctrl+=",
        "Larger text, lines and markers (for a projector)",
        None,
        "View",
        separator=True,
    ),
    ActionSpec(
        "text_smaller",
        "S&maller text",
        "appearance.text_smaller",
        "Ctrl+-",
        "Smaller text, lines and markers",
        None,
        "View",
    ),
    ActionSpec(
        "text_reset",
        "&Reset text size",
        "appearance.text_reset",
        "Ctrl+0",
        "Text at its usual size",
        None,
        "View",
    ),
    *(
        ActionSpec(
            f"theme_{key}",
            label,
            f"appearance.set_theme_{key}",
            None,
            f"{label.replace('&', '')} colours",
            None,
            "View",
            submenu="&Theme",
            checkable=True,
        )
        for key, label in (
            ("system", "&System"),
            ("light", "&Light"),
            ("dark", "&Dark"),
            ("high_contrast", "&High contrast"),
        )
    ),
    # -- Help ---------------------------------------------------------------------------------
    ActionSpec(
        "how",
        "&How it works",
        "dialogs.how_it_works",
        "F1",
        "The encoding, the three steps and each metric",
        None,
        "Help",
    ),
    ActionSpec(
        "shortcuts",
        "&Keyboard shortcuts",
        "dialogs.shortcuts",
        None,
        "Every shortcut",
        None,
        "Help",
    ),
    ActionSpec("about", "&About PatternGAN", "dialogs.about", None, "", None, "Help"),
)
MENUS = ("&File", "&Run", "&View", "&Help")


def shortcut_text(shortcut: Shortcut) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.NativeText) if shortcut else ""


def _resolve(host: Any, dotted: str) -> Callable[..., Any]:
    target = host
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


def in_language(text: str) -> str:
    """A table's text in the window's language (the strings are collected for lupdate in
    kit/tr_tables.py, generated from this table)."""
    return translate("actions", text) if text else text


def show_texts(actions: dict[str, QAction]) -> None:
    """Each action's text, tip and toolbar label from the table, in the current language
    (at start and when View > Language changes)."""
    for spec in ACTIONS:
        act = actions[spec.id]
        act.setText(in_language(spec.text))
        if spec.tip:
            act.setStatusTip(in_language(spec.tip))
            keys = shortcut_text(spec.shortcut)
            act.setToolTip(f"{in_language(spec.tip)} ({keys})" if keys else in_language(spec.tip))
        if spec.short:
            act.setIconText(in_language(spec.short))


def build_actions(host: QWidget) -> dict[str, QAction]:
    """A QAction per spec, triggering its handler on ``host`` (resolved when triggered)."""
    actions = {}
    for spec in ACTIONS:
        act = QAction(spec.text, host)
        act.setObjectName(spec.id)
        if spec.shortcut is not None:
            act.setShortcut(QKeySequence(spec.shortcut))
        act.setCheckable(spec.checkable)
        if spec.checkable:
            act.triggered.connect(lambda on, h=spec.handler: _resolve(host, h)(on))
        else:
            act.triggered.connect(lambda _=False, h=spec.handler: _resolve(host, h)())
        actions[spec.id] = act
    show_texts(actions)
    return actions


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menu bar, in table order; returns the menus by plain name (File, Run, ...)."""
    menus: dict[str, QMenu] = {}
    submenus: dict[tuple[str, str], QMenu] = {}
    for title in MENUS:
        menu = bar.addMenu(in_language(title))
        keep(menu, "actions", title)  # retranslated from it (View > Language)
        menus[title.replace("&", "")] = menu
    for spec in ACTIONS:
        if not spec.menu:
            continue
        menu = menus[spec.menu]
        if spec.separator:
            menu.addSeparator()
        if spec.submenu:
            key = (spec.menu, spec.submenu)
            if key not in submenus:
                submenus[key] = menu.addMenu(in_language(spec.submenu))
                keep(submenus[key], "actions", spec.submenu)
            submenus[key].addAction(actions[spec.id])
        else:
            menu.addAction(actions[spec.id])
    return menus


def build_toolbar(toolbar: QToolBar, actions: dict[str, QAction]) -> None:
    """The run controls first, then the file commands."""
    runs = [s for s in ACTIONS if s.toolbar and s.menu == "Run"]
    files = [s for s in ACTIONS if s.toolbar and s.menu != "Run"]
    for spec in runs:
        toolbar.addAction(actions[spec.id])
    toolbar.addSeparator()
    for spec in files:
        toolbar.addAction(actions[spec.id])


def add_speed_dial(toolbar: QToolBar, chosen: Callable[[int], None]):
    """The toolbar's speed dial (a combo named by the label bound to it: on Linux a combo's
    name is its value), after a separator; ``chosen`` gets the index of SPEEDS picked."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP
    from PySide6.QtWidgets import QComboBox, QLabel

    from patterngan_gui.controllers.training import SPEEDS

    speed = QComboBox()
    tip = QT_TRANSLATE_NOOP(
        "MainWindow",
        "The speed dial: full speed, or a few reports a second to narrate on a projector "
        "(Ctrl+] faster, Ctrl+[ slower; also while training)",
    )
    speed.setToolTip(keep(speed, "MainWindow", tip, "tip"))
    for label, _interval in SPEEDS:
        speed.addItem(translate("speeds", label))
    speed.activated.connect(chosen)
    toolbar.addSeparator()
    name = QLabel()
    name.setText(keep(name, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Speed")))
    name.setBuddy(speed)
    name.setContentsMargins(4, 0, 4, 0)
    toolbar.addWidget(name)
    toolbar.addWidget(speed)
    return speed


def make_focusable(toolbar: QToolBar) -> None:
    """Every toolbar button takes keyboard focus (Tab reaches Train, Pause, Stop, Save, ...;
    Qt's toolbars take it from them), and the overflow button has a name."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    for button in toolbar.findChildren(QToolButton):
        button.setFocusPolicy(Qt.StrongFocus)
        if button.objectName() == "qt_toolbar_ext_button":
            button.setAccessibleName(translate("MainWindow", "More toolbar commands"))
            button.setToolTip("More toolbar commands")


def refresh_enabled(actions: dict[str, QAction], session: Session) -> None:
    for spec in ACTIONS:
        if spec.enabled is not None:
            actions[spec.id].setEnabled(bool(spec.enabled(session)))


def shortcuts_html() -> str:
    """Help > Keyboard shortcuts: every action with a shortcut, from the table."""
    rows = "".join(
        f"<tr><td><b>{html.escape(shortcut_text(s.shortcut))}</b>&nbsp;&nbsp;</td>"
        f"<td>{html.escape(in_language(s.text).replace('&', ''))}: {html.escape(in_language(s.tip or s.text))}</td>"
        "</tr>"
        for s in ACTIONS
        if s.shortcut is not None
    )
    return f"<table>{rows}</table>"
