#!/usr/bin/env bash
# Build the one-folder PyInstaller release in its own fresh virtual environment (nothing is installed
# into the environment that runs this script), smoke-run it, and print what it weighs.
#   scripts/build_release.sh            -> dist/amparo/amparo (console + CLI), dist/amparo/amparo-gui (windowed)
# Built and tested on Linux only; on Windows and macOS the same spec applies but has not been run.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv --clear build/release-venv
build/release-venv/bin/python -m pip install --quiet --upgrade pip
build/release-venv/bin/python -m pip install --quiet ".[build]"
build/release-venv/bin/python -m PyInstaller --noconfirm --clean build.spec
frozen=dist/amparo/amparo
test -x dist/amparo/amparo-gui
"$frozen" --version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'frase de prueba larga\n' | "$frozen" demo "$work/Demo.amparo" --people 50 --passphrase-stdin >/dev/null
printf 'frase de prueba larga\n' | "$frozen" check "$work/Demo.amparo" --passphrase-stdin
printf 'frase de prueba larga\n' | "$frozen" deadlines "$work/Demo.amparo" --days 30 --lang es --passphrase-stdin | head -3
"$frozen" card --out "$work/card.pdf" --lang es && test -s "$work/card.pdf"
# Only Spanish and English translations may ship (the spec filters the others out).
others=$(find dist/amparo -path '*translations*' -name '*.qm' | grep -Ev '_(en|es)(_[A-Z]{2})?\.qm$' || true)
if [ -n "$others" ]; then
  echo "translations of other languages were bundled:" >&2
  echo "$others" | head >&2
  exit 1
fi
echo "frozen build ok: $(du -sh dist/amparo | cut -f1)"
