"""The app's resources (icon, desktop entry, example lab, screenshots).

They live in the top-level ``resources/`` folder of the source tree and ship inside the wheel
as the package ``patterngan_gui.resources``; ``importlib.resources`` finds them either way
(an editable install maps the package onto the folder).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources"


def resource(name: str) -> Path:
    """The path of a shipped resource file (it may not exist if the install is broken)."""
    try:
        path = files("patterngan_gui.resources") / name
        if path.is_file():
            return Path(str(path))
    except ModuleNotFoundError:  # running from a source tree that was never installed
        pass
    return SOURCE_TREE / name
