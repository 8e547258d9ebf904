#!/bin/sh
# Installs Recommandés AR24 for the current user: the program in ~/.local/opt/recommandes-ar24,
# a menu entry and its icon. The data folder (~/.local/share/recommandes-ar24) is never touched,
# so running a newer version's install.sh is an upgrade.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="${HOME}/.local/opt/recommandes-ar24"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$target" "$apps" "$icons"
rm -rf "$target/_internal"
cp -R "$here/." "$target/"
cp "$here/recommandes-ar24.png" "$icons/recommandes-ar24.png"
sed "s|^Exec=.*|Exec=\"$target/recommandes-ar24\"|" "$here/recommandes-ar24.desktop" > "$apps/recommandes-ar24.desktop"
echo "Installé dans $target ; entrée de menu : $apps/recommandes-ar24.desktop"
