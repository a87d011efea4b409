"""Tests that guard the design (README "Layout"): core is Qt-free, the engine stands alone,
the window starts without torch, no class grows past a size a newcomer can read."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parent.parent
MAX_CLASS_LINES = 400


def _modules(package: str) -> list[str]:
    """Every module of ``package``, a subpackage's ``__init__`` included (the command line
    lives in one)."""
    path = ROOT.joinpath(*package.split("."))
    return [m.name for m in pkgutil.walk_packages([str(path)], prefix=f"{package}.")]


def _source(name: str) -> Path:
    path = ROOT.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        f"import sys\nfor m in {modules!r}: __import__(m)\nprint('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return set(out.stdout.split())


def test_every_core_module_is_found_by_walking_the_package():
    found = _modules("core")
    assert "core.models" in found and "core.app.session" in found
    assert len(found) >= 25  # engine, files, teaching and app, not a hand-written list


def test_every_core_module_is_qt_free():
    loaded = _loaded_after_import(_modules("core"))
    bad = {m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")}
    bad |= {m for m in loaded if m.startswith("patterngan_gui")}
    assert not bad, sorted(bad)


def test_the_engine_never_imports_the_teaching_files_or_app_modules():
    loaded = _loaded_after_import(_modules("core.engine") + ["core.models"])
    bad = {m for m in loaded if m.split(".")[:2] in (["core", "teaching"], ["core", "files"])}
    bad |= {m for m in loaded if m.startswith("core.app")}
    assert not bad, sorted(bad)


def test_importing_the_window_loads_neither_torch_nor_pyqtgraph():
    loaded = _loaded_after_import(["patterngan_gui.main_window"])
    assert "torch" not in loaded and "pyqtgraph" not in loaded
    assert "core.app.session" in loaded  # the window is built over the session model


def test_no_class_is_over_400_lines():
    too_long = []
    for folder in ("core", "patterngan_gui"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in _runtime_nodes(ast.parse(path.read_text())):
                if isinstance(node, ast.ClassDef):
                    lines = node.end_lineno - node.lineno + 1
                    if lines > MAX_CLASS_LINES:
                        too_long.append(f"{path.name}:{node.name} ({lines} lines)")
    assert not too_long, too_long


def test_core_version_is_the_package_version():
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["version"] == core.__version__


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
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)


def test_every_package_is_in_the_wheel_list():
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {"core", "patterngan_gui"} | {
        m.name
        for top in ("core", "patterngan_gui")
        for m in pkgutil.walk_packages([str(ROOT / top)], prefix=f"{top}.")
        if m.ispkg
    }
    assert found <= listed, sorted(found - listed)


def test_every_action_names_a_real_handler_and_menu(window, qtbot):
    """Action handlers are dotted names resolved when clicked: a misspelt one would fail only
    then. Every one must resolve to a callable on a started window, every menu must exist, and
    no two actions share a shortcut."""
    from PySide6.QtGui import QKeySequence

    from patterngan_gui.actions import ACTIONS, MENUS, _resolve

    qtbot.waitUntil(lambda: window.session.ready, timeout=20_000)
    menus = {m.replace("&", "") for m in MENUS}
    for spec in ACTIONS:
        assert callable(_resolve(window, spec.handler)), spec.id
        assert spec.menu in menus or spec.menu == "", (spec.id, spec.menu)
        assert spec.id in window.actions
    keys = [QKeySequence(s.shortcut).toString() for s in ACTIONS if s.shortcut is not None]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def _runtime_nodes(tree: ast.AST):
    """Every node of ``tree`` but those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING"
        ):
            yield from (n for child in node.orelse for n in (child, *_runtime_nodes(child)))
            continue
        yield node
        yield from _runtime_nodes(node)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the project's modules it imports, anywhere in it: at module level or inside
    functions (a circle through a function-level import is still a circle: the two modules
    cannot be understood, tested or moved apart). Names imported for annotations only, under
    ``if TYPE_CHECKING:``, never run and are not edges. ``from a import b`` names ``a`` and,
    where ``b`` is a module, ``a.b``; a module's own packages are not edges back (Python runs
    their ``__init__`` first in any case)."""
    modules = {}
    for top in ("core", "patterngan_gui"):
        for path in (ROOT / top).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            modules[name] = path
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _runtime_nodes(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package this module is in
                    parts = package.split(".")
                    base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
                targets = [base, *(f"{base}.{a.name}" for a in node.names)]
            else:
                continue
            graph[name] |= {t for t in targets if t in modules and t != name}
        graph[name] -= {p for p in modules if name.startswith(p + ".")}  # its own packages
    return graph


def test_no_import_circles_anywhere():
    graph = _import_graph()
    assert "core.engine.fast" in graph["core.engine.trainer"]  # it sees the edges it should
    seen: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(graph[node]):
            if seen.get(nxt) == 1:
                raise AssertionError("import circle: " + " -> ".join([*path, node, nxt]))
            if nxt not in seen:
                visit(nxt, [*path, node])
        seen[node] = 2

    for node in sorted(graph):
        if node not in seen:
            visit(node, [])


def test_every_whole_number_fields_widget_range_is_its_config_limit(window):
    """One table of limits (core.engine.config.INT_LIMITS) for validation and the set-up's
    spin boxes; a set-up at a limit round-trips through the widgets unchanged."""
    from core.engine.config import INT_LIMITS
    from core.engine.presets import make_config

    widgets = {
        "epochs": window.setup.epochs,
        "batch": window.setup.batch,
        "latent": window.setup.latent,
        "seed": window.setup.seed,
        "report_every": window.setup.report_every,
        "d_steps": window.setup.advanced.d_steps,
        "pack": window.setup.advanced.pack,
    }
    for name, widget in widgets.items():
        assert widget.maximum() == INT_LIMITS[name][1], name
    config = make_config("book", report_every=5_000_000, epochs=10_000_000)
    window.setup.set_config(config)
    assert window.setup.draft().report_every == 5_000_000
    assert window.session.draft.epochs == 10_000_000


def test_the_garbage_collector_never_runs_on_the_training_thread(window, qtbot):
    """Collecting Qt wrappers off the GUI thread deadlocked (see patterngan_gui/gc_guard):
    with a window open, every collection during a run happens on the GUI thread."""
    import gc
    import threading

    from PySide6.QtCore import Qt

    from tests.gui_helpers import short

    assert not gc.isenabled()
    where = []

    def note(phase, info):
        if phase == "start":
            where.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        short(window, "book", epochs=3000, eval_samples=300)
        garbage = [[object()] for _ in range(50_000)]  # allocations that would trigger it
        for item in garbage:
            item.append(item)  # cycles: only the collector frees them
        del garbage
        with qtbot.waitSignal(window.run_finished, timeout=60_000):
            qtbot.keyClick(window, Qt.Key_F5)
        qtbot.waitUntil(lambda: bool(where), timeout=10_000)  # the GUI thread's timer collects
    finally:
        gc.callbacks.remove(note)
    assert set(where) == {threading.main_thread().name}


HEADLESS = {  # the command line trains on its own main thread
    f"patterngan_gui.cli{m}"
    for m in (
        "",
        ".lab",
        ".common",
        ".train",
        ".generator",
        ".results",
        ".doctor",
        ".explain",
        ".__main__",
    )
}


def test_no_window_module_imports_or_touches_a_trainer():
    """The run driver (core.app.run_driver) is the one owner of a trainer: no module of the
    window imports Trainer or SweepTrainer, or reads a ``.trainer`` (the headless command
    line trains on its own, single, thread and is exempt)."""
    offenders = []
    for name in _modules("patterngan_gui"):
        if name in HEADLESS:
            continue
        tree = ast.parse(_source(name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in (
                "core.engine.trainer",
                "core.engine.sweep",
            ):
                offenders.append(f"{name}: imports {node.module}")
            elif isinstance(node, ast.Attribute) and node.attr in ("trainer", "_trainer"):
                offenders.append(f"{name}:{node.lineno}: .{node.attr}")
    assert not offenders, offenders


def test_steps_by_hand_run_on_the_training_thread(window, qtbot, monkeypatch):
    """F10, a D or G step, and a slow-motion sub-step all run on the run's own thread, never
    on the GUI thread (which once built a second trainer and stepped it there)."""
    import threading

    from PySide6.QtCore import QThread

    from core.engine.trainer import Trainer
    from tests.gui_helpers import short, step

    where = []
    for name in ("step", "step_phase"):
        real = getattr(Trainer, name)

        def spy(self, *args, _real=real, **kwargs):
            where.append((threading.current_thread(), QThread.currentThread().objectName()))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Trainer, name, spy)
    short(window, "book", epochs=300, eval_samples=300)
    step(qtbot, window)
    step(qtbot, window, "step_d")
    step(qtbot, window, "step_g")
    window.training.set_slow_motion(True)
    step(qtbot, window)
    assert len(where) == 4
    assert all(t is not threading.main_thread() for t, _name in where)
    assert {name for _t, name in where} == {"patterngan-training"}  # the driver's QThread


def test_no_window_module_writes_the_sessions_state_or_refreshes_by_hand():
    """The session alone changes its state and announces it (core.app.events); the window
    follows the announcements in one place (MainWindow._on_session_changed)."""
    offenders = []
    for name in _modules("patterngan_gui"):
        if name in HEADLESS:
            continue
        for node in ast.walk(ast.parse(_source(name).read_text())):
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            for t in targets:
                owner = t.value if isinstance(t, ast.Attribute) else None
                if (isinstance(owner, ast.Attribute) and owner.attr == "session") or (
                    isinstance(owner, ast.Name) and owner.id == "session"
                ):
                    offenders.append(f"{name}:{node.lineno}: session.{t.attr} =")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("refresh", "show_current_run")
                and isinstance(node.func.value, ast.Name | ast.Attribute)
                and getattr(node.func.value, "id", getattr(node.func.value, "attr", ""))
                in ("w", "window")
            ):
                offenders.append(f"{name}:{node.lineno}: {node.func.attr}() by hand")
    assert not offenders, offenders


# the modules allowed torch's private names, each saying there why, with its public fallback
PRIVATE_TORCH_ALLOWED = {
    "core/engine/fast/kernels.py",  # torch._fused_adam_ (fallback: torch.optim.Adam)
    "core/files/generator_read.py",  # names the restricted unpickler accepts, as strings
}
# the one module that writes (and, for a trusted file, reads) the chapter's TorchScript format
TORCHSCRIPT_ALLOWED = {"core/files/generator_save.py", "core/files/generator_read.py"}


def _code_files() -> list[Path]:
    return sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "patterngan_gui").rglob("*.py")])


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def test_private_torch_names_only_where_allowed():
    """``torch._x``, ``torch.a._b``, ``from torch._x import`` or an ``OpOverload._op``
    anywhere in the code (not in docstrings) outside the allowed modules fails; so does the
    allowed list growing. (``torch.__version__`` is public.)"""
    found: dict[str, set[str]] = {}
    for path in _code_files():
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text())):
            name = _dotted(node) if isinstance(node, ast.Attribute) else None
            if name is None:
                continue
            parts = name.split(".")
            hidden = [p for p in parts[1:] if p.startswith("_") and not p.startswith("__")]
            if (parts[0] == "torch" and hidden) or parts[-1] == "_op":
                found.setdefault(rel, set()).add(name)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("torch"):
                names = [node.module, *(a.name for a in node.names)]
                parts = [part for n in names for part in n.split(".")]
                if any(p.startswith("_") and not p.startswith("__") for p in parts):
                    found.setdefault(rel, set()).add(node.module)
    assert set(found) <= PRIVATE_TORCH_ALLOWED, {k: v for k, v in found.items()}
    assert len(PRIVATE_TORCH_ALLOWED) <= 2


def test_no_torchscript_compiled_from_strings_and_torch_jit_in_one_place():
    """No ``torch.jit.CompilationUnit`` (TorchScript source in strings) anywhere; ``torch.jit``
    only where the chapter's file format is written and read."""
    for path in _code_files():
        rel = path.relative_to(ROOT).as_posix()
        names = {
            _dotted(n)
            for n in ast.walk(ast.parse(path.read_text()))
            if isinstance(n, ast.Attribute)
        }
        assert not any(n and "CompilationUnit" in n for n in names), rel
        if rel not in TORCHSCRIPT_ALLOWED:
            assert not any(n and n.startswith("torch.jit") for n in names), rel


def test_the_fast_package_stays_small():
    """All speed code lives in core/engine/fast/, at most 1,000 lines."""
    lines = sum(len(p.read_text().splitlines()) for p in (ROOT / "core/engine/fast").glob("*.py"))
    assert lines <= 1000, lines
