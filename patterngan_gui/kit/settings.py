"""The app's remembered settings: every key and its default in one place, read defensively.

Settings live in a QSettings INI file that other versions, other people or a crash may have
left in any state. Each value is checked on the way in: a bad one is dropped (and reported once
in ``notes``), never fatal, so a damaged file can never stop the app from starting.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from core.engine.config import TrainConfig

APP_NAME = "PatternGAN"
MAX_RECENT = 8
MAX_SETUP_CHARS = 20_000  # a saved set-up is ~600 characters of JSON
MAX_PATH_CHARS = 4096

# key -> default
GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "plots/splitter"
SETUP = "setup/last"
RECENT = "files/recent"
LAST_FOLDER = "files/last_folder"
THEME = "view/theme"
TEXT_SCALE = "view/text_scale"
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # View > Larger / Smaller text
THEMES = ("system", "light", "dark", "high_contrast")
STUDENT = "lab/student_name"  # who hands in lab results on this account (asked once, changeable)
MAX_NAME_CHARS = 100


def default_settings() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, APP_NAME, APP_NAME)


class SettingsStore:
    """Typed access to the settings; ``notes`` says what was dropped as damaged."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else default_settings()
        self.notes: list[str] = []

    def _drop(self, key: str, why: str) -> None:
        self.qsettings.remove(key)
        self.notes.append(f"the remembered {key} was {why} and was dropped")

    def bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(key, value)

    # -- the set-up ---------------------------------------------------------------------
    def setup(self) -> TrainConfig | None:
        raw = self.qsettings.value(SETUP)
        if not raw:
            return None
        text = str(raw)
        if len(text) > MAX_SETUP_CHARS:
            self._drop(SETUP, "too long")
            return None
        try:
            config = TrainConfig.from_dict(json.loads(text))
            config.validate()
        except (ValueError, TypeError, RecursionError, OverflowError) as exc:
            self._drop(SETUP, f"not a valid set-up ({type(exc).__name__})")
            return None
        return config

    def set_setup(self, config: TrainConfig) -> None:
        self.qsettings.setValue(SETUP, json.dumps(config.to_dict()))

    # -- files ------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.qsettings.value(RECENT, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self._drop(RECENT, "not a list")
            return []
        paths = [str(v) for v in value[: MAX_RECENT * 4] if str(v)]
        paths = [p for p in paths if len(p) <= MAX_PATH_CHARS][:MAX_RECENT]
        if len(value) > MAX_RECENT:
            self.qsettings.setValue(RECENT, paths)  # trim an oversized list once
        return paths

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue(RECENT, [path, *items][:MAX_RECENT])
        self.qsettings.setValue(LAST_FOLDER, str(Path(path).parent))

    def last_folder(self) -> str:
        value = str(self.qsettings.value(LAST_FOLDER, str(Path.home())))
        return value if len(value) <= MAX_PATH_CHARS else str(Path.home())

    def start_in(self, name: str) -> str:
        """A file dialog's starting path: ``name`` in the last folder used."""
        return str(Path(self.last_folder()) / name)

    def set_last_folder(self, folder: str) -> None:
        self.qsettings.setValue(LAST_FOLDER, folder)

    # -- the student ------------------------------------------------------------------------
    def student_name(self) -> str:
        value = self.qsettings.value(STUDENT, "")
        return clean_name(value) if isinstance(value, str) else ""

    def set_student_name(self, name: str) -> None:
        self.qsettings.setValue(STUDENT, clean_name(name))

    # -- looks ------------------------------------------------------------------------------
    def theme(self) -> str:
        value = str(self.qsettings.value(THEME, "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self.qsettings.setValue(THEME, theme)

    def text_scale(self) -> float:
        try:
            value = float(self.qsettings.value(TEXT_SCALE, 1.0))
        except (TypeError, ValueError):
            value = 1.0
        return min(TEXT_SCALES, key=lambda s: abs(s - value))  # a known step, never extreme

    def set_text_scale(self, scale: float) -> None:
        self.qsettings.setValue(TEXT_SCALE, scale)

    def sync(self) -> None:
        self.qsettings.sync()


def clean_name(text: str) -> str:
    """A student's name as one short printable line."""
    return " ".join("".join(c for c in text if c.isprintable()).split())[:MAX_NAME_CHARS]
