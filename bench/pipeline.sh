#!/usr/bin/env bash
# Benchmark: the whole pipeline on the embedded defaults. Starts bin/notewell on a fresh data directory,
# creates SESSIONS sessions of ~1,500 words one after another and measures create -> Done for each
# (polling every 10 ms), then runs the engine alone in one JVM on the same input and machine, and prints
# the pipeline's overhead as a share of the end-to-end time, start-up time and resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS="${SESSIONS:-20}"
PORT="${PORT:-18080}"
mvn -q -B -DskipTests package
mkdir -p target/bench
bash bench/session-1500.sh > target/bench/session-1500.txt
cp src/test/resources/sessions/plan-anxiety.md target/bench/
DATA=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT

started=$(date +%s.%N)
NOTEWELL_DATA_DIR="$DATA" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 bash bin/notewell > target/bench/server.log 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health/ready" | grep -q '"database"'; do sleep 0.2; done
ready=$(date +%s.%N)
idle_rss=$(ps -o rss= -p $SERVER)

python3 - "$PORT" "$DATA/dev-api-key" "$SESSIONS" <<'PY'
import json, sys, time, urllib.request
port, keyfile, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
key = open(keyfile).read().strip()
base = f"http://127.0.0.1:{port}"
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())
provider = call("POST", "/users/providers", {"firstName": "Ada", "lastName": "Byron", "email": "bench@x.example"})["userId"]
text = open("target/bench/session-1500.txt").read()
plan = open("target/bench/plan-anxiety.md").read()
def one():
    t0 = time.perf_counter()
    sid = call("POST", "/sessions", {"providerUserId": provider, "clientPronouns": "FeminineHer", "sessionType": "Soap",
                                     "input": {"text": {"text": text}}, "externalTreatmentPlan": plan})["sessionId"]
    while True:
        s = call("GET", "/sessions/" + sid)
        if s["state"] != "Processing":
            assert s["state"] == "Done", s
            return (time.perf_counter() - t0) * 1000
        time.sleep(0.01)
for _ in range(3):
    one()   # warm-up
times = sorted(one() for _ in range(n))
print(f"end_to_end_ms_mean={sum(times)/n:.1f} end_to_end_ms_p50={times[n//2]:.1f} end_to_end_ms_max={times[-1]:.1f} sessions={n}")
with open("target/bench/e2e.txt", "w") as f:
    f.write(str(sum(times) / n))
PY
busy_rss=$(ps -o rss= -p $SERVER)
kill $SERVER; wait $SERVER 2>/dev/null || true

mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
engine=$(java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.notewell.bench.NoteEngineBench target/bench/session-1500.txt 30 2>/dev/null | sed -n 's/.*note_ms_mean=\([0-9.]*\).*/\1/p')
e2e=$(cat target/bench/e2e.txt)
# the engine's own time inside the server, from its log line per note (the last SESSIONS notes)
engine_in_server=$(grep -o 'engine [0-9]* ms' target/bench/server.log | tail -n "$SESSIONS" | awk '{s+=$2} END {print s/NR}')
waited=$(grep -o 'waited [0-9]* ms' target/bench/server.log | tail -n "$SESSIONS" | awk '{s+=$2} END {print s/NR}')
echo "# pipeline, $(date -u +%F) on $(nproc) cores, embedded defaults (H2 file, embedded ActiveMQ)"
echo "startup_to_ready_s=$(python3 -c "print(round($ready - $started, 1))")"
echo "engine_alone_ms_mean=$engine (same input, same machine, one JVM)"
echo "end_to_end_ms_mean=$e2e"
echo "engine_in_server_ms_mean=$engine_in_server worker_pickup_ms_mean=$waited"
echo "pipeline_overhead_share=$(python3 -c "print(round(($e2e - $engine_in_server) / $e2e, 3))") (everything but the engine inside the server: HTTP create, encryption, JMS, database, polling at 10 ms)"
echo "pipeline_overhead_share_vs_engine_alone=$(python3 -c "print(round(($e2e - $engine) / $e2e, 3))")"
echo "rss_idle_mb=$((idle_rss / 1024)) rss_after_run_mb=$((busy_rss / 1024))"
