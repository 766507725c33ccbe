#!/usr/bin/env bash
# Add Amparo to the desktop's application menu for the current user (after `pip install .`, which puts
# `amparo-gui` on the PATH): the .desktop file, the AppStream metainfo and the icon in each size.
#   packaging/linux/install-desktop-entry.sh [PREFIX]     (default PREFIX: ~/.local/share)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../ui/icons"
prefix=${1:-"${XDG_DATA_HOME:-$HOME/.local/share}"}
id=org.amparo.Amparo
install -Dm644 "$here/$id.desktop" "$prefix/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$prefix/metainfo/$id.metainfo.xml"
for size in 16 24 32 48 64 128 256; do
  install -Dm644 "$icons/amparo-$size.png" "$prefix/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -Dm644 "$icons/amparo.svg" "$prefix/icons/hicolor/scalable/apps/$id.svg"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$prefix/applications" || true
fi
echo "Amparo was added to the application menu ($prefix)."
