#!/usr/bin/env bash
# Sets up everything mner-studio needs on Debian 12 and then either opens the GUI on the demo
# project (./setup.sh run) or runs the whole test suite (./setup.sh test). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}
case "$mode" in run|test|build) ;; *) echo "usage: $0 [run|test|build]" >&2; exit 2 ;; esac

packages=(
  cmake g++ make ccache pkg-config clang-tidy
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  libtorch-dev libopencv-dev libsqlite3-dev libopenblas0-openmp nlohmann-json3-dev libpq-dev postgresql
  locales sqlite3 fonts-noto-color-emoji qt6-translations-l10n
  xvfb xauth
  dpkg-dev appstream desktop-file-utils
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Comma-decimal locales: the tests run the GUI and CLI once more under them (numbers never go
# through the C locale).
need_locales=()
for l in de_DE fa_IR; do
  locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" || need_locales+=("$l")
done
if [ ${#need_locales[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  for l in "${need_locales[@]}"; do
    grep -q "^$l.UTF-8 UTF-8" /etc/locale.gen 2>/dev/null || echo "$l.UTF-8 UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  done
  $sudo locale-gen >/dev/null
fi

# One core of real throughput and libtorch translation units of 1.5 GB: two jobs at most.
jobs=$(( $(nproc) < 2 ? 1 : 2 ))
werror=OFF
[ -n "${CI:-}" ] && werror=ON  # CI: warnings are errors
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DMNER_WERROR=$werror
cmake --build build -j "$jobs"

# The image tagger's file (MobileNetV2 .tflite) is not shipped: use the shared data folder's copy
# when the checkout sits beside one (see the README for where else to get it).
if [ -z "${MNER_MODELS_DIR:-}" ] && [ -f ../shared/imagenet/mobilenet_v2_1.0_224_quant.tflite ]; then
  MNER_MODELS_DIR=$(cd ../shared/imagenet && pwd)
  export MNER_MODELS_DIR
fi

case "$mode" in
  run)
    exec build/bin/mner-studio build/demo/demo.mner ;;
  test)
    # libtorch spins with more than one OpenMP thread here; the GUI tests need no display.
    export OMP_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen
    ctest --test-dir build --output-on-failure ;;
  build) ;;
esac
