#!/usr/bin/env bash
# Benchmark: webhook delivery on the embedded defaults. Starts bin/notewell on a fresh data directory and a
# receiver (Python, threaded) on loopback that answers every delivery after 50 ms.
# 1. Throughput: EVENTS ping events queued as fast as the API takes them; time from the first request to the
#    last delivery received (target: 1,000 in under 30 s).
# 2. Latency: SESSIONS text sessions; for each, the time from the session's Done (its stateSince) to the
#    receipt of its session.completed webhook; p50 and p99.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${EVENTS:-1000}"
SESSIONS="${SESSIONS:-100}"
PORT="${PORT:-18080}"
HOOK_PORT="${HOOK_PORT:-18090}"
mvn -q -B -DskipTests package
mkdir -p target/bench
DATA=$(mktemp -d)
trap 'status=$?; set +e; kill $SERVER 2>/dev/null && wait $SERVER 2>/dev/null; rm -rf "$DATA" || true; exit $status' EXIT
NOTEWELL_DATA_DIR="$DATA" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 NOTEWELL_WEBHOOKS_ALLOW_HTTP=true \
  NOTEWELL_WEBHOOKS_PRIVATE_HOSTS_ALLOWED=127.0.0.1 NOTEWELL_RATE_LIMIT_USER_REQUESTS_PER_MINUTE=1000000 \
  bash bin/notewell > target/bench/webhooks-server.log 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health/ready" | grep -q '"database"'; do sleep 0.2; done
echo "# webhooks, $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); receiver answers in 50 ms"
python3 - "$PORT" "$HOOK_PORT" "$DATA/dev-api-key" "$EVENTS" "$SESSIONS" <<'PY'
import sys, threading, time
from datetime import datetime
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, "bench")
from benchlib import api, receive_webhooks, text_sessions
port, hook_port, keyfile, events, sessions = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
call = api(port, keyfile)
received = {}
lock = threading.Lock()

def record(headers, event, at):
    with lock:
        received.setdefault(headers["webhook-id"], (at, event))
receive_webhooks(hook_port, record, answer_after_s=0.05)

endpoint = call("POST", "/webhooks/endpoints", {"url": f"http://127.0.0.1:{hook_port}/hooks"})["endpointId"]
def count(kind):
    with lock:
        return sum(1 for _, (_, e) in received.items() if e["type"] == kind)

t0 = time.time()
with ThreadPoolExecutor(8) as pool:
    list(pool.map(lambda _: call("POST", f"/webhooks/endpoints/{endpoint}/test"), range(events)))
queued = time.time()
while count("ping") < events and time.time() - t0 < 300:
    time.sleep(0.05)
done = time.time()
print(f"events={events} delivered={count('ping')} queue_s={queued - t0:.1f} first_request_to_last_delivery_s={done - t0:.1f} "
      f"events_per_s={count('ping') / (done - t0):.0f} (target: 1,000 in < 30 s)")

create = text_sessions(call, "hooks-bench@x.example", open("src/test/resources/sessions/depression-notes.txt").read())
ids = []
for _ in range(sessions):
    ids.append(create())
    time.sleep(0.2)
deadline = time.time() + 300
while count("session.completed") < sessions and time.time() < deadline:
    time.sleep(0.1)
arrivals = {e["data"]["sessionId"]: at for _, (at, e) in received.items() if e["type"] == "session.completed"}
lat = []
for sid in ids:
    s = call("GET", "/sessions/" + sid)
    done_at = datetime.fromisoformat(s["progress"]["stateSince"].replace("Z", "+00:00")).timestamp()
    lat.append((arrivals[sid] - done_at) * 1000)
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
print(f"sessions={sessions} done_to_webhook_ms_p50={p(0.5):.0f} p99={p(0.99):.0f} max={lat[-1]:.0f}")
PY
