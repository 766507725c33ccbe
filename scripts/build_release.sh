#!/usr/bin/env bash
# Build the one-folder PyInstaller release and smoke-run it: --version, then `check` on a demo vault.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -e ".[build]"
python -m PyInstaller --noconfirm --clean build.spec
frozen=dist/amparo/amparo
"$frozen" --version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'frase de prueba larga\n' | "$frozen" demo "$work/Demo.amparo" --people 50 --passphrase-stdin >/dev/null
printf 'frase de prueba larga\n' | "$frozen" check "$work/Demo.amparo" --passphrase-stdin
printf 'frase de prueba larga\n' | "$frozen" deadlines "$work/Demo.amparo" --days 30 --lang es --passphrase-stdin | head -3
"$frozen" card --out "$work/card.pdf" --lang es && test -s "$work/card.pdf"
echo "frozen build ok: $(du -sh dist/amparo | cut -f1)"
