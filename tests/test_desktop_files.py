"""Desktop conventions: a valid AppStream metainfo, a desktop entry that opens every file kind
of the app, and PNG icons at the usual sizes beside the SVG."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
APP_ID = "io.github.patterngan.PatternGAN"


def test_the_desktop_entry_opens_every_kind_of_file_the_app_writes():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(RESOURCES / f"{APP_ID}.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "patterngan gui %f" and desktop["Icon"] == "patterngan"
    types = set(desktop["MimeType"].strip(";").split(";"))
    assert types == {
        "application/x-pytorch",  # generators
        "application/x-patterngan-session",
        "application/x-patterngan-result",
        "application/toml",  # labs
    }
    mime = ET.parse(RESOURCES / "patterngan-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    globs = {t.get("type"): t.find(f"{ns}glob").get("pattern") for t in mime}
    assert globs == {
        "application/x-patterngan-session": "*.pgsession",
        "application/x-patterngan-result": "*.pgresult",
    }


def test_the_metainfo_names_the_desktop_entry_and_validates():
    root = ET.parse(RESOURCES / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed here")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("size", [48, 64, 128, 256])
def test_png_icons_beside_the_svg(size):
    image = QImage(str(RESOURCES / f"patterngan-{size}.png"))
    assert not image.isNull() and (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
