#!/usr/bin/env bash
# The unscheduled-care booking benchmark (issue #7, docs/benchmarks.md): booking throughput of
# `maillage serve` under concurrent load, the contention case, and a GET /api/health baseline at
# the same concurrency.
#
# On a temporary copy of the referential fixture (or a fresh `refdata import` when there is none):
# `maillage demo`, an RPPS file of BENCH_SNP_GPS GPs in Marseille 2e (the demo CPTS "CPTS Marseille
# 2&3") imported with `maillage import rpps`, then `maillage serve`. The load client
# (build/…/bench/snp_booking_load, bench/snp_booking_load.cpp) signs in as the demo coordinator,
# publishes the slots and creates the requests, and measures, over keep-alive connections:
#   - for each concurrency: GET /api/health, then BENCH_SNP_BOOKINGS bookings of distinct slots;
#   - at the highest concurrency: BENCH_SNP_CONTENTION requests all on 4 slots (one booking per
#     slot, every other answer a 409).
# wrk measures GET /api/health at the same concurrencies for reference. After the run, with the
# server stopped, sqlite3 checks that no slot is booked twice and that slots and requests agree.
# Results: build/bench-results/snp_booking.md. Exits 1 when a check fails.
#
# Environment:
#   BENCH_SNP_BOOKINGS     bookings per concurrency (default 10000)
#   BENCH_SNP_CONCURRENCY  connections, comma-separated (default 16,64)
#   BENCH_SNP_CONTENTION   requests of the contention case (default 5000)
#   BENCH_SNP_GPS          GPs publishing slots (default 10)
#   BENCH_SERVER_THREADS   maillage threads (default: nproc)
#   MAILLAGE_BIN           the maillage binary (default build/release/maillage, built when missing);
#                          the load client is bench/snp_booking_load next to it
#   MAILLAGE_FIXTURE_DB    the referential fixture (default fixtures/referential.db next to the binary)
#   MAILLAGE_PACKAGES      node_modules folder holding the referential packages (default node_modules)
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/../scripts/lib.sh"

BOOKINGS="${BENCH_SNP_BOOKINGS:-10000}"
CONCURRENCY="${BENCH_SNP_CONCURRENCY:-16,64}"
CONTENTION="${BENCH_SNP_CONTENTION:-5000}"
GPS="${BENCH_SNP_GPS:-10}"
SERVER_THREADS="${BENCH_SERVER_THREADS:-$(nproc)}"
BIN="${MAILLAGE_BIN:-$ROOT/build/release/maillage}"
BUILD_DIR="$(cd "$(dirname "$BIN")" 2>/dev/null && pwd || echo "$ROOT/build/release")"
LOAD="$BUILD_DIR/bench/snp_booking_load"
FIXTURE="${MAILLAGE_FIXTURE_DB:-$BUILD_DIR/fixtures/referential.db}"
PACKAGES="${MAILLAGE_PACKAGES:-$ROOT/node_modules}"
RESULTS="$ROOT/build/bench-results"

[[ "$BOOKINGS" =~ ^[0-9]+$ && "$CONTENTION" =~ ^[0-9]+$ && "$GPS" =~ ^[0-9]+$ ]] || die "BENCH_SNP_* must be numbers"
[[ "$CONCURRENCY" =~ ^[0-9]+(,[0-9]+)*$ ]] || die "BENCH_SNP_CONCURRENCY must be numbers separated by commas"
command -v sqlite3 >/dev/null || die "sqlite3 is not installed (Debian package sqlite3)"
command -v wrk >/dev/null || die "wrk is not installed (Debian package wrk)"
[ -x "$BIN" ] && [ -x "$LOAD" ] || build_release
[ -x "$LOAD" ] || die "no load client at $LOAD (build the snp_booking_load target)"
mkdir -p "$RESULTS"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/maillage-snp-bench.XXXXXX")"
SERVER_PID=""
cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

DB="$TMP/snp.db"
if [ -f "$FIXTURE" ]; then
  cp "$FIXTURE" "$DB"
else
  log "No referential fixture at $FIXTURE: importing the referential"
  "$BIN" refdata import --db "$DB" --packages "$PACKAGES" >"$TMP/refdata.log" 2>&1 \
    || { cat "$TMP/refdata.log" >&2; die "referential import failed"; }
