#!/usr/bin/env bash
# The work behind ./run: Debian packages, configure, build, then start the GUI or run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
MODE=${1:-app}
[[ $# -gt 0 ]] && shift

PACKAGES=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
  libgl-dev libvulkan-dev libxkbcommon-dev zlib1g-dev libsqlite3-dev libssl-dev
  sqlite3 xvfb xauth fonts-dejavu-core time bc
)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: installing ${missing[*]} needs root or sudo" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  if [[ ! -f $BUILD_DIR/build.ninja ]]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

install_packages
build

case "$MODE" in
  app)
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
      echo "No display found: starting BillingDesk under a virtual X server (xvfb-run)."
      exec xvfb-run -a "$BUILD_DIR/app/billingdesk" "$@"
    fi
    exec "$BUILD_DIR/app/billingdesk" "$@"
    ;;
  test)
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"
    ;;
  cli)
    exec "$BUILD_DIR/app/billingdesk-cli" "$@"
    ;;
  bench)
    "$ROOT/tests/benchmarks/run-import-benchmark.sh" "$@"
    exec "$ROOT/tests/benchmarks/run-pricing-benchmark.sh" "$@"
    ;;
  bench-pricing)
    exec "$ROOT/tests/benchmarks/run-pricing-benchmark.sh" "$@"
    ;;
  *)
    echo "usage: ./run [app|test|cli ARGS|bench|bench-pricing]" >&2
    exit 2
    ;;
esac
