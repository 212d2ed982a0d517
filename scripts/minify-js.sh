#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): minifies the app's JavaScript in the
# staging folder with terser (pinned in scripts/tools.sh), since Trunk's own
# minifier cannot read what wasm-bindgen now writes and leaves it as it is,
# then brings the page's integrity hashes (Subresource Integrity) up to date
# for the files it changed. The resizer for host pages (embed/resize.js)
# stays readable. Without terser the build still works, only larger
# (scripts/size.sh then says so).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
if ! command -v terser >/dev/null || ! command -v node >/dev/null; then
  echo "minify-js: terser or node not found (scripts/tools.sh installs them): JavaScript left as it is" >&2
  exit 0
fi
find "$dir" -name '*.js' ! -path '*/embed/*' -print0 | while IFS= read -r -d '' f; do
  terser "$f" --module --compress --mangle --output "$f.min"
  mv "$f.min" "$f"
done
# Every tag with an integrity hash gets the hash of the file it names, as it is now.
node - "$dir/index.html" "$dir" <<'JS'
const fs = require("fs"), crypto = require("crypto"), path = require("path");
const [file, dir] = process.argv.slice(2);
const html = fs.readFileSync(file, "utf8").replace(/<link\b[^>]*>/g, (tag) => {
  const href = /\bhref=("?)([^"\s>]+)\1/.exec(tag);
  if (!href || !/\bintegrity=/.test(tag)) return tag;
  const target = path.join(dir, href[2]);
  if (!fs.existsSync(target)) return tag;
  const hash = crypto.createHash("sha384").update(fs.readFileSync(target)).digest("base64");
  return tag.replace(/\bintegrity=("?)sha(256|384|512)-[A-Za-z0-9+/=]+\1/, `integrity="sha384-${hash}"`);
});
fs.writeFileSync(file, html);
JS
