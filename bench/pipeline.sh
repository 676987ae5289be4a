#!/usr/bin/env bash
# Benchmark: the whole pipeline on the embedded defaults. Starts bin/notewell on a fresh data directory,
# creates SESSIONS sessions of ~1,500 words one after another (after WARMUP more) and measures for each the time
# from its create request to its session.completed webhook at a receiver on loopback (bench/pipeline_client.py),
# then runs the engine alone in one JVM on the same input and machine, and prints the pipeline's overhead as a
# share of the end-to-end time, start-up time and resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS="${SESSIONS:-20}"
# Steady state: on two cores the server runs the quick compiler only (bin/notewell), which compiles the request,
# transaction and broker paths over the first few hundred sessions; measured on 2026-12-03, the overhead per session
# after 30, 150 and 300 sessions of warm-up was 38, 21 and 15 ms (one run each). A server in service is long past that.
WARMUP="${WARMUP:-300}"
HOOK_PORT="${HOOK_PORT:-18091}"
PORT="${PORT:-18080}"
mvn -q -B -DskipTests package
mkdir -p target/bench
bash bench/session-1500.sh > target/bench/session-1500.txt
cp src/test/resources/sessions/plan-anxiety.md target/bench/
DATA=$(mktemp -d)
trap 'status=$?; set +e; kill $SERVER 2>/dev/null && wait $SERVER 2>/dev/null; rm -rf "$DATA" || true; exit $status' EXIT

started=$(date +%s.%N)
NOTEWELL_DATA_DIR="$DATA" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 NOTEWELL_WEBHOOKS_ALLOW_HTTP=true \
  NOTEWELL_WEBHOOKS_PRIVATE_HOSTS_ALLOWED=127.0.0.1 bash bin/notewell > target/bench/server.log 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health/ready" | grep -q '"database"'; do sleep 0.2; done
ready=$(date +%s.%N)
idle_rss=$(ps -o rss= -p $SERVER)

python3 bench/pipeline_client.py "$PORT" "$HOOK_PORT" "$DATA/dev-api-key" "$SESSIONS" "$WARMUP" target/bench/e2e.txt
busy_rss=$(ps -o rss= -p $SERVER)
kill $SERVER; wait $SERVER 2>/dev/null || true

mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
engine=$(java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.notewell.bench.NoteEngineBench target/bench/session-1500.txt 30 2>/dev/null | sed -n 's/.*note_ms_mean=\([0-9.]*\).*/\1/p')
e2e=$(cat target/bench/e2e.txt)
# the engine's own time inside the server, from its log line per note (the last SESSIONS notes)
read -r waited engine_in_server storing < <(grep -o 'waited [0-9]* ms for a worker, engine [0-9.]* ms, storing [0-9.]* ms' \
  target/bench/server.log | tail -n "$SESSIONS" | awk '{w += $2; e += $8; s += $11} END {print w/NR, e/NR, s/NR}')
echo "# pipeline, $(date -u +%F) on $(nproc) cores, embedded defaults (H2 file, embedded ActiveMQ)"
echo "startup_to_ready_s=$(python3 -c "print(round($ready - $started, 1))")"
echo "engine_alone_ms_mean=$engine (same input, same machine, one JVM)"
echo "end_to_end_ms_mean=$e2e"
echo "engine_in_server_ms_mean=$engine_in_server worker_pickup_ms_mean=$waited storing_ms_mean=$storing"
echo "pipeline_overhead_share=$(python3 -c "print(round(($e2e - $engine_in_server) / $e2e, 3))") (everything but the engine inside the server: HTTP create, encryption, JMS, database, the webhook)"
echo "pipeline_overhead_share_vs_engine_alone=$(python3 -c "print(round(($e2e - $engine) / $e2e, 3))")"
echo "rss_idle_mb=$((idle_rss / 1024)) rss_after_run_mb=$((busy_rss / 1024))"
