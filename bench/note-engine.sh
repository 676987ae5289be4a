#!/usr/bin/env bash
# Benchmark: the built-in note engine alone on one core, for a ~1,500-word session.
# Prints time per note (mean, p50, p90, max) and the share spent in the embedding model.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench
bash bench/session-1500.sh > target/bench/session-1500.txt
cp src/test/resources/sessions/plan-anxiety.md target/bench/
echo "# note engine, $(date -u +%F) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), pinned to 1 core"
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" java -XX:ActiveProcessorCount=1 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.notewell.bench.NoteEngineBench target/bench/session-1500.txt "${ITERATIONS:-30}" 2>/dev/null
