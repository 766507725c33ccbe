#!/usr/bin/env bash
# Start Amparo on its own X display and D-Bus session with Qt's AT-SPI bridge on, make a small demo
# vault for it in a throwaway profile, and run scripts/atspi_walk.py against it with the system Python
# (needs Xvfb, dbus, at-spi2-core and python3-pyatspi).
#   scripts/atspi_check.sh [DISPLAY_NUMBER]      (default 99)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AMPARO_ATSPI_INNER:-}" ]; then
  AMPARO_ATSPI_INNER=1 exec dbus-run-session -- "$0" "$@"
fi
python=${PYTHON:-python}
display=":${1:-99}"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work"
passphrase='tres gatos duermen en la azotea'
vaults=$("$python" -c "from ui.app.prefs import Prefs; print(Prefs.default().ensure_vaults_dir())")
printf '%s\n' "$passphrase" | "$python" main.py demo "$vaults/Notas.amparo" --people 5 --passphrase-stdin >/dev/null
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids+=($!)
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$python" main.py >"$work/app.log" 2>&1 &
pids+=($!)
printf '%s\n' "$passphrase" | /usr/bin/python3 scripts/atspi_walk.py --passphrase-stdin
