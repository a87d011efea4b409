"""The wheel a lab machine installs carries the app's resources, and the installed app finds
them (built here without network: no build isolation, no dependencies fetched)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".ruff_cache")


def test_the_wheel_carries_the_resources_and_the_installed_app_finds_them(tmp_path):
    # built from a copy: setuptools writes build/ and *.egg-info/ beside the sources, and a
    # test writes only under its temporary folder
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_OUT))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "dist"), str(source)],
        check=True, capture_output=True, cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("patterngan-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("patterngan.svg", "example-lab.toml", "io.github.patterngan.PatternGAN.desktop"):
        assert f"patterngan_gui/resources/{name}" in names, name
    assert "core/app/session.py" in names and "core/engine/trainer.py" in names
    for code in ("de", "es"):  # the translations (issue 36)
        assert f"patterngan_gui/resources/i18n/patterngan_{code}.qm" in names, code
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True, cwd=tmp_path,
    )  # fmt: skip
    code = (
        "import patterngan_gui, sys\n"
        f"assert patterngan_gui.__file__.startswith({str(target)!r}), patterngan_gui.__file__\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from patterngan_gui.kit.resource_files import resource\n"
        "from patterngan_gui.main_window import app_icon\n"
        "for name in ('patterngan.svg', 'example-lab.toml', 'io.github.patterngan.PatternGAN.desktop'):\n"
        f"    assert str(resource(name)).startswith({str(target)!r}), resource(name)\n"
        "    assert resource(name).is_file(), name\n"
        "assert not app_icon().isNull()\n"
        "from core.files.lab_file import load_lab\n"
        "assert load_lab(resource('example-lab.toml')).title\n"
        "from patterngan_gui.kit import i18n\n"
        f"assert str(i18n.i18n_folder()).startswith({str(target)!r}), i18n.i18n_folder()\n"
        "assert i18n.install('de') == 'de'\n"
        "assert i18n.translate('actions', '&File') == '&Datei'\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path)
