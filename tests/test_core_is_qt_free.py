import subprocess
import sys


def test_importing_core_never_imports_qt_or_the_gui():
    code = (
        "import sys, core, core.engine.codecs, core.engine.patterns, core.engine.data, core.models, core.engine.presets, "
        "core.engine.config, core.engine.trainer, core.engine.metrics, core.files.genfile\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'patterngan_gui', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_headless_cli_commands_never_import_qt(tmp_path):
    code = (
        "import sys\n"
        "from patterngan_gui.cli import main\n"
        f"assert main(['train', '--epochs', '20', '--report-every', '10', '--out', r'{tmp_path / 'g.pt'}']) == 0\n"
        f"assert main(['sample', r'{tmp_path / 'g.pt'}', '--seed', '1']) == 0\n"
        f"assert main(['info', r'{tmp_path / 'g.pt'}']) == 0\n"
        f"assert main(['eval', r'{tmp_path / 'g.pt'}', '--samples', '100']) == 0\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
