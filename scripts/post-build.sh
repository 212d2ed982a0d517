#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the staging folder before it
# becomes dist/:
#   0. writes the page's static first view into it: the app's own components
#      render the example scenario, charts as SVG (src/bin/strike-prerender.rs,
#      built natively), so the page shows real figures before the wasm starts;
#   1. minifies the app's JavaScript with terser (pinned in scripts/tools.sh),
#      since Trunk's own minifier cannot read what wasm-bindgen now writes;
#      the resizer for host pages (embed/resize.js) stays readable;
#   2. brings the page's integrity hashes (Subresource Integrity) up to date
#      for the files it changed, and fetches the stylesheet with CORS as the
#      scripts are (Firefox will not check its hash otherwise in a sandboxed
#      frame, and shows the page unstyled);
#   3. has the app load once the page's static first view is on screen:
#      Trunk's loader and its preloads (integrity hashes and all) wait for
#      the first paint, so the first view's paint does not wait on, or count
#      with, the WebAssembly (Lighthouse's largest paint counts every request
#      made before it);
#   4. replaces 'unsafe-inline' in the page's Content-Security-Policy with the
#      hash of each inline script the page holds, so that no other inline
#      script can run;
#   5. has the page's first script write that policy, with the page's own
#      address beside 'self' (WebKit matches nothing to 'self' in a frame
#      sandboxed without allow-same-origin).
# Without terser and node the build still works, larger, with the looser
# policy and no precompressed copies (scripts/size.sh and the end-to-end tests
# then fail).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cargo run --quiet --locked --bin strike-prerender -- "$dir/index.html"
if ! command -v terser >/dev/null || ! command -v node >/dev/null; then
  echo "post-build: terser or node not found (scripts/tools.sh installs them): JavaScript and policy left as they are" >&2
  exit 0
fi
find "$dir" -name '*.js' ! -path '*/embed/*' -print0 | while IFS= read -r -d '' f; do
  terser "$f" --module --compress --mangle --output "$f.min"
  mv "$f.min" "$f"
done
node - "$dir/index.html" "$dir" <<'JS'
const fs = require("fs"), crypto = require("crypto"), path = require("path");
const [file, dir] = process.argv.slice(2);
const digest = (algo, bytes) => crypto.createHash(algo).update(bytes).digest("base64");
let html = fs.readFileSync(file, "utf8");
// Every tag with an integrity hash gets the hash of the file it names, as it is now.
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const href = /\bhref=("?)([^"\s>]+)\1/.exec(tag);
  if (!href || !/\bintegrity=/.test(tag)) return tag;
  const target = path.join(dir, href[2]);
  if (!fs.existsSync(target)) return tag;
  const hash = digest("sha384", fs.readFileSync(target));
  return tag.replace(/\bintegrity=("?)sha(256|384|512)-[A-Za-z0-9+/=]+\1/, `integrity="sha384-${hash}"`);
});
// A stylesheet with an integrity hash is fetched with CORS, as the scripts
// are: in a frame sandboxed without allow-same-origin the page is another
// origin to its own server, and Firefox then refuses to check, and so to
// apply, a stylesheet fetched without CORS (the page showed unstyled).
html = html.replace(/<link\b[^>]*>/g, (tag) =>
  /\brel=("?)stylesheet\1/.test(tag) && /\bintegrity=/.test(tag) && !/\bcrossorigin\b/.test(tag)
    ? tag.replace(/^<link\b/, "<link crossorigin")
    : tag);
// The app loads once the page's static first view is painted: the preloads
// of its script and WebAssembly, and the loader's import, wait for the
// browser to report the page's largest paint (where it can: Chromium), or
// else for the first frame, then go as before, with their integrity hashes.
// (A frame can be drawn before it is shown; a request made in between counts
// as holding up the largest paint in Lighthouse's figures.) A hidden tab
// paints nothing, so there it goes at once. Otherwise it waits at most three
// seconds (a frame out of sight, such as an embed below the fold, may not be
// painted; a first paint can also come after a second, and loading before it
// made Lighthouse's largest paint 3.3 s).
const preloads = [];
html = html.replace(/<link\b[^>]*\brel=("?)(?:modulepreload|preload)\1[^>]*>/g, (tag) => {
  preloads.push(tag);
  return "";
});
const loader = /(<script type=("?)module\2>)import init, \* as bindings from (['"])([^'"]+)\3;/.exec(html);
if (!loader) throw new Error("post-build: Trunk's loader not found in the page");
html = html.replace(
  loader[0],
  loader[1] +
    "await new Promise(function(r){var d=0;function go(){if(!d++)r()}" +
    "if(document.visibilityState==\"hidden\")go();" +
    "var P=window.PerformanceObserver;" +
    "if(P&&(P.supportedEntryTypes||[]).indexOf(\"largest-contentful-paint\")>=0)" +
    "new P(function(l,o){o.disconnect();setTimeout(go)}).observe({type:\"largest-contentful-paint\",buffered:true});" +
    "else requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,3000)});" +
    "document.head.insertAdjacentHTML(\"beforeend\"," + JSON.stringify(preloads.join("")).replace(/</g, "\\u003c") + ");" +
    "const bindings=await import(" + JSON.stringify(loader[4]) + "),init=bindings.default;",
);
// The policy allows exactly the inline scripts the page holds.
const hashes = [];
for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${digest("sha256", Buffer.from(m[1], "utf8"))}'`);
}
html = html.replace(/'unsafe-inline'/, hashes.join(" "));
// Safari's engine (WebKit) matches nothing to 'self' in a frame sandboxed
// without allow-same-origin, so there the page could load nothing at all. The
// policy is therefore written by the first script in the page, with the
// page's own address added beside each 'self': the same policy everywhere
// else. It is in force before anything else loads (nothing comes before it).
const meta = /<meta\b[^>]*\bhttp-equiv=("?)Content-Security-Policy\1[^>]*>/i.exec(html);
const content = meta && /\bcontent=("?)([^"]*)\1/.exec(meta[0]);
if (!meta || !content) throw new Error("post-build: no Content-Security-Policy in the page");
const writer =
  '<script>(function(){var o=location.protocol+"//"+location.host,m=document.createElement("meta");' +
  'm.httpEquiv="Content-Security-Policy";m.content=' +
  JSON.stringify(content[2]).replace(/</g, "\\u003c") +
  '.replace(/\'self\'/g,"\'self\' "+o);document.head.appendChild(m)})()</script>';
html = html.replace(meta[0], writer);
fs.writeFileSync(file, html);
JS
# 6. Precompressed copies beside each file (name.gz, name.br), for hosts that
#    serve them as they are; Node's own zlib, offline. scripts/size.sh checks
#    each copy unpacks to its file, and leaves them out of the count.
node - "$dir" <<'JS'
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
for (const f of walk(process.argv[2]).filter((f) => !/\.(gz|br)$/.test(f))) {
  const bytes = fs.readFileSync(f);
  fs.writeFileSync(f + ".gz", zlib.gzipSync(bytes, { level: 9 }));
  fs.writeFileSync(f + ".br", zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
}
JS
