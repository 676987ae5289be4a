#!/usr/bin/env bash
# Benchmark: API throughput and latency on loopback, on PostgreSQL (DB=h2 for the embedded defaults).
# Phase 1, saturation: wrk (2 threads, 32 connections, 20 s after a 5 s warm-up) against the cheapest
#   authenticated endpoint (GET /users/{id}: API-key check + one read), GET /sessions/{id}, GET /sessions
#   (a page of 20) and POST /sessions with a ~1,500-word text input, in that order (the creates queue notes that
#   the workers then write: they run last). Requests/s, p50, p99; the create : cheapest throughput ratio.
# Phase 2, a fresh server and database: hey at half the saturated rate of phase 1 (8 workers, 20 s after 5 s of
#   warm-up at the same rate) for the cheapest endpoint and for create-session: p50, p99 (target for create: p99 < 100 ms).
# The load generator shares the machine's cores with the server; the figures are for the pair.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18080}"
DURATION="${DURATION:-20}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey; }
mvn -q -B -DskipTests package
mkdir -p target/bench
bash bench/session-1500.sh > target/bench/session-1500.txt
DATA=""
SERVER=""
trap 'status=$?; set +e; [ -n "$SERVER" ] && kill $SERVER 2>/dev/null && wait $SERVER 2>/dev/null; [ -n "$DATA" ] && rm -rf "$DATA"; exit $status' EXIT

