#!/usr/bin/env bash
# Prints what the first view downloads (every file at the top of dist/), raw and
# gzipped, and fails if the gzipped total is over the budget of 200 KB (200,000
# bytes). Sub-folders hold what the first view does not load, listed apart:
# dist/later/ (the second module, loaded once the first chart is drawn),
# dist/read/ ("How the model works", fetched by it) and dist/embed/ (the
# resizer, for pages that embed the explorer). The precompressed copies
# (name.gz, name.br; scripts/post-build.sh) are not counted: each must unpack
# to its file, and every file must have both.
# Usage: scripts/size.sh [DIST]
set -euo pipefail
dist="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist}"
budget=200000
[ -f "$dist/index.html" ] || { echo "size: no built app in $dist" >&2; exit 1; }
total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "file (first view)" "raw B" "gzip B"
while IFS= read -r -d '' f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -6 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
done < <(find "$dist" -maxdepth 1 -type f ! -name '*.gz' ! -name '*.br' -print0 | sort -z)
printf '%-48s %10d %10d\n' "total" "$total_raw" "$total_gz"
while IFS= read -r -d '' f; do
  printf '%-48s %10d %10d  (read later)\n' "${f#"$dist"/}" "$(wc -c <"$f")" "$(gzip -6 -c "$f" | wc -c)"
done < <(find "$dist" -mindepth 2 -type f ! -name '*.gz' ! -name '*.br' -print0 | sort -z)
stale=0
while IFS= read -r -d '' f; do
  if ! gzip -dc "$f.gz" 2>/dev/null | cmp -s - "$f" ||
    ! node -e 'const z = require("zlib"), fs = require("fs");
      process.exit(z.brotliDecompressSync(fs.readFileSync(process.argv[1] + ".br")).equals(fs.readFileSync(process.argv[1])) ? 0 : 1)' "$f" 2>/dev/null; then
    echo "size: ${f#"$dist"/}.gz or .br is missing or does not unpack to it" >&2
    stale=1
  fi
done < <(find "$dist" -type f ! -name '*.gz' ! -name '*.br' -print0)
[ "$stale" -eq 0 ] || exit 1
echo "size: every file has a .gz and a .br copy that unpacks to it"
if [ "$total_gz" -gt "$budget" ]; then
  echo "size: over budget: $total_gz B gzipped > $budget B" >&2
  exit 1
fi
echo "size: within budget: $total_gz B of $budget B gzipped ($((100 * total_gz / budget))%)"
