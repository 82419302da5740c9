#!/bin/sh
# Install IMWU Desktop for the current user only: no root, nothing outside ~/.local.
#
#   ./install.sh [BUNDLE_DIR]
#
# BUNDLE_DIR is the PyInstaller onedir bundle (the folder holding the `imwu-desktop`
# program); by default the `imwu-desktop` folder next to this script (as in the tarball),
# else dist/imwu-desktop of a source checkout. Installs:
#   $PREFIX/lib/imwu-desktop/           the bundle (PREFIX defaults to ~/.local)
#   $PREFIX/bin/imwu-desktop            a launcher
#   $XDG_DATA_HOME/applications/        the desktop entry (menu item, opens .imwu files)
#   $XDG_DATA_HOME/mime/packages/       the application/x-imwu-case type (*.imwu)
#   $XDG_DATA_HOME/icons/hicolor/       application and case-file icons
#   $XDG_DATA_HOME/metainfo/            AppStream metadata (software centres)
# then refreshes the desktop, MIME and icon caches and makes IMWU Desktop the default
# application for .imwu files when the tools for it are installed. Running it again upgrades.
set -eu

APP_ID=ca.imwudesktop.IMWUDesktop
MIME_TYPE=application/x-imwu-case
MIME_ICON=application-x-imwu-case
here=$(cd "$(dirname "$0")" && pwd)

if [ $# -ge 1 ]; then
    bundle=$1
elif [ -x "$here/imwu-desktop/imwu-desktop" ]; then
    bundle=$here/imwu-desktop
else
    bundle=$here/../../dist/imwu-desktop
fi
if [ ! -x "$bundle/imwu-desktop" ]; then
    echo "install.sh: no IMWU Desktop bundle in $bundle; build it with 'make bundle' or pass its folder." >&2
    exit 1
fi
bundle=$(cd "$bundle" && pwd)
res=$bundle/_internal/resources
[ -d "$res/linux" ] || res=$bundle/resources
if [ ! -d "$res/linux" ] || [ ! -d "$res/icons" ]; then
    echo "install.sh: the bundle in $bundle has no resources/linux or resources/icons folder; rebuild it." >&2
    exit 1
fi

: "${HOME:?HOME is not set}"
prefix=${PREFIX:-$HOME/.local}
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
lib_dir=$prefix/lib/imwu-desktop
bin_dir=$prefix/bin
launcher=$bin_dir/imwu-desktop
manifest=$prefix/lib/imwu-desktop.installed-files

if [ "$(id -u)" = 0 ] && [ -z "${PREFIX:-}" ]; then
    echo "install.sh: note: installing for root only (into $prefix); run as your own user to install for yourself."
fi

mkdir -p "$prefix/lib" "$bin_dir" "$data_home/applications" "$data_home/mime/packages" \
         "$data_home/metainfo"

# The bundle: copy beside the old one, then swap, so a failed copy leaves the old app working.
staging=$prefix/lib/.imwu-desktop.new.$$
trap 'rm -rf "$staging"' EXIT
rm -rf "$staging"
cp -R "$bundle" "$staging"
rm -rf "$lib_dir.old"
[ -d "$lib_dir" ] && mv "$lib_dir" "$lib_dir.old"
mv "$staging" "$lib_dir"
rm -rf "$lib_dir.old"
trap - EXIT

: > "$manifest"
record() { echo "$1" >> "$manifest"; }

# The launcher: a tiny script rather than a symlink so the bundle can move without breaking it.
cat > "$launcher" <<LAUNCHER
#!/bin/sh
# IMWU Desktop launcher, written by install.sh (remove with uninstall.sh).
exec "$lib_dir/imwu-desktop" "\$@"
LAUNCHER
chmod 755 "$launcher"
record "$launcher"

# Desktop entry with the launcher's absolute path (~/.local/bin is not always on PATH).
desktop=$data_home/applications/$APP_ID.desktop
case $launcher in
    *[\ \"\`\$\\]*) exec_path="\"$(printf '%s' "$launcher" | sed 's/[\\"`$]/\\\\&/g')\"" ;;
    *) exec_path=$launcher ;;
esac
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec=%s %%f\n' "$exec_path" ;;
        TryExec=*) printf 'TryExec=%s\n' "$launcher" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$res/linux/$APP_ID.desktop" > "$desktop"
chmod 644 "$desktop"
record "$desktop"

cp "$res/linux/imwu-desktop-mime.xml" "$data_home/mime/packages/imwu-desktop-mime.xml"
record "$data_home/mime/packages/imwu-desktop-mime.xml"
cp "$res/linux/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"
record "$data_home/metainfo/$APP_ID.metainfo.xml"

icons=$data_home/icons/hicolor
for png in "$res"/icons/imwu-desktop-*.png; do
    size=${png##*-}; size=${size%.png}
    mkdir -p "$icons/${size}x${size}/apps" "$icons/${size}x${size}/mimetypes"
    cp "$png" "$icons/${size}x${size}/apps/$APP_ID.png"
    record "$icons/${size}x${size}/apps/$APP_ID.png"
    if [ -f "$res/icons/imwu-case-$size.png" ]; then
        cp "$res/icons/imwu-case-$size.png" "$icons/${size}x${size}/mimetypes/$MIME_ICON.png"
        record "$icons/${size}x${size}/mimetypes/$MIME_ICON.png"
    fi
done
mkdir -p "$icons/scalable/apps" "$icons/scalable/mimetypes"
cp "$res/icons/imwu-desktop.svg" "$icons/scalable/apps/$APP_ID.svg"
cp "$res/icons/imwu-case.svg" "$icons/scalable/mimetypes/$MIME_ICON.svg"
record "$icons/scalable/apps/$APP_ID.svg"
record "$icons/scalable/mimetypes/$MIME_ICON.svg"

# Caches and the default application: each step is optional (the tools may be missing).
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || \
        echo "install.sh: warning: update-mime-database failed; .imwu files may not be recognised until you log in again." >&2
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
fi
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || \
        echo "install.sh: warning: could not make IMWU Desktop the default for .imwu files." >&2
fi

echo "IMWU Desktop is installed in $lib_dir."
echo "Start it from your applications menu, by double-clicking a .imwu case file, or with $launcher."
