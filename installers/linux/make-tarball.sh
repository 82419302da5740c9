#!/bin/sh
# Pack the Linux bundle with its install scripts into a tarball a user can unpack anywhere.
#
#   installers/linux/make-tarball.sh [BUNDLE_DIR [OUT_DIR]]
#
# BUNDLE_DIR defaults to dist/imwu-desktop (build it first with `make bundle`); the tarball
# dist/imwu-desktop-<version>-linux-<arch>.tar.gz holds one folder with the bundle,
# install.sh, uninstall.sh and a short README. The user runs ./install.sh from it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:-$root/dist/imwu-desktop}
out_dir=${2:-$root/dist}
if [ ! -x "$bundle/imwu-desktop" ]; then
    echo "make-tarball.sh: no bundle in $bundle; run 'make bundle' first." >&2
    exit 1
fi
# The bundle names its own version, which also proves that it starts.
version=$("$bundle/imwu-desktop" --version | sed -n 's/^IMWU Desktop //p')
[ -n "$version" ] || { echo "make-tarball.sh: the bundle did not report its version." >&2; exit 1; }
name=imwu-desktop-$version-linux-$(uname -m)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/$name"
cp -R "$bundle" "$work/$name/imwu-desktop"
cp "$here/install.sh" "$here/uninstall.sh" "$work/$name/"
chmod 755 "$work/$name/install.sh" "$work/$name/uninstall.sh"
cat > "$work/$name/README.txt" <<README
IMWU Desktop $version for Linux ($(uname -m))

Install for yourself (no administrator rights needed):   ./install.sh
Remove it again (your case files are kept):               ./uninstall.sh

The program goes to ~/.local/lib/imwu-desktop, a menu entry and the .imwu file type are
added for your user, and double-clicking a .imwu case file opens it in IMWU Desktop.
To check an installation: ~/.local/bin/imwu-desktop --self-test
README

mkdir -p "$out_dir"
tarball=$out_dir/$name.tar.gz
tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball.part" "$name"
mv "$tarball.part" "$tarball"
echo "$tarball"
