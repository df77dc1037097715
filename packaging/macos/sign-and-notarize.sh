#!/usr/bin/env bash
# Signs with a Developer ID, notarizes with Apple and staples the ticket, for each path given: an application
# bundle (signed inside out: libraries, plugins, frameworks, helper executables, then the bundle) or a disk image.
#
#   packaging/macos/sign-and-notarize.sh "path/CallRail Extractor.app"     # before the .dmg is made
#   packaging/macos/sign-and-notarize.sh path/CallRailExtractor-x.y.z.dmg  # after
#
# cpack runs the first form by itself on the staged bundle (packaging/macos/cpack-sign.cmake), so that the image
# holds the signed, stapled app; CI then runs the second form on the image.
#
# Credentials come from the environment (in CI from repository secrets), never from arguments:
#   MACOS_SIGN_IDENTITY     "Developer ID Application: Name (TEAMID)", in an unlocked keychain
#   and, for notarization, either
#   MACOS_NOTARY_PROFILE    a keychain profile made with `xcrun notarytool store-credentials`
#   or MACOS_NOTARY_APPLE_ID + MACOS_NOTARY_TEAM_ID + MACOS_NOTARY_PASSWORD (an app-specific password)
# Without MACOS_SIGN_IDENTITY it signs nothing and exits 0 with a message (unsigned builds for testing);
# without notary credentials it signs but does not notarize.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: sign-and-notarize.sh <bundle.app | image.dmg>..." >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "sign-and-notarize: MACOS_SIGN_IDENTITY is not set; leaving $* unsigned (Gatekeeper will warn)."
  exit 0
fi

notary=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  notary=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  notary=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD")
else
  echo "sign-and-notarize: no notary credentials (MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID," \
    "MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD): signing only."
fi

# --options runtime turns on the hardened runtime that notarization requires; --timestamp adds Apple's timestamp.
sign() {
  codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$@"
}

notarize() { # <file to submit> <file to staple>
  [ ${#notary[@]} -gt 0 ] || return 0
  xcrun notarytool submit "$1" "${notary[@]}" --wait
  xcrun stapler staple "$2"
}

sign_app() {
  local app="$1" item
  local entitlements=()
  [ -f "$here/callrail-extractor.entitlements" ] && entitlements=(--entitlements "$here/callrail-extractor.entitlements")
  while IFS= read -r -d '' item; do
    sign "$item"
  done < <(find "$app/Contents" \( -name "*.dylib" -o -name "*.so" \) -type f -print0)
  while IFS= read -r -d '' item; do
    sign "$item"
  done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name "*.framework" -type d -print0 2>/dev/null)
  while IFS= read -r -d '' item; do
    sign "$item" # the main executable is signed again with the bundle below, which is harmless
  done < <(find "$app/Contents/MacOS" -type f -perm -u+x -print0)
  sign ${entitlements[@]+"${entitlements[@]}"} "$app"
  codesign --verify --deep --strict --verbose=2 "$app"

  local scratch
  scratch="$(mktemp -d)"
  # notarytool takes a zip, a dmg or a pkg; ditto keeps the bundle's symlinks and extended attributes.
  ditto -c -k --keepParent "$app" "$scratch/app.zip"
  notarize "$scratch/app.zip" "$app"
  rm -rf "$scratch"
}

for target in "$@"; do
  case "$target" in
    *.app | *.app/)
      [ -d "$target" ] || { echo "sign-and-notarize: no such bundle: $target" >&2; exit 1; }
      sign_app "${target%/}"
      ;;
    *.dmg)
      [ -f "$target" ] || { echo "sign-and-notarize: no such image: $target" >&2; exit 1; }
      sign "$target"
      notarize "$target" "$target"
      ;;
    *)
      echo "sign-and-notarize: expected a .app bundle or a .dmg image: $target" >&2
      exit 2
      ;;
  esac
done
echo "sign-and-notarize: done."
