#!/usr/bin/env bash
# Runs every check and test layer of Strike Explorer, installing what it needs
# first (see scripts/tools.sh), and ends with one line: "N passed, N failed".
#   1. rustfmt; clippy -D warnings for the host and for wasm32
#   2. native unit, property and chart snapshot tests (cargo test)
#   3. component tests in headless Chromium (wasm-bindgen-test)
#   4. the release build, its size against the budget
#   5. end-to-end tests driving the release build in Chromium, Firefox ESR
#      and WebKitGTK
# Exits non-zero if anything failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
# Stop at the first install step that fails.
set -e
ensure_test_tools
set +e

passed=0
failed=0
failures=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Runs a test command and adds up the counts its test runner printed.
tests() {
  local name=$1
  shift
  say "$name"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
  f=$(grep -oE '[0-9]+ failed' "$log" | awk '{s += $1} END {print s + 0}')
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$rc" -ne 0 ]; then
    failures+=("$name")
    # A run that failed before reporting any test still counts as one failure.
    [ "$f" -gt 0 ] || failed=$((failed + 1))
  fi
}

# Runs a check that is not a test runner: one pass or one failure.
check() {
  local name=$1
  shift
  say "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120

check "rustfmt" cargo fmt --all --check
check "clippy (host)" cargo clippy --workspace --all-targets --locked -- -D warnings
check "clippy (wasm32)" cargo clippy --workspace --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
tests "native tests: unit, property, chart snapshots" cargo test --workspace --locked
tests "component tests in headless Chromium" cargo test --locked --target wasm32-unknown-unknown --test web
check "release build (trunk, offline)" trunk build --release --locked
check "transfer size budget" "$ROOT/scripts/size.sh" "$ROOT/dist"
# The same end-to-end tests in each engine people browse with: Chromium,
# Firefox ESR, and WebKitGTK (Safari's engine family), which needs a display.
E2E=(--test e2e --test e2e_share --test e2e_compare --test e2e_keyboard --test e2e_first_view)
tests "end-to-end tests in headless Chromium" env STRIKE_BROWSER=chromium \
  cargo test --locked --no-fail-fast "${E2E[@]}" -- --ignored --test-threads=1 --skip screenshots_for_review
tests "end-to-end tests in headless Firefox ESR" env STRIKE_BROWSER=firefox \
  cargo test --locked --no-fail-fast "${E2E[@]}" -- --ignored --test-threads=1 --skip screenshots_for_review
tests "end-to-end tests in WebKitGTK (under xvfb-run)" env STRIKE_BROWSER=webkit \
  xvfb-run -a -s "-screen 0 1920x1200x24" \
  cargo test --locked --no-fail-fast "${E2E[@]}" -- --ignored --test-threads=1 --skip screenshots_for_review

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "Failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failures[@]} -eq 0 ]
