#!/usr/bin/env bash
# The performance benchmark (separate from the test command: times are noisy).
# Builds the release app, then prints, against the budgets of the performance
# issue: transfer bytes gzipped per file and in total; native model timings,
# and the instructions a model call takes (cachegrind; shown, not judged);
# the same model runs in wasm (within 3x of native); first chart and
# slider-to-pixels times in headless Chromium (small steps and big jumps);
# Lighthouse's mobile scores (scripts/lighthouse.sh). Exits non-zero if a
# budget is broken.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
# Stop at the first install step that fails.
set -e
ensure_test_tools
set +e
broken=0

say "release build"
trunk build --release --locked || exit 1

say "transfer size (gzip -6)"
"$ROOT/scripts/size.sh" "$ROOT/dist" || broken=1

say "native model"
native=$(cargo bench --locked --bench model) || broken=1
echo "$native"

say "instructions a call, native (valgrind's cachegrind; steady; shown, not judged)"
# This machine runs the same code at two speeds (docs/PERFORMANCE.md, 27
# November 2026); the instructions a call takes do not move with them. Each
# case runs N calls (N from the harness) and none under cachegrind; the
# difference over N is one call's count, the program's start and the cases'
# setup taken away.
if ensure_valgrind; then
  host=$(rustc -vV | sed -n 's/^host: //p')
  runner="CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$host")_RUNNER"
  count() {
    env "$runner=valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null" \
      cargo bench --locked --bench model -- --calls "$1" "$2" 2>&1 </dev/null |
      grep -oE 'I +refs: +[0-9,]+' | grep -oE '[0-9,]+$' | tr -d ,
  }
  # The harness names its cases and how many calls of each to count.
  cargo bench --locked --bench model -- --cases 2>/dev/null | while read -r name n; do
    none=$(count "$name" 0) some=$(count "$name" "$n")
    if [ -n "$none" ] && [ -n "$some" ]; then
      awk -v k="$name" -v a="$none" -v b="$some" -v n="$n" \
        'BEGIN { printf "INSTRUCTIONS %s %.0f (a call, over %d calls; shown, not judged)\n", k, (b - a) / n, n }'
    else
      echo "instructions: $name could not be counted"
    fi
  done
else
  echo "instructions: valgrind could not be installed; not counted"
fi

say "the model in wasm (release profile, headless Chromium)"
wasm=$(CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --release --target wasm32-unknown-unknown --test wasm_model_bench -- --nocapture 2>&1) || broken=1
grep -E "FIGURE|test result|panicked|error" <<<"$wasm" || true
# Compare each wasm median with the native one: at most 3x.
while read -r name ns; do
  n=$(awk -v k="$name" '$1 == "FIGURE" && $2 == k { print $3 }' <<<"$native")
  [ -n "$n" ] || continue
  ratio=$(awk -v w="$ns" -v n="$n" 'BEGIN { printf "%.2f", w / n }')
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 3.0) ? "within 3x" : "OVER 3x" }')
  printf '%-24s wasm %10.0f ns  native %10.0f ns  ratio %5sx  %s\n' "$name" "$ns" "$n" "$ratio" "$verdict"
  [ "$verdict" = "within 3x" ] || broken=1
done < <(grep -oE 'FIGURE [a-z0-9-]+ [0-9.]+' <<<"$wasm" | awk '{ print $2, $3 }')

say "the app in headless Chromium"
app=$(cargo test --locked --release --test browser_bench -- --ignored --nocapture 2>&1)
app_rc=$?
grep -E "FIGURE|slider moves|panicked|test result" <<<"$app" || true
[ "$app_rc" -eq 0 ] || broken=1

say "Lighthouse, mobile (median of 3 runs)"
"$ROOT/scripts/lighthouse.sh" "$ROOT/dist" || broken=1

if [ "$broken" -ne 0 ]; then
  echo "bench: a budget is broken (see above)"
  exit 1
fi
echo "bench: every budget holds"
