#!/usr/bin/env bash
# Builds the Debian package, unpacks it into a scratch root (dpkg -x) and runs the tools from
# there: mner --version, and mner predict with the packaged default model on the packaged demo.
# Validates the desktop entry and the AppStream metainfo when the validators are installed.
# Usage: package_test.sh BUILD_DIR
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$build" && cpack -G DEB -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/pkg/mner-studio_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /' | head -20
dpkg -x "$deb" "$tmp/unpacked"
r=$tmp/unpacked/usr
for f in bin/mner bin/mner-studio share/applications/io.github.mnerstudio.MnerStudio.desktop \
         share/metainfo/io.github.mnerstudio.MnerStudio.metainfo.xml \
         share/icons/hicolor/scalable/apps/io.github.mnerstudio.MnerStudio.svg \
         share/man/man1/mner.1 share/man/man1/mner-studio.1 share/mner-studio/models/cwi.mnerm \
         share/mner-studio/demo/demo.txt share/mner-studio/demo/demo.mner; do
  [ -e "$r/$f" ] || { echo "FAIL: the package lacks $f"; exit 1; }
done
"$r/bin/mner" --version
env -u MNER_MODELS_DIR "$r/bin/mner" models | grep -q "share/mner-studio/models/cwi.mnerm" || { echo "FAIL: packaged models not found"; exit 1; }
env -u MNER_MODELS_DIR OMP_NUM_THREADS=1 "$r/bin/mner" predict --model default "$r/share/mner-studio/demo/demo.txt" \
  --captions "$r/share/mner-studio/demo/captions.txt" -o "$tmp/pred.txt"
"$r/bin/mner" eval "$r/share/mner-studio/demo/demo.txt" "$tmp/pred.txt" | head -2
man -l "$r/share/man/man1/mner.1" >/dev/null 2>&1 || groff -man -Tutf8 "$r/share/man/man1/mner.1" >/dev/null 2>&1 || true
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$r/share/applications/io.github.mnerstudio.MnerStudio.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$r/share/metainfo/io.github.mnerstudio.MnerStudio.metainfo.xml"
fi
echo "package test passed"
