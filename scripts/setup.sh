#!/usr/bin/env bash
# Installs what folio's build and tests need and is not on the machine yet.
# Idempotent: every step checks first, so a second run does nothing but verify.
# Sources: Debian's registry (apt) and npm's, nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

DEPS_DIR="${FOLIO_DEPS_DIR:-$PWD/.deps}"
APT_PACKAGES=(cmake g++ make emscripten catch2 nlohmann-json3-dev chromium fonts-wqy-microhei fonts-noto-color-emoji
  clang-14 libclang-rt-14-dev  # clang and libFuzzer for scripts/fuzz.sh
  openssl  # the browser bench's HTTPS/HTTP2 server makes a throwaway certificate
  ruby-liquid ruby-activesupport  # the reference of tests/node/liquid-differential.test.mjs and bench/liquid.mjs
  jekyll ruby-jekyll-paginate-v2 ruby-jekyll-toc  # references of route-table, paginate-v2 and builtin-theme tests
  ruby-kramdown ruby-kramdown-parser-gfm ruby-rouge)  # Jekyll's Markdown, for tests/node/kramdown.test.mjs
# Node 18+ runs the tests and the CLI; Debian's nodejs is used when none is there.
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 18 ]; then
  APT_PACKAGES+=(nodejs npm)
fi

# name, file, sha256: the upstream release tarballs as Debian ships them (.orig).
SOURCES=(
  "md4c md4c_0.4.8.orig.tar.gz 4a457df853425b6bb6e3457aa1d1a13bccec587a04c38c622b1013a0da41439f"
  "yaml-cpp yaml-cpp_0.7.0+dfsg.orig.tar.xz dc63708605404e0b963e0ca3a9619d1c8270eda2839603e6fa0384e5e51e5312"
)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing_apt_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

ensure_deb_src() {
  local list=/etc/apt/sources.list.d/folio-deb-src.sources
  [ -f "$list" ] && return 0
  as_root tee "$list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  APT_UPDATED=0
}

APT_UPDATED=0
apt_update_once() {
  [ "$APT_UPDATED" = 1 ] && return 0
  as_root apt-get update -qq
  APT_UPDATED=1
}

install_apt_packages() {
  local missing
  missing=$(missing_apt_packages)
  [ -z "$missing" ] && return 0
  echo "setup: installing $missing"
  apt_update_once
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

fetch_sources() {
  mkdir -p "$DEPS_DIR"
  local entry name file sum
  for entry in "${SOURCES[@]}"; do
    read -r name file sum <<<"$entry"
    if [ ! -f "$DEPS_DIR/$file" ]; then
      echo "setup: fetching Debian source package $name"
      ensure_deb_src
      apt_update_once
      (cd "$DEPS_DIR" && apt-get source --download-only "$name" >/dev/null 2>&1 || true)
      [ -f "$DEPS_DIR/$file" ] || { echo "setup: could not fetch $file" >&2; exit 1; }
    fi
    echo "$sum  $DEPS_DIR/$file" | sha256sum --check --quiet - ||
      { echo "setup: checksum mismatch for $file" >&2; exit 1; }
  done
}

install_npm_packages() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

install_apt_packages
fetch_sources
install_npm_packages
