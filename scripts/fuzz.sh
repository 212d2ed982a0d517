#!/usr/bin/env bash
# A long run of the properties over hostile input (links, kept scenarios, the
# embed view's choices): the decoder and validation must give valid settings
# and notes in words for any input. There is no nightly toolchain here for
# cargo-fuzz, so this runs the same proptest properties with many more cases
# than the test command does (256 each): 100,000 each by default, or
#   ./scripts/fuzz.sh 1000000
# Prints how long it took; any failure prints the smallest input that fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cases=${1:-100000}
start=$(date +%s)
# Optimised, but with the overflow and debug checks of a debug build kept, in a
# target folder of its own so the release build is not rebuilt.
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}/fuzz" \
CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true \
STRIKE_PROPTEST_CASES=$cases cargo test --release --locked --test model_properties -- \
  any_string any_hostile any_query
echo "fuzz: $cases cases per property, $(( $(date +%s) - start )) s"
