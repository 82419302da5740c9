#!/bin/sh
# Remove IMWU Desktop installed by install.sh for the current user.
#
#   ./uninstall.sh
#
# Removes the program, the launcher, the menu entry, the file type and the icons (same PREFIX
# and XDG_DATA_HOME as install.sh). Never touches your case files, settings, logs or the
# passwords in the keyring: delete those yourself if you want them gone (see the README).
set -eu

APP_ID=ca.imwudesktop.IMWUDesktop
MIME_TYPE=application/x-imwu-case
MIME_ICON=application-x-imwu-case

: "${HOME:?HOME is not set}"
prefix=${PREFIX:-$HOME/.local}
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
lib_dir=$prefix/lib/imwu-desktop
launcher=$prefix/bin/imwu-desktop
manifest=$prefix/lib/imwu-desktop.installed-files

# Files install.sh recorded, plus the fixed names (in case the list was lost).
{
    [ -f "$manifest" ] && cat "$manifest"
    echo "$data_home/applications/$APP_ID.desktop"
    echo "$data_home/mime/packages/imwu-desktop-mime.xml"
    echo "$data_home/metainfo/$APP_ID.metainfo.xml"
    for dir in "$data_home"/icons/hicolor/*/; do
        echo "${dir}apps/$APP_ID.png"
        echo "${dir}apps/$APP_ID.svg"
        echo "${dir}mimetypes/$MIME_ICON.png"
        echo "${dir}mimetypes/$MIME_ICON.svg"
    done
} | while IFS= read -r file; do
    case $file in
        "$launcher")  # only our own launcher, never another program of the same name
            if [ -f "$file" ] && grep -q "written by install.sh" "$file" 2>/dev/null; then
                rm -f "$file"
            fi ;;
        "$data_home"/*) rm -f "$file" ;;
    esac
done
if [ -f "$launcher" ] && grep -q "IMWU Desktop launcher, written by install.sh" "$launcher"; then
    rm -f "$launcher"
fi
rm -rf "$lib_dir" "$manifest"
# Folders install.sh made and that are now empty (rmdir leaves any that are not).
for dir in "$data_home"/icons/hicolor/*/apps "$data_home"/icons/hicolor/*/mimetypes \
           "$data_home"/icons/hicolor/*/; do
    rmdir "$dir" 2>/dev/null || true
done

# Forget the default-application choice for .imwu files.
for list in "$config_home/mimeapps.list" "$data_home/applications/mimeapps.list"; do
    if [ -f "$list" ] && grep -q "$APP_ID.desktop" "$list"; then
        sed -i "/^$(echo "$MIME_TYPE" | sed 's|/|\\/|')=$APP_ID\.desktop;\?\$/d; s/$APP_ID\.desktop;\?//g" "$list"
    fi
done

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ]; then
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$data_home/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" 2>/dev/null || true
fi
echo "IMWU Desktop is uninstalled. Your case files, settings and logs were left in place."
