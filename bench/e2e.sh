#!/usr/bin/env bash
# Benchmark: end to end under a burst. Starts bin/notewell on a fresh data directory (embedded defaults, or
# PostgreSQL with DB=postgres) and a webhook receiver on loopback, warms up with WARMUP sessions (a batch as
# large as the measured one by default: the JIT is still compiling server code well after 10), then submits
# SESSIONS text sessions of ~1,500 words at once (16 clients) and measures the time from the first create to
# the last session.completed webhook received, and the sessions per minute that makes. Then the note engine
# alone writes the same SESSIONS notes in one JVM with as many threads as the server gives it
# (notewell.note.builtin-threads, 2), once before the server starts and once after it stops: the ratio of the burst
# to the mean of the two is the pipeline's overhead (target <= 1.15). Bracketing, because this shared machine's speed
# drifts within minutes (2026-12-03: one engine run after the burst took 20.1 s where the burst's own engine work had
# needed half as much again). The engine alone runs twice each time: with the server's own JVM settings (bin/notewell:
# on two cores or fewer the quick compiler only), so that the ratio shows the pipeline and not the choice of compiler,
# and with the JVM's defaults (both compilers), whose ratio is printed too.
# Also start-up to ready and resident memory idle and after the run.
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS="${SESSIONS:-200}"
WARMUP="${WARMUP:-$SESSIONS}"
PORT="${PORT:-18080}"
HOOK_PORT="${HOOK_PORT:-18091}"
THREADS="${THREADS:-2}"
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench
bash bench/session-1500.sh > target/bench/session-1500.txt
cp src/test/resources/sessions/plan-anxiety.md target/bench/
# the JIT settings bin/notewell gives the server on this machine
server_jit=()
if [ "$(nproc)" -le 2 ]; then server_jit=(-XX:TieredStopAtLevel=1); fi
engine_batch() {
  java "$@" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.notewell.bench.NoteEngineBatchBench \
    target/bench/session-1500.txt "$SESSIONS" "$THREADS" 2>/dev/null | tail -1
}
engine_before=$(engine_batch -Xmx512m "${server_jit[@]}")
engine_before_default=$(engine_batch)
DATA=$(mktemp -d)
trap 'status=$?; set +e; kill $SERVER 2>/dev/null && wait $SERVER 2>/dev/null; rm -rf "$DATA" || true; exit $status' EXIT
DB_ENV=()
if [ "${DB:-h2}" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS notewell_bench" -c "CREATE DATABASE notewell_bench" >/dev/null
  DB_ENV=(NOTEWELL_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
          NOTEWELL_DB_URL=jdbc:postgresql://127.0.0.1:5432/notewell_bench NOTEWELL_DB_USER=postgres NOTEWELL_DB_PASSWORD=postgres)
fi
started=$(date +%s.%N)
env "${DB_ENV[@]}" NOTEWELL_DATA_DIR="$DATA" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 NOTEWELL_WEBHOOKS_ALLOW_HTTP=true \
  NOTEWELL_WEBHOOKS_PRIVATE_HOSTS_ALLOWED=127.0.0.1 NOTEWELL_RATE_LIMIT_USER_REQUESTS_PER_MINUTE=1000000 \
  NOTEWELL_NOTE_BUILTIN_THREADS=$THREADS bash bin/notewell > target/bench/e2e-server.log 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health/ready" | grep -q '"database"'; do sleep 0.2; done
ready=$(date +%s.%N)
sleep 5
idle_rss=$(ps -o rss= -p $SERVER)
echo "# end to end, $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), database ${DB:-h2}"
python3 - "$PORT" "$HOOK_PORT" "$DATA/dev-api-key" "$SESSIONS" "$WARMUP" "$SERVER" <<'PY'
import os, re, sys, time
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, "bench")
from benchlib import api, session_ends, text_sessions
port, hook_port, keyfile, n, warmup = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
launcher = int(sys.argv[6])

def server_threads():
    """CPU seconds of the server's threads by name (digits dropped), from /proc: the server is the launcher's java child"""
    pids = [launcher] + [int(c) for c in open(f"/proc/{launcher}/task/{launcher}/children").read().split()]
    java = next(p for p in pids if open(f"/proc/{p}/comm").read().strip() == "java")
    groups = {}
    for task in os.listdir(f"/proc/{java}/task"):
        try:
            comm = open(f"/proc/{java}/task/{task}/comm").read().strip()
            fields = open(f"/proc/{java}/task/{task}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = re.sub(r"[-#\d\s]+$", "", comm) or comm
        groups[name] = groups.get(name, 0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return groups
call = api(port, keyfile)
ends = session_ends(call, hook_port)
create = text_sessions(call, "e2e@x.example", open("target/bench/session-1500.txt").read(), open("target/bench/plan-anxiety.md").read())
with ThreadPoolExecutor(16) as clients:
    ends.wait_for(list(clients.map(create, range(warmup))))     # warm-up
    cpu_before, client_before = server_threads(), sum(os.times()[:2])
    t0 = time.time()
    ids = list(clients.map(create, range(n)))
    created = time.time()
ended = ends.wait_for(ids)
last = max(at for at, _ in ended)
failed = sum(1 for _, kind in ended if kind != "session.completed")
total = last - t0
print(f"sessions={n} failed={failed} creates_took_s={created - t0:.2f} first_create_to_last_webhook_s={total:.2f} "
      f"sessions_per_min={n / total * 60:.0f}")
open("target/bench/e2e-total.txt", "w").write(str(total))
cpu_after, client_cpu = server_threads(), sum(os.times()[:2]) - client_before
used = {name: cpu_after[name] - cpu_before.get(name, 0) for name in cpu_after}
print(f"cpu_s: server={sum(used.values()):.1f} load_generator_and_receiver={client_cpu:.1f} (of {os.cpu_count() * total:.1f} core-seconds); "
      "server by thread: " + ", ".join(f"{k}={v:.1f}" for k, v in sorted(used.items(), key=lambda kv: -kv[1])[:8]))
PY
busy_rss=$(ps -o rss= -p $SERVER)
kill $SERVER; wait $SERVER 2>/dev/null || true
engine_after=$(engine_batch -Xmx512m "${server_jit[@]}")
engine_after_default=$(engine_batch)
echo "before: $engine_before (the engine alone, one JVM with the server's settings: -Xmx512m ${server_jit[*]}, same input and machine, before the server started)"
echo "after:  $engine_after (the same, after it stopped)"
echo "before, JVM defaults: $engine_before_default"
echo "after, JVM defaults:  $engine_after_default"
total=$(cat target/bench/e2e-total.txt)
# ratio NAME BEFORE AFTER: the burst against the mean of the engine's two runs, and against each
ratio() {
  local before_s after_s
  before_s=$(echo "$2" | sed -n 's/.*engine_batch_s=\([0-9.]*\).*/\1/p')
  after_s=$(echo "$3" | sed -n 's/.*engine_batch_s=\([0-9.]*\).*/\1/p')
  echo "$1=$(python3 -c "print(round($total / (($before_s + $after_s) / 2), 3))") (against the engine before" \
    "$(python3 -c "print(round($total / $before_s, 3))"), after $(python3 -c "print(round($total / $after_s, 3))"))"
}
ratio pipeline_to_engine_ratio "$engine_before" "$engine_after"
echo "  (target <= 1.15: the engine alone with the server's JVM settings)"
ratio pipeline_to_engine_ratio_jvm_defaults "$engine_before_default" "$engine_after_default"
echo "startup_to_ready_s=$(python3 -c "print(round($ready - $started, 1))") rss_idle_mb=$((idle_rss / 1024)) rss_after_run_mb=$((busy_rss / 1024))"
