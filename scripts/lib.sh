# Shared helpers for the set-up scripts. Sourced, not executed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise (non-interactive).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

# Prints a stable fingerprint of the given files (used to skip work when nothing changed).
fingerprint() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }

# Configures (once) and builds the release preset; fast when nothing changed.
build_release() {
  if [ ! -f build/release/build.ninja ]; then
    log "Configuring the C++ build (CMake preset 'release')"
    cmake --preset release >/dev/null
  fi
  log "Building the maillage binary"
  cmake --build --preset release -- -j"$(nproc)"
}

# Builds the front end when its sources or the lockfile changed.
build_web() {
  local stamp=build/web.stamp
  local now
  now=$(find web -path web/e2e -prune -o -type f -print 2>/dev/null | sort | xargs cat package-lock.json | sha256sum | cut -d' ' -f1)
  if [ -f web/dist/index.html ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$now" ]; then
    return 0
  fi
  log "Building the front end (Vite)"
  npm run --silent build:web
  mkdir -p build && echo "$now" > "$stamp"
}
