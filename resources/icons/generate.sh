#!/usr/bin/env bash
# Regenerates every raster form of the application icon from callrail-extractor.svg:
#   hicolor/<N>x<N>/apps/callrail-extractor.png  (N = 16 … 512; Linux icon theme, the window icon)
#   callrail-extractor.ico                       (Windows: executable, installer, shortcuts)
#   callrail-extractor.icns                      (macOS application bundle)
#   actions/<name>.png, actions/<name>@2x.png      (the window's buttons and the key field's eye)
# The outputs are committed, so a build never needs these tools; run this after editing the SVG and commit
# the result. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils); on Debian or
# Ubuntu it installs whichever is missing (this is a maintainer tool, so scripts/bootstrap does not).
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
# /usr/local/bin/convert may be a stand-in on some images: use ImageMagick's own binary.
[ -x /usr/bin/convert ] || need+=(imagemagick)
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "generate.sh: please install ${need[*]} (rsvg-convert, ImageMagick, png2icns)" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "generate.sh: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

svg=callrail-extractor.svg
sizes=(16 22 24 32 48 64 128 256 512)
for n in "${sizes[@]}"; do
  dir="hicolor/${n}x${n}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$n" --height "$n" "$svg" --output "$dir/callrail-extractor.png.tmp"
  # Strip the timestamp chunks ImageMagick and rsvg may add, so that regenerating is reproducible.
  /usr/bin/convert "$dir/callrail-extractor.png.tmp" -strip "PNG32:$dir/callrail-extractor.png"
  rm -f "$dir/callrail-extractor.png.tmp"
done
mkdir -p hicolor/scalable/apps
cp "$svg" hicolor/scalable/apps/callrail-extractor.svg

# The window's action icons: 24 px and a 48 px @2x twin that QIcon picks on high-DPI screens. PNG, because Qt
# draws SVG only with the optional Qt SVG plugin, which a Debian user may not have.
mkdir -p actions
for name in start cancel save demo show-key hide-key; do
  rsvg-convert --width 24 --height 24 "$name.svg" | /usr/bin/convert - -strip "PNG32:actions/$name.png"
  rsvg-convert --width 48 --height 48 "$name.svg" | /usr/bin/convert - -strip "PNG32:actions/$name@2x.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for (256 is stored as PNG by ImageMagick).
/usr/bin/convert hicolor/16x16/apps/callrail-extractor.png hicolor/24x24/apps/callrail-extractor.png \
  hicolor/32x32/apps/callrail-extractor.png hicolor/48x48/apps/callrail-extractor.png \
  hicolor/64x64/apps/callrail-extractor.png hicolor/128x128/apps/callrail-extractor.png \
  hicolor/256x256/apps/callrail-extractor.png callrail-extractor.ico

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns callrail-extractor.icns hicolor/16x16/apps/callrail-extractor.png \
  hicolor/32x32/apps/callrail-extractor.png hicolor/48x48/apps/callrail-extractor.png \
  hicolor/128x128/apps/callrail-extractor.png hicolor/256x256/apps/callrail-extractor.png \
  hicolor/512x512/apps/callrail-extractor.png >/dev/null

echo "generate.sh: wrote ${#sizes[@]} PNGs, callrail-extractor.ico and callrail-extractor.icns"
