#!/usr/bin/env bash
# Notewell's webhook signatures checked by a Node.js receiver that uses the npm package standardwebhooks.
# Starts bin/notewell on a fresh data directory (the WAR must be built), registers the receiver, causes a
# user.created, a session.completed and a ping, and succeeds when all three verified (and a tampered body
# and an old timestamp did not).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
SERVER=""
RECEIVER=""
# The server is waited for before its data directory goes: H2 writes its file on shutdown. The clean-up never decides the
# script's exit status (an EXIT trap's last command would).
cleanup() {
  local status=$?
  set +e
  [ -n "$RECEIVER" ] && kill "$RECEIVER" 2>/dev/null
  [ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; }
  rm -rf "$WORK" || true
  exit $status
}
trap cleanup EXIT
cp src/test/node/package.json src/test/node/receiver.js "$WORK/"
(cd "$WORK" && npm install --no-audit --no-fund --silent)
# Ports the system hands out free now, not fixed ones: a fixed port taken by anything else on the machine (another
# checkout's CI, say) made the server fail to start and this script fail on a missing key, saying nothing of why.
read -r PORT HOOK_PORT < <(python3 -c 'import socket
ss = [socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in ss))')
NOTEWELL_DATA_DIR="$WORK/data" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 NOTEWELL_WEBHOOKS_ALLOW_HTTP=true \
  NOTEWELL_WEBHOOKS_PRIVATE_HOSTS_ALLOWED=127.0.0.1 bash bin/notewell > "$WORK/server.log" 2>&1 &
SERVER=$!
# Ready within five minutes (about 20 s on two idle cores), or the server's own log says why not.
ready=""
for _ in $(seq 1 600); do
  curl -sf "localhost:$PORT/health/ready" | grep -q '"database"' && { ready=1; break; }
  kill -0 "$SERVER" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ] || [ ! -s "$WORK/data/dev-api-key" ]; then
  echo "webhooks check: the server on port $PORT did not become ready; the end of its log:"
  tail -n 60 "$WORK/server.log"
  exit 1
fi
KEY=$(cat "$WORK/data/dev-api-key")
H="Authorization: Bearer $KEY"
curl -sf "localhost:$PORT/webhooks/endpoints" -H "$H" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hooks\"}" > "$WORK/endpoint.json"
python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["secret"])' "$WORK/endpoint.json" > "$WORK/secret"
ENDPOINT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["endpointId"])' "$WORK/endpoint.json")
node "$WORK/receiver.js" $HOOK_PORT "$WORK/secret" user.created,session.completed,ping &
RECEIVER=$!
sleep 1
PROVIDER=$(curl -sf "localhost:$PORT/users/providers" -H "$H" -H 'Content-Type: application/json' \
  -d '{"firstName":"Ada","lastName":"Byron","email":"node-check@clinic.example","partnerUserId":"p-1"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["userId"])')
curl -sf "localhost:$PORT/sessions" -H "$H" -H 'Content-Type: application/json' -d "{\"providerUserId\":\"$PROVIDER\",
  \"clientPronouns\":\"FeminineHer\",\"sessionType\":\"Soap\",\"input\":{\"text\":{\"text\":$(python3 -c 'import json; print(json.dumps(open("src/test/resources/sessions/depression-notes.txt").read()))')}}}" > /dev/null
curl -sf -X POST "localhost:$PORT/webhooks/endpoints/$ENDPOINT/test" -H "$H" > /dev/null
wait $RECEIVER
RECEIVER=""
echo "webhooks verified by the npm standardwebhooks library"
