#!/usr/bin/env bash
# Builds Strike Explorer and serves it on http://127.0.0.1:8080 (Ctrl-C stops).
# Installs what it needs first, if missing (see scripts/tools.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
ensure_build_tools
say "building and serving Strike Explorer at http://127.0.0.1:8080"
exec trunk serve --release
