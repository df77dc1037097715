#!/usr/bin/env bash
# scripts/run builds only the two programs it can start, not the test suites (a newcomer waits for the window),
# while scripts/test builds everything. Runs the real scripts in a copy of the tree's layout, with a stand-in
# `cmake` on PATH that records what it was asked to build, and a stand-in window that records that it opened.
set -euo pipefail
source_dir="$1"
unset CALLRAIL_PRESET # scripts/test sets it under CI; the default preset is what a newcomer gets
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/tree/scripts" "$scratch/tree/build/app/gui" "$scratch/bin"
cp "$source_dir/scripts/run" "$source_dir/scripts/build" "$scratch/tree/scripts/"
# bootstrap installs packages: not what is tested here.
printf '#!/usr/bin/env bash\nexit 0\n' >"$scratch/tree/scripts/bootstrap"
touch "$scratch/tree/build/CMakeCache.txt" # configured already
printf '#!/usr/bin/env bash\necho "window opened: $*" >>"%s/log"\n' "$scratch" \
  >"$scratch/tree/build/app/gui/callrail-extractor"
printf '#!/usr/bin/env bash\necho "cmake $*" >>"%s/log"\n' "$scratch" >"$scratch/bin/cmake"
chmod +x "$scratch/tree/scripts/"* "$scratch/tree/build/app/gui/callrail-extractor" "$scratch/bin/cmake"

PATH="$scratch/bin:$PATH" "$scratch/tree/scripts/run" --demo-check
cat "$scratch/log"

fail() { echo "FAIL: $*"; exit 1; }
grep -qx 'cmake --build --preset dev --target callrail-extractor callrail-export' "$scratch/log" ||
  fail "scripts/run did not build only callrail-extractor and callrail-export"
[ "$(grep -c '^cmake ' "$scratch/log")" -eq 1 ] || fail "scripts/run ran cmake more than once"
grep -qx 'window opened: --demo-if-no-key --demo-check' "$scratch/log" || fail "the window was not opened"

# Without targets, scripts/build builds everything, the test suites among them (what scripts/test relies on).
: >"$scratch/log"
PATH="$scratch/bin:$PATH" "$scratch/tree/scripts/build"
grep -qx 'cmake --build --preset dev' "$scratch/log" || fail "scripts/build without targets did not build all"
echo "1 passed, 0 failed"
