#!/usr/bin/env bash
# The RPPS import benchmark (issue #5, docs/benchmarks.md): `maillage import rpps` of a generated
# national RPPS-format file of 2,000,000 lines into a fresh database holding the referential,
# and, in the same run, sqlite3's own `.import` of the same file into a plain table of a fresh
# database — both timed by GNU time (wall time, CPU time, peak resident memory), the file read
# from the page cache both times. Fails (exit 1) when the import takes 60 s or more or 512 MB of
# memory or more.
#
# The file is generated once (`maillage generate directory --national --lines N`) under
# build/bench-data/national and generated again only when the generator's version or the
# options change; the results go to build/bench-results/rpps_import.md.
#
# Environment:
#   BENCH_RPPS_LINES    lines of the file (default 2000000)
#   BENCH_RPPS_SECONDS  wall-time limit of the import (default 60)
#   BENCH_RPPS_MB       peak-memory limit of the import, MB (default 512)
#   MAILLAGE_PACKAGES   node_modules folder holding the referential packages (default node_modules)
#   MAILLAGE_BIN        the maillage binary (default build/release/maillage, built when missing)
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/../scripts/lib.sh"

LINES="${BENCH_RPPS_LINES:-2000000}"
MAX_SECONDS="${BENCH_RPPS_SECONDS:-60}"
MAX_MB="${BENCH_RPPS_MB:-512}"
PACKAGES="${MAILLAGE_PACKAGES:-$ROOT/node_modules}"
BIN="${MAILLAGE_BIN:-$ROOT/build/release/maillage}"
DATA="$ROOT/build/bench-data/national"
RESULTS="$ROOT/build/bench-results"
TIME=/usr/bin/time

[[ "$LINES" =~ ^[0-9]+$ && "$LINES" -gt 10 ]] || die "BENCH_RPPS_LINES must be a number of lines"
[ -x "$TIME" ] || die "$TIME is missing (Debian package time)"
command -v sqlite3 >/dev/null || die "sqlite3 is not installed (Debian package sqlite3)"
[ -d "$PACKAGES/@etalab/decoupage-administratif" ] || die "no referential packages in $PACKAGES (run scripts/setup)"
[ -x "$BIN" ] || build_release
mkdir -p "$DATA" "$RESULTS"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/maillage-rpps-bench.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

log "Importing the referential into a fresh database"
"$BIN" refdata import --db "$TMP/referential.db" --packages "$PACKAGES" >"$TMP/refdata.log" 2>&1 \
  || { cat "$TMP/refdata.log" >&2; die "referential import failed"; }

log "Generating the national RPPS-format file ($LINES lines; kept in $DATA while the generator is unchanged)"
"$BIN" generate directory --db "$TMP/referential.db" --out "$DATA" --national --lines "$LINES" --if-changed
FILE="$DATA/rpps.txt"
FILE_MB=$(( $(stat -c %s "$FILE") / 1000000 ))

# Runs a command under GNU time; writes "wall_s user_s sys_s peak_kb" to $TMP/time-NAME.
measure() {  # name command…
  local name="$1"
  shift
  cat "$FILE" >/dev/null  # the file in the page cache for both runs
  "$TIME" -f '%e %U %S %M' -o "$TMP/time-$name" "$@" >"$TMP/$name.log" 2>&1 \
    || { tail -20 "$TMP/$name.log" >&2; die "$name failed"; }
}

log "maillage import rpps (fresh database holding the referential)"
cp "$TMP/referential.db" "$TMP/import.db"
measure import "$BIN" import rpps "$FILE" --db "$TMP/import.db"
grep '^imported' "$TMP/import.log" >&2
grep -Eq "^imported .* $LINES lines, " "$TMP/import.log" || die "the import did not read $LINES lines"

log "sqlite3 .import of the same file into a plain table (fresh database)"
COLUMNS_SQL=$(seq -s ', ' -f 'c%g TEXT' 1 53)  # 52 columns and the empty one after the trailing '|'
measure sqlite3 sqlite3 -bail "$TMP/raw.db" \
  "CREATE TABLE raw ($COLUMNS_SQL);" ".separator |" ".import --skip 1 $FILE raw"
ROWS=$(sqlite3 "$TMP/raw.db" "SELECT COUNT(*) FROM raw")
[ "$ROWS" = "$LINES" ] || die "sqlite3 imported $ROWS rows, not $LINES"

read -r I_WALL I_USER I_SYS I_KB <"$TMP/time-import"
read -r S_WALL S_USER S_SYS S_KB <"$TMP/time-sqlite3"
machine() {
  printf '%s, %s cores (nproc), %s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
    "$(nproc)" "$(uname -sr)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
I_MB=$(mb "$I_KB")
VERDICT=$(awk -v s="$I_WALL" -v m="$I_MB" -v ms="$MAX_SECONDS" -v mm="$MAX_MB" \
  'BEGIN { print (s < ms && m < mm) ? "met" : "MISSED" }')
{
  echo "RPPS import benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ) — $(machine); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "File: $FILE ($LINES lines, $FILE_MB MB, generator stamp: $(head -1 "$DATA/generator.txt"))"
  echo
  echo "| run | wall (s) | user CPU (s) | system CPU (s) | peak RSS (MB) |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  echo "| maillage import rpps | $I_WALL | $I_USER | $I_SYS | $I_MB |"
  echo "| sqlite3 .import | $S_WALL | $S_USER | $S_SYS | $(mb "$S_KB") |"
  echo
  echo "maillage/sqlite3 wall-time ratio: $(ratio "$I_WALL" "$S_WALL") (CPU: $(ratio "$(awk -v a="$I_USER" -v b="$I_SYS" 'BEGIN { print a + b }')" \
    "$(awk -v a="$S_USER" -v b="$S_SYS" 'BEGIN { print a + b }')"))."
  echo "Target: import < $MAX_SECONDS s and < $MAX_MB MB: $VERDICT."
} | tee "$RESULTS/rpps_import.md"
[ "$VERDICT" = met ] || die "the RPPS import missed its target ($I_WALL s, $I_MB MB)"
