#!/usr/bin/env bash
# Lighthouse's mobile run (a mid-range phone on slow 4G, simulated) against the
# built app, served without compression by a plain static server, in Debian's
# Chromium, offline. Prints the four scores and the largest and cumulative
# layout-shift figures beside their budgets (issue 18), the median of 3 runs.
# Exits non-zero if a budget is broken.
# Usage: scripts/lighthouse.sh [DIST]   (scripts/bench.sh runs it)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
set -e
ensure_browser
ensure_lighthouse
set +e
dist="${1:-$ROOT/dist}"
[ -f "$dist/index.html" ] || { echo "lighthouse: no built app in $dist" >&2; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dist" >/dev/null 2>&1 &
server=$!
out=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
sleep 1
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
for i in 1 2 3; do
  CHROME_PATH="$CHROME_PATH" "$LIGHTHOUSE" "http://127.0.0.1:$port/" --quiet \
    --chrome-flags="$flags" --output=json --output-path="$out/run$i.json" \
    --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 ||
    { echo "lighthouse: run $i failed"; exit 1; }
done
node - "$out"/run1.json "$out"/run2.json "$out"/run3.json <<'JS'
const fs = require("fs");
const runs = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const score = (k) => median(runs.map((r) => Math.round(r.categories[k].score * 100)));
const audit = (k) => median(runs.map((r) => r.audits[k].numericValue));
const rows = [
  ["performance", score("performance"), (v) => v >= 98, "at least 98"],
  ["accessibility", score("accessibility"), (v) => v === 100, "100"],
  ["best practices", score("best-practices"), (v) => v === 100, "100"],
  ["SEO", score("seo"), (v) => v === 100, "100"],
  ["largest contentful paint (ms)", Math.round(audit("largest-contentful-paint")), (v) => v < 1500, "under 1500"],
  ["cumulative layout shift", +audit("cumulative-layout-shift").toFixed(3), (v) => v < 0.02, "under 0.02"],
  ["first contentful paint (ms)", Math.round(audit("first-contentful-paint")), () => true, "(shown)"],
  ["total blocking time (ms)", Math.round(audit("total-blocking-time")), () => true, "(shown)"],
];
let ok = true;
for (const [name, v, good, budget] of rows) {
  const pass = good(v);
  ok = ok && pass;
  console.log(`FIGURE lighthouse ${name}: ${v} (budget ${budget}) ${pass ? "within budget" : "OVER BUDGET"}`);
}
// Which element the largest paint was (in the first run).
try {
  const el = runs[0].audits["largest-contentful-paint-element"].details.items[0].items[0].node;
  console.log(`  largest paint: ${el.nodeLabel} (${el.selector})`);
} catch (e) {}
// What keeps a score below 100: each failing audit, once.
const seen = new Set();
for (const r of runs) {
  for (const [cat, c] of Object.entries(r.categories)) {
    if (cat === "performance") continue;
    for (const ref of c.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1 && !seen.has(ref.id)) {
        seen.add(ref.id);
        console.log(`  ${c.title}: ${a.title}`);
      }
    }
  }
}
process.exit(ok ? 0 : 1);
JS
