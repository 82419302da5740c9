#!/bin/sh
# Make the macOS disk image of IMWU Desktop (run on a Mac, after building the bundle).
#
#   .venv/bin/pyinstaller --noconfirm --distpath dist --workpath build installers/imwu-desktop.spec
#   installers/macos/make-dmg.sh
#
# Optional signing and notarisation (see SIGNING.md):
#   CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"  sign the app and the image
#   NOTARY_PROFILE=imwu-notary      notarise with `xcrun notarytool` and staple the ticket
#
# Writes dist/IMWU-Desktop-<version>.dmg holding the app and a link to /Applications.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=${1:-$root/dist/IMWU Desktop.app}
out_dir=$root/dist

if [ "$(uname -s)" != Darwin ]; then
    echo "make-dmg.sh: this needs macOS (hdiutil, codesign)." >&2
    exit 1
fi
if [ ! -d "$app/Contents/MacOS" ]; then
    echo "make-dmg.sh: no app in $app; build it with PyInstaller first." >&2
    exit 1
fi
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg=$out_dir/IMWU-Desktop-$version.dmg

# The document icon named by CFBundleDocumentTypes must sit in Contents/Resources (before signing).
cp "$root/resources/icons/imwu-case.icns" "$app/Contents/Resources/imwu-case.icns"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # Inside out: every library and executable first, then the app with the hardened runtime.
    find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) \
        ! -path "*/Contents/MacOS/*" -print0 |
        xargs -0 codesign --force --timestamp --options runtime \
            --entitlements "$here/entitlements.plist" --sign "$CODESIGN_IDENTITY"
    codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
        --sign "$CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "IMWU Desktop" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "$dmg"