fi
log "Demo data and $GPS GPs in Marseille 2e"
"$BIN" demo --db "$DB" >"$TMP/demo.log" 2>&1 || { cat "$TMP/demo.log" >&2; die "maillage demo failed"; }
"$LOAD" rpps "$TMP/rpps.txt" "$GPS"
"$BIN" import rpps "$TMP/rpps.txt" --db "$DB" >"$TMP/rpps.log" 2>&1 \
  || { cat "$TMP/rpps.log" >&2; die "maillage import rpps failed"; }

log "Starting maillage serve ($SERVER_THREADS threads; request log to a file)"
"$BIN" serve --db "$DB" --host 127.0.0.1 --port 0 --demo --port-file "$TMP/port" --threads "$SERVER_THREADS" \
  >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 300); do [ -s "$TMP/port" ] && break; kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
[ -s "$TMP/port" ] || { cat "$TMP/server.log" >&2; die "maillage serve did not start"; }
PORT=$(cat "$TMP/port")

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "wrk GET /api/health at $CONCURRENCY connections (reference)"
WRK_ROWS=""
for c in ${CONCURRENCY//,/ }; do
  wrk -t2 -c"$c" -d5s --latency "http://127.0.0.1:$PORT/api/health" >"$TMP/wrk-$c.txt"
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$TMP/wrk-$c.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$TMP/wrk-$c.txt")
  WRK_ROWS+="| $c | $rps | $p99 |"$'\n'
done

log "Load client: $BOOKINGS bookings at each of $CONCURRENCY connections, contention with $CONTENTION requests"
STATUS=0
"$LOAD" run --port "$PORT" --gps "$GPS" --bookings "$BOOKINGS" --concurrency "$CONCURRENCY" \
  --contention-requests "$CONTENTION" --contention-slots 4 --out "$TMP/load.md" >/dev/null || STATUS=$?
[ -s "$TMP/load.md" ] || die "the load client failed (exit $STATUS)"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

kill "$SERVER_PID"
wait "$SERVER_PID" || true
SERVER_PID=""

log "Checking the database"
q() { sqlite3 -bail "$DB" "$1"; }
TWICE=$(q "SELECT count(*) FROM (SELECT slot_id FROM snp_requests WHERE slot_id IS NOT NULL GROUP BY slot_id HAVING count(*) > 1)")
SLOT_MISMATCH=$(q "SELECT count(*) FROM snp_slots s WHERE s.status = 'booked' AND NOT EXISTS
  (SELECT 1 FROM snp_requests r WHERE r.id = s.request_id AND r.slot_id = s.id)")
REQUEST_MISMATCH=$(q "SELECT count(*) FROM snp_requests r WHERE r.slot_id IS NOT NULL AND NOT EXISTS
  (SELECT 1 FROM snp_slots s WHERE s.id = r.slot_id AND s.request_id = r.id AND s.status = 'booked')")
BOOKED=$(q "SELECT count(*) FROM snp_slots WHERE status = 'booked'
  AND cpts_id = (SELECT id FROM cpts WHERE name = 'CPTS Marseille 2&3')")
EXPECTED=$(cat "$TMP/load.md.counts")
VERDICT=met
[ "$TWICE" = 0 ] && [ "$SLOT_MISMATCH" = 0 ] && [ "$REQUEST_MISMATCH" = 0 ] && [ "$BOOKED" = "$EXPECTED" ] \
  && [ "$STATUS" = 0 ] || VERDICT=FAILED

machine() {
  printf '%s, %s cores (nproc), %s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
    "$(nproc)" "$(uname -sr)"
}
{
  echo "Unscheduled-care booking benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ) — $(machine); load average before $LOAD_BEFORE, after $LOAD_AFTER"
  echo "maillage serve --threads $SERVER_THREADS (request log to a file, $(grep -c '"event":"request"' "$TMP/server.log" || true) lines); load client: one thread per keep-alive connection, on the same machine"
  echo
  cat "$TMP/load.md"
  echo
  echo "wrk -t2 -d5s GET /api/health (reference):"
  echo
  echo "| connections | requests/s | p99 |"
  echo "| ---: | ---: | ---: |"
  printf '%s' "$WRK_ROWS"
  echo
  echo "Database after the run: $BOOKED booked slots in the CPTS (the client counted $EXPECTED successful bookings);" \
       "slots booked twice: $TWICE; booked slots whose request does not hold them: $SLOT_MISMATCH;" \
       "requests holding a slot not booked for them: $REQUEST_MISMATCH — $VERDICT."
} | tee "$RESULTS/snp_booking.md"
[ "$VERDICT" = met ] || die "the booking benchmark failed its checks"