start() {
  DATA=$(mktemp -d)
  local db_env=()
  if [ "${DB:-postgres}" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS notewell_bench" -c "CREATE DATABASE notewell_bench" >/dev/null
    db_env=(NOTEWELL_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
            NOTEWELL_DB_URL=jdbc:postgresql://127.0.0.1:5432/notewell_bench NOTEWELL_DB_USER=postgres NOTEWELL_DB_PASSWORD=postgres)
  fi
  env "${db_env[@]}" NOTEWELL_DATA_DIR="$DATA" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 \
    NOTEWELL_RATE_LIMIT_USER_REQUESTS_PER_MINUTE=100000000 bash bin/notewell > target/bench/api-server.log 2>&1 &
  SERVER=$!
  until curl -sf "localhost:$PORT/health/ready" | grep -q '"database"'; do sleep 0.2; done
  KEY=$(cat "$DATA/dev-api-key")
  PROVIDER=$(curl -sf "localhost:$PORT/users/providers" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d '{"firstName":"Ada","lastName":"Byron","email":"api-bench@clinic.example"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["userId"])')
  python3 - "$PROVIDER" > target/bench/create-body.json <<'PY'
import json, sys
print(json.dumps({"providerUserId": sys.argv[1], "clientPronouns": "FeminineHer", "sessionType": "Soap",
                  "input": {"text": {"text": open("target/bench/session-1500.txt").read()}}}))
PY
  SESSION=$(curl -sf "localhost:$PORT/sessions" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d @target/bench/create-body.json | python3 -c 'import json,sys;print(json.load(sys.stdin)["sessionId"])')
  # a page's worth of sessions to list
  for _ in $(seq 1 20); do curl -sf -o /dev/null "localhost:$PORT/sessions" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' -d @target/bench/create-body.json; done
}
stop() {
  kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=""; rm -rf "$DATA"; DATA=""
}
cat > target/bench/create.lua <<'LUA'
local f = io.open("target/bench/create-body.json", "r")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
LUA
# wrk: "Requests/sec" and the --latency percentiles; prints "rps p50_ms p99_ms"
saturate() {
  local name=$1; shift
  wrk -t2 -c32 -d5s "$@" > /dev/null
  wrk -t2 -c32 -d"${DURATION}s" --latency "$@" > "target/bench/wrk-$name.txt"
  python3 - "target/bench/wrk-$name.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def ms(v, unit): return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
p = {m.group(1): ms(m.group(2), m.group(3)) for m in re.finditer(r"^\s+(50|99)\.000%\s+([\d.]+)(us|ms|s)", t, re.M)}
if not p:
    p = {m.group(1): ms(m.group(2), m.group(3)) for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)", t, re.M)}
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(f"{rps:.0f} {p['50']:.1f} {p['99']:.1f} {errors.group(1) if errors else 0}")
PY
}
# hey at a fixed total rate over 8 workers; prints "rps p50_ms p99_ms non2xx"
steady() {
  local rate=$1; shift
  local per_worker
  per_worker=$(python3 -c "print(max(1, round($rate / 8)))")
  # hey sends Content-Type text/html by default, which the API refuses with 415: JSON for every request.
  # A warm-up of 5 s at the same rate first, as saturate() has: the server is fresh, and its first seconds of a new
  # path (the quick compiler at work) are not the steady state the target is about.
  hey -z 5s -c 8 -q "$per_worker" -T application/json "$@" > /dev/null
  hey -z "${DURATION}s" -c 8 -q "$per_worker" -T application/json "$@" > target/bench/hey.txt
  python3 - target/bench/hey.txt <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
p = {m.group(1): float(m.group(2)) * 1000 for m in re.finditer(r"(50|99)%+ in ([\d.]+) secs", t)}
codes = re.findall(r"\[(\d{3})\]\s+(\d+) responses", t)
bad = sum(int(n) for c, n in codes if not c.startswith("2"))
print(f"{rps:.0f} {p['50']:.1f} {p['99']:.1f} {bad}")
PY
}

echo "# API, $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), database ${DB:-postgres}, wrk and hey on the same machine"
start
AUTH=(-H "Authorization: Bearer $KEY")
read -r cheap_rps cheap_p50 cheap_p99 cheap_bad < <(saturate cheapest "${AUTH[@]}" "http://127.0.0.1:$PORT/users/$PROVIDER")
read -r get_rps get_p50 get_p99 get_bad < <(saturate get "${AUTH[@]}" "http://127.0.0.1:$PORT/sessions/$SESSION")
read -r list_rps list_p50 list_p99 list_bad < <(saturate list "${AUTH[@]}" "http://127.0.0.1:$PORT/sessions?pageSize=20")
read -r create_rps create_p50 create_p99 create_bad < <(saturate create "${AUTH[@]}" -s target/bench/create.lua "http://127.0.0.1:$PORT/sessions")
stop
echo "saturated (wrk -t2 -c32 -d${DURATION}s): requests/s, p50 ms, p99 ms, non-2xx"
echo "  GET /users/{id} (cheapest)   $cheap_rps  $cheap_p50  $cheap_p99  $cheap_bad"
echo "  GET /sessions/{id}           $get_rps  $get_p50  $get_p99  $get_bad"
echo "  GET /sessions?pageSize=20    $list_rps  $list_p50  $list_p99  $list_bad"
echo "  POST /sessions (1,500 words) $create_rps  $create_p50  $create_p99  $create_bad"
echo "create_to_cheapest_throughput=$(python3 -c "print(round($create_rps / $cheap_rps, 3))") (target >= 0.25)"

start
AUTH=(-H "Authorization: Bearer $KEY")
read -r hc_rps hc_p50 hc_p99 hc_bad < <(steady "$(python3 -c "print($cheap_rps / 2)")" "${AUTH[@]}" "http://127.0.0.1:$PORT/users/$PROVIDER")
read -r hs_rps hs_p50 hs_p99 hs_bad < <(steady "$(python3 -c "print($create_rps / 2)")" "${AUTH[@]}" -m POST \
  -D target/bench/create-body.json "http://127.0.0.1:$PORT/sessions")
stop
echo "at half the saturated rate (hey -c 8 -z ${DURATION}s after 5 s at the same rate, fresh server): requests/s, p50 ms, p99 ms, non-2xx"
echo "  GET /users/{id} (cheapest)   $hc_rps  $hc_p50  $hc_p99  $hc_bad"
echo "  POST /sessions (1,500 words) $hs_rps  $hs_p50  $hs_p99  $hs_bad   (target p99 < 100 ms)"
