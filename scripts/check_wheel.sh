#!/usr/bin/env bash
# Build the wheel, install it in a brand-new virtual environment and use it from another folder, as
# someone who ran `pipx install .` would: the version, a Spanish card, a demo vault, Spanish deadlines,
# a case summary and the guides must all work without the source tree.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work" "$src/build"' EXIT

python -m pip wheel "$src" --no-deps --quiet -w "$work/dist"
python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work/dist"/amparo-*.whl
mkdir "$work/elsewhere"
cd "$work/elsewhere"
amparo="$work/venv/bin/amparo"
pass="correct horse battery staple 1"

"$amparo" --version
test -x "$work/venv/bin/amparo-gui"  # the windowed entry point (gui-scripts)
"$amparo" card --lang es --out tarjeta.pdf
[ "$(head -c 5 tarjeta.pdf)" = "%PDF-" ]
echo "$pass" | "$amparo" demo Demo.amparo --people 3 --passphrase-stdin --lang es > /dev/null 2>&1
echo "$pass" | "$amparo" deadlines Demo.amparo --days 365 --lang es --passphrase-stdin > plazos.txt
# The Spanish catalog is installed: the table's column titles are Spanish.
grep -q "Persona" plazos.txt
echo "$pass" | "$amparo" summary Demo.amparo --person 1 --out resumen.pdf --lang es --passphrase-stdin
[ "$(head -c 5 resumen.pdf)" = "%PDF-" ]
"$work/venv/bin/python" - <<'PY'
from content.guides import load_guides
from content.i18n import translator
for lang in ("es", "en"):
    guides = load_guides(lang)
    assert len(guides) >= 15, (lang, len(guides))
assert translator("es").gettext("Lock") != "Lock"
from content.paths import package_folder
assert (package_folder("ui", "icons") / "amparo-256.png").is_file()
print(f"wheel: {len(load_guides('es'))} guides in each language, Spanish catalog loaded")
PY
echo "wheel check passed"
