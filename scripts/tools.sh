#!/usr/bin/env bash
# Installs, if missing, the pinned tools that building and testing need, and
# puts them on PATH. Sourced by serve.sh, test.sh and bench.sh. Idempotent:
# when everything is there it only checks versions, in about a second.
#
# Pinned: trunk 0.21.14 (newer needs a newer rustc than 1.95), wasm-bindgen-cli
# at exactly the wasm-bindgen version in Cargo.lock, wasm-opt from the npm
# package binaryen@132 (Debian's binaryen 108 rejects what rustc 1.95 emits),
# terser 5.51.4 (npm) to minify the JavaScript, Debian's chromium and
# chromium-driver for the browser tests, and for the same tests in the other
# two engines: Debian's firefox-esr with geckodriver 0.37.1 (crates.io), and
# Debian's webkit2gtk-driver (WebKitGTK's WebDriver and MiniBrowser, the
# engine family of Safari) under xvfb-run.

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_VERSION=5.51.4
GECKODRIVER_VERSION=0.37.1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS_DIR="${STRIKE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/strike-explorer}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$TOOLS_DIR/binaryen-$BINARYEN_VERSION/node_modules/.bin:$TOOLS_DIR/terser-$TERSER_VERSION/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root for: $*"; return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || { say "no apt-get: install $* by hand"; return 1; }
  say "installing $* from apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Installs an npm package at a pinned version into its own folder under
# $TOOLS_DIR (npm itself from apt if missing). Usage: npm_tool FOLDER PACKAGE@VERSION
npm_tool() {
  command -v npm >/dev/null || apt_install nodejs npm
  say "installing $2 (npm)"
  mkdir -p "$TOOLS_DIR/$1"
  npm install --prefix "$TOOLS_DIR/$1" --no-audit --no-fund --loglevel=error "$2"
}

lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust_parts() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local have
  have=$(rustup component list --installed 2>/dev/null)
  for c in rustfmt clippy; do
    grep -q "^$c" <<<"$have" || rustup component add "$c"
  done
}

ensure_wasm_bindgen() {
  local want
  want=$(lock_version wasm-bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] ||
     ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want (a few minutes, once)"
    # Not --locked: one of its locked dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "=$want" --force
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

ensure_wasm_opt() {
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    npm_tool "binaryen-$BINARYEN_VERSION" "binaryen@$BINARYEN_VERSION"
  fi
}

ensure_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
  export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
}

# Firefox ESR and geckodriver, and WebKitGTK's WebDriver with its MiniBrowser
# and a virtual X display for it: the end-to-end tests run in these engines too.
ensure_other_engines() {
  local need=()
  command -v firefox-esr >/dev/null || need+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || need+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || need+=(xvfb xauth)
  [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1')" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 2 minutes, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
  export GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"
  export FIREFOX_PATH="${FIREFOX_PATH:-$(command -v firefox-esr)}"
  export WEBKIT_DRIVER="${WEBKIT_DRIVER:-$(command -v WebKitWebDriver)}"
  if [ -z "${MINIBROWSER:-}" ]; then
    MINIBROWSER=$(ls /usr/lib/*/webkit2gtk-4.*/MiniBrowser 2>/dev/null | head -n1)
    export MINIBROWSER
  fi
}

# terser, run by Trunk's post-build hook (scripts/post-build.sh) on the
# JavaScript that wasm-bindgen writes.
ensure_terser() {
  if [ "$(terser --version 2>/dev/null)" != "terser $TERSER_VERSION" ]; then
    npm_tool "terser-$TERSER_VERSION" "terser@$TERSER_VERSION"
  fi
}

# Everything the app build needs.
ensure_build_tools() {
  ensure_rust_parts
  ensure_wasm_bindgen
  ensure_trunk
  ensure_wasm_opt
  ensure_terser
}

# Everything the tests and benchmarks need: the build, the browser, axe-core.
ensure_test_tools() {
  ensure_build_tools
  ensure_browser
  ensure_other_engines
  ensure_axe
}

LIGHTHOUSE_VERSION=12.8.2
# Lighthouse (npm; 13 needs Node 22), for the benchmark's mobile run against
# Debian's Chromium. Only scripts/bench.sh uses it.
ensure_lighthouse() {
  local dir="$TOOLS_DIR/lighthouse-$LIGHTHOUSE_VERSION"
  [ -x "$dir/node_modules/.bin/lighthouse" ] ||
    npm_tool "lighthouse-$LIGHTHOUSE_VERSION" "lighthouse@$LIGHTHOUSE_VERSION"
  export LIGHTHOUSE="$dir/node_modules/.bin/lighthouse"
}

# Valgrind (Debian's), whose cachegrind counts the instructions a model call
# takes: a figure this machine's two speeds do not move (docs/PERFORMANCE.md,
# 27 November 2026). Only scripts/bench.sh uses it.
ensure_valgrind() {
  command -v valgrind >/dev/null || apt_install valgrind
}

AXE_VERSION=4.10.3
# axe-core, the accessibility rules engine the end-to-end tests run in the page.
ensure_axe() {
  local dir="$TOOLS_DIR/axe-core-$AXE_VERSION"
  [ -f "$dir/node_modules/axe-core/axe.min.js" ] || npm_tool "axe-core-$AXE_VERSION" "axe-core@$AXE_VERSION"
  export STRIKE_AXE_JS="$dir/node_modules/axe-core/axe.min.js"
}
