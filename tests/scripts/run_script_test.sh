#!/usr/bin/env bash
# `./scripts/run` on a fresh database: sets up (a no-op when done), imports the referential,
# creates the administrator, serves the UI, the API and the demo; then a SIGTERM stops it
# cleanly. Prints "1 passed, 0 failed" on success.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
tmp=$(mktemp -d)
pid=""
port=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() { echo "FAIL: $*"; echo "--- scripts/run output:"; cat "$tmp/run.log" 2>/dev/null; echo "0 passed, 1 failed"; exit 1; }

# A port below Linux's ephemeral range (32768+), so no outgoing connection can be holding it;
# another start on a new port if it is taken all the same.
start() {
  for candidate in $(shuf -i 20000-32000 -n 5); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then continue; fi
    port=$candidate
    rm -f "$tmp/maillage.db"*
    MAILLAGE_DB="$tmp/maillage.db" MAILLAGE_PORT="$port" "$ROOT/scripts/run" >"$tmp/run.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
      curl -fsS "http://127.0.0.1:$port/api/health" >"$tmp/health.json" 2>/dev/null && return 0
      if ! kill -0 "$pid" 2>/dev/null; then
        pid=""
        grep -q "Address already in use" "$tmp/run.log" && continue 2
        fail "scripts/run exited early"
      fi
      sleep 0.1
    done
    fail "scripts/run did not answer within 60 s"
  done
  fail "no free port found"
}
start

grep -q '"status":"ok"' "$tmp/health.json" || fail "health is not ok: $(cat "$tmp/health.json")"
grep -Eq '"communes":[0-9]{5}' "$tmp/health.json" || fail "the referential was not imported: $(cat "$tmp/health.json")"
curl -fsS "http://127.0.0.1:$port/" | grep -q '<title>' || fail "the UI is not served on /"
curl -fsS "http://127.0.0.1:$port/api/communes?q=marseille%203" | grep -q '13203' || fail "search does not answer"
grep -q "One-time password: " "$tmp/run.log" || fail "the administrator's one-time password was not printed"
curl -fsS -c "$tmp/cookies" -H 'Content-Type: application/json' -d '{"email":"coordination@demo.maillage.test","password":"maillage-demo-coordination"}' \
  "http://127.0.0.1:$port/api/session" | grep -q 'CPTS Démo du Vieux-Port' || fail "the demo coordinator cannot sign in"
grep -Eq "demo: CPTS Marseille 2&3: territory set|the demo is in place" "$tmp/run.log" || fail "the demo territories were not loaded"
# The demo directory: generated for the demo territories, loaded through the real importers, the
# planted malformed lines reported without failing the run.
grep -Eq "imported .*/demo-directory/rpps\.txt .* [1-9][0-9]+ created, .* 4 rejected" "$tmp/run.log" \
  || fail "the demo RPPS extraction was not imported"
grep -q "demo-directory/rpps.txt:[0-9]*: rejected" "$tmp/run.log" || fail "the malformed lines were not reported"
curl -fsS -b "$tmp/cookies" "http://127.0.0.1:$port/api/directory?profession=60&limit=1" | grep -q '"national_id":"8' \
  || fail "the demo directory has no infirmier"
finess=$(sed -n 2p "$tmp/demo-directory/finess.csv" | cut -d';' -f2)
curl -fsS -b "$tmp/cookies" "http://127.0.0.1:$port/api/directory/structures/$finess" | grep -q "\"$finess\"" \
  || fail "the demo FINESS structure $finess was not imported"

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
[ "$status" -eq 0 ] || fail "the server exited with status $status after SIGTERM"
echo "1 passed, 0 failed"
