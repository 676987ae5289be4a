#!/usr/bin/env bash
# Benchmark: speech-to-text on this machine.
# 1. Speed: a MINUTES-minute recording (the synthetic test session looped, Opus) transcribed by Vosk's bare
#    Java API on pre-decoded PCM and by Notewell's path (streaming ffmpeg decode + Vosk + serialise/encrypt),
#    in one JVM, one after the other; prints both as multiples of real time and their ratio.
#    (SPEED=0 skips this part.)
# 2. Memory: bin/notewell on a fresh data directory transcribes recordings of LENGTHS minutes (upload ->
#    create -> Done); the server's peak resident memory is sampled every 0.5 s while each one runs.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${MINUTES:-10}"
LENGTHS="${LENGTHS:-10 30 60}"
PORT="${PORT:-18080}"
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench
FFMPEG=target/bench/ffmpeg
if [ ! -x "$FFMPEG" ]; then
  unzip -o -q -j "$(find ~/.m2/repository/ws/schild/jave-nativebin-linux64 -name '*.jar' | head -1)" 'ws/schild/jave/nativebin/ffmpeg-amd64' -d target/bench
  mv target/bench/ffmpeg-amd64 "$FFMPEG"; chmod +x "$FFMPEG"
fi
MODEL=target/bench/model
if [ ! -f "$MODEL/vosk-model-en-0.3.45/.complete" ]; then
  mkdir -p "$MODEL/x" && unzip -o -q target/classes/io/notewell/recording/model/vosk-model-en.aar 'assets/model-en-us/*' -d "$MODEL/x"
  mv "$MODEL/x/assets/model-en-us" "$MODEL/vosk-model-en-0.3.45" && touch "$MODEL/vosk-model-en-0.3.45/.complete" && rm -rf "$MODEL/x"
fi
loop() {  # loop the 75-second session to $1 minutes, as Opus
  local out=target/bench/session-$1min.ogg
  [ -f "$out" ] || "$FFMPEG" -hide_banner -loglevel error -y -stream_loop -1 -i src/test/resources/recordings/session.ogg \
      -t $(( $1 * 60 )) -c:a libopus -b:a 24k "$out"
  echo "$out"
}
echo "# speech-to-text, $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
if [ "${SPEED:-1}" = 1 ]; then
rec=$(loop "$MINUTES")
"$FFMPEG" -hide_banner -loglevel error -y -i "$rec" -ac 1 -ar 16000 -f s16le target/bench/speed.pcm
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.notewell.bench.SpeechBench \
  "$rec" target/bench/speed.pcm "$MODEL/vosk-model-en-0.3.45" 2>/dev/null
rm -f target/bench/speed.pcm
fi

DATA=$(mktemp -d)
trap 'status=$?; set +e; kill $SERVER 2>/dev/null && wait $SERVER 2>/dev/null; rm -rf "$DATA" || true; exit $status' EXIT
NOTEWELL_DATA_DIR="$DATA" NOTEWELL_PORT=$PORT NOTEWELL_SKIP_BUILD=1 bash bin/notewell > target/bench/speech-server.log 2>&1 &
SERVER=$!
until curl -sf "localhost:$PORT/health/ready" | grep -q '"database"'; do sleep 0.2; done
echo "server_idle_rss_mb=$(( $(ps -o rss= -p $SERVER) / 1024 ))"
KEY=$(cat "$DATA/dev-api-key")
H="Authorization: Bearer $KEY"
provider=$(curl -sf "localhost:$PORT/users/providers" -H "$H" -H 'Content-Type: application/json' \
  -d '{"firstName":"Ada","lastName":"Byron","email":"speech-bench@x.example"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["userId"])')
for minutes in $LENGTHS; do
  rec=$(loop "$minutes")
  upload=$(curl -sf -X POST "localhost:$PORT/recording-url" -H "$H")
  put=$(echo "$upload" | python3 -c 'import json,sys; print(json.load(sys.stdin)["uploadUrl"])')
  url=$(echo "$upload" | python3 -c 'import json,sys; print(json.load(sys.stdin)["recordingUrl"])')
  curl -sf -X PUT --data-binary @"$rec" "$put" > /dev/null
  t0=$(date +%s.%N)
  sid=$(curl -sf "localhost:$PORT/sessions" -H "$H" -H 'Content-Type: application/json' -d "{\"providerUserId\":\"$provider\",
    \"clientPronouns\":\"FeminineHer\",\"sessionType\":\"Soap\",\"input\":{\"recording\":{\"recordingUrls\":[\"$url\"],
    \"recordingContent\":\"Recording\"}}}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["sessionId"])')
  peak=0
  while :; do
    rss=$(ps -o rss= -p $SERVER); [ "$rss" -gt "$peak" ] && peak=$rss
    state=$(curl -sf "localhost:$PORT/sessions/$sid" -H "$H" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
    [ "$state" != Processing ] && break
    sleep 0.5
  done
  t1=$(date +%s.%N)
  echo "recording_min=$minutes state=$state create_to_done_s=$(printf %.1f "$(echo "$t1 - $t0" | bc)") x_realtime=$(printf %.2f "$(echo "$minutes * 60 / ($t1 - $t0)" | bc -l)") peak_rss_mb=$(( peak / 1024 ))"
done
grep -h "transcribed:" target/bench/speech-server.log | sed 's/.*INFO: //' | sed 's/Session [0-9a-f-]* /session /'
