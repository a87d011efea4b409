#!/bin/sh
# Build PatternGAN as a self-contained folder (PyInstaller, one folder, the CPU build of torch)
# that runs on a Linux machine with no Python and no network, from a USB stick or a read-only
# share. Settings, sessions and results go to the user's own folders, never beside it.
#
#   resources/kit/build.sh DEST        (with the project's venv first on PATH)
#
# It installs PyInstaller into that venv if it is missing. DEST must not exist yet.
set -eu
DEST=${1:?usage: resources/kit/build.sh DEST}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=${PYTHON:-python}
if [ -e "$DEST" ]; then echo "build.sh: $DEST exists; choose a new folder" >&2; exit 1; fi
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller==6.22.3"
# Qt's xcb plugin needs these; the kit carries them when this machine has them (PyInstaller
# copies a plugin's libraries), so lab machines without them still open the window
MISSING=""
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxkbcommon-x11.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || MISSING="$MISSING $lib"
done
[ -z "$MISSING" ] || echo "build.sh: this machine lacks$MISSING: the kit will need them on the" \
    "lab machines (apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" \
    "libxkbcommon-x11-0 here, then build again, to carry them)" >&2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# what the app never imports: left out to keep the kit small
"$PY" -m PyInstaller --noconfirm --log-level WARN --onedir --name patterngan \
    --distpath "$WORK/dist" --workpath "$WORK/build" --specpath "$WORK" \
    --paths "$ROOT" --collect-submodules core --collect-submodules patterngan_gui \
    --add-data "$ROOT/resources:resources" \
    --exclude-module tkinter --exclude-module matplotlib --exclude-module IPython \
    --exclude-module pytest --exclude-module pytestqt --exclude-module ruff \
    --exclude-module torch.utils.tensorboard --exclude-module sympy \
    --exclude-module PySide6.QtWebEngineCore --exclude-module PySide6.QtQuick \
    --exclude-module PySide6.QtQml --exclude-module PySide6.Qt3DCore \
    "$ROOT/resources/kit/entry.py"
# torch's own tests and tools never run here; of Qt's translations only the languages the app
# ships are kept (qtbase: Save / Cancel / Discard, the file dialogs; see kit/i18n.py)
INTERNAL="$WORK/dist/patterngan/_internal"
rm -rf "$INTERNAL/torch/test"
find "$INTERNAL/PySide6/Qt/translations" -type f ! -name 'qtbase_de.qm' ! -name 'qtbase_es.qm' \
    -delete 2>/dev/null || true
find "$INTERNAL/torch/bin" -type f ! -name torch_shm_manager -delete  # torch looks for it
rm -f "$INTERNAL"/torch/lib/*test*.so "$INTERNAL/torch/lib/libbackend_with_compiler.so" \
    "$INTERNAL/torch/lib/libaoti_custom_ops.so"
mkdir -p "$DEST"
cp -R "$WORK/dist/patterngan" "$DEST/app"
mkdir -p "$DEST/labs"
cp "$ROOT"/resources/*lab*.toml "$DEST/labs/"
cp "$ROOT/resources/kit/README.txt" "$DEST/README.txt"
cat > "$DEST/patterngan" <<'SH'
#!/bin/sh
# PatternGAN, from wherever this folder is (a USB stick, a read-only share)
HERE=$(cd "$(dirname "$0")" && pwd)
# Qt wants a UTF-8 locale; a bare environment has none
[ -n "${LC_ALL:-}${LANG:-}" ] || export LC_ALL=C.UTF-8
exec "$HERE/app/patterngan" "$@"
SH
chmod +x "$DEST/patterngan"
du -sh "$DEST" | cut -f1 | sed "s|^|built $DEST: |"
