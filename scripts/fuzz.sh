#!/usr/bin/env bash
# Fuzzes every harness (Jazzer) for a time budget each, seeded from the project's
# fixtures (and ../shared/corpus/real where present), and prints the executions per harness.
#
#   scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]     (default 120 s, every harness)
#
# A harness is CLASS#METHOD of fuzz/src/test/java/io/portex/fuzz (ReaderFuzzTest#netstat,
# TicketFuzzTest#zip, ...), or one of the block readers' differential targets in analyzer-core's
# tests (NetstatBlocksFuzzTest#readsTheSameInBlocks, CsvBlocksFuzzTest#parsesTheSameInBlocks,
# EvtxWaysFuzzTest#decodesAlikeEveryWay: reading in blocks or chunks on threads, or by template,
# must give what the plain serial reading gives). The growing corpus stays in
# fuzz/target/corpus/<harness>/ (runs go on from it); a finding lands in
# fuzz/target/findings/<harness>/ and the script exits 1: fix it, then add the input to the
# <Class>Inputs/<method>/ folder beside the harness's package in its module's test resources
# (fuzz/src/test/resources/io/portex/fuzz/, analyzer-core/src/test/resources/io/portex/core/...) so
# that `mvn verify` replays it. Settings: HEAP (JVM heap, 512m), TIMEOUT (seconds per input, 60: a loaded machine is slow),
# JOBS (harnesses fuzzed at once, 1), SKIP_BUILD=1 reuses the last build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${1:-120}
shift || true
HEAP=${HEAP:-512m}; TIMEOUT=${TIMEOUT:-60}; JOBS=${JOBS:-1}
FUZZ=$ROOT/fuzz/target
RESOURCES=$ROOT/analyzer-core/src/test/resources
REAL=$ROOT/../shared/corpus/real

ALL=(ReaderFuzzTest#netstat ReaderFuzzTest#netshDynamicPort ReaderFuzzTest#netshExcluded
  ReaderFuzzTest#netstatStats ReaderFuzzTest#registry ReaderFuzzTest#tasklist ReaderFuzzTest#netTcpCsv
  ReaderFuzzTest#netTcpTable ReaderFuzzTest#trendCsv ReaderFuzzTest#monitorLog ReaderFuzzTest#perfmonCsv
  ReaderFuzzTest#evtx ReaderFuzzTest#eventXml ReaderFuzzTest#eventCsv ReaderFuzzTest#eventText
  TicketFuzzTest#input TicketFuzzTest#zip NetstatBlocksFuzzTest#readsTheSameInBlocks
  CsvBlocksFuzzTest#parsesTheSameInBlocks EvtxWaysFuzzTest#decodesAlikeEveryWay)
HARNESSES=("$@")
if [ ${#HARNESSES[@]} -eq 0 ]; then HARNESSES=("${ALL[@]}"); fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl fuzz -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$FUZZ/classpath.txt" -Dspotless.check.skip=true
fi
# a frozen copy of the classes: a build during a long session does not change them under the fuzzer
FROZEN=$FUZZ/frozen/$(date +%Y%m%d-%H%M%S)-$$
mkdir -p "$FROZEN"
cp -r "$FUZZ/test-classes" "$FROZEN/fuzz"
cp -r "$ROOT/analyzer-core/target/test-classes" "$FROZEN/analyzer-core-tests"
CLASSPATH=$FROZEN/fuzz:$FROZEN/analyzer-core-tests
for entry in $(tr ':' ' ' < "$FUZZ/classpath.txt"); do
  if [ -d "$entry" ]; then
    module=$(basename "$(dirname "$(dirname "$entry")")")
    cp -r "$entry" "$FROZEN/$module"
    entry=$FROZEN/$module
  fi
  CLASSPATH=$CLASSPATH:$entry
done

# the fixtures each harness starts from: the reader's own folder(s) of test files
seeds_of() {
  case "$1" in
    ReaderFuzzTest#netstat) echo "$RESOURCES/netstat $REAL/netstat" ;;
    ReaderFuzzTest#netshDynamicPort | ReaderFuzzTest#netshExcluded) echo "$RESOURCES/netsh $REAL/netsh" ;;
    ReaderFuzzTest#netstatStats) echo "$RESOURCES/tcpstats" ;;
    ReaderFuzzTest#registry) echo "$RESOURCES/registry" ;;
    ReaderFuzzTest#tasklist) echo "$RESOURCES/tasklist $REAL/tasklist" ;;
    ReaderFuzzTest#netTcpCsv | ReaderFuzzTest#netTcpTable) echo "$RESOURCES/nettcp $REAL/getnettcp" ;;
    ReaderFuzzTest#trendCsv) echo "$RESOURCES/trend" ;;
    ReaderFuzzTest#monitorLog) echo "$RESOURCES/monitor" ;;
    ReaderFuzzTest#perfmonCsv) echo "$RESOURCES/perfmon $REAL/perfmon" ;;
    ReaderFuzzTest#evtx) echo "$REAL/evtx" ;;
    ReaderFuzzTest#eventXml) echo "$RESOURCES/eventxml $REAL/events" ;;
    ReaderFuzzTest#eventCsv) echo "$RESOURCES/eventcsv $REAL/events" ;;
    ReaderFuzzTest#eventText) echo "$RESOURCES/eventtext $REAL/events" ;;
    TicketFuzzTest#input) echo "$RESOURCES" ;;
    TicketFuzzTest#zip) echo "$FUZZ/zip-seeds" ;;
    NetstatBlocksFuzzTest#*) echo "$RESOURCES/netstat $REAL/netstat" ;;
    CsvBlocksFuzzTest#*) echo "$RESOURCES/nettcp $RESOURCES/perfmon $RESOURCES/eventcsv $REAL/getnettcp" ;;
    EvtxWaysFuzzTest#*) echo "$REAL/evtx" ;;
  esac
}

# the class a harness names: the fuzz module's, or a block reader's differential target in analyzer-core
class_of() {
  case "$1" in
    NetstatBlocksFuzzTest) echo io.portex.core.format.netstat.NetstatBlocksFuzzTest ;;
    CsvBlocksFuzzTest) echo io.portex.core.format.CsvBlocksFuzzTest ;;
    EvtxWaysFuzzTest) echo io.portex.core.format.evtx.EvtxWaysFuzzTest ;;
    *) echo "io.portex.fuzz.$1" ;;
  esac
}

# zip seeds: each fixture folder zipped (stored and deflated), and one zip holding another
make_zip_seeds() {
  local out=$FUZZ/zip-seeds
  [ -d "$out" ] && return
  mkdir -p "$out"
  (cd "$RESOURCES" && for d in */; do
    d=${d%/}
    find "$d" -type f -size -8k | head -3 | zip -q -j -X "$out/$d.zip" -@
    find "$d" -type f -size -8k | head -2 | zip -q -0 -j -X "$out/$d-stored.zip" -@
  done)
  (cd "$out" && zip -q -X nested.zip netstat.zip tasklist-stored.zip)
}

run_one() {
  local harness=$1 class=${1%#*} method=${1#*#}
  local corpus=$FUZZ/corpus/$class/$method findings=$FUZZ/findings/$class/$method
  local log=$FUZZ/logs/$class-$method.log dir event_log
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  if [ -z "$(ls -A "$corpus")" ]; then
    for dir in $(seeds_of "$harness"); do
      [ -d "$dir" ] || continue
      find "$dir" -type f -size -16k \( ! -name '*.tsv' ! -name '*.md' ! -name 'LICENSE*' \) \
        -exec cp -t "$corpus" {} + 2>/dev/null || true
      # an event log seeds with its file header and first two chunks (a whole one is ~1 MB)
      for event_log in "$dir"/*.evtx; do
        if [ -f "$event_log" ]; then head -c 135168 "$event_log" > "$corpus/$(basename "$event_log")"; fi
      done
    done
  fi
  local max_len=4096
  [[ $method == evtx || $class == EvtxWaysFuzzTest ]] && max_len=200000
  [ "$method" = zip ] && max_len=65536
  [[ $class == *BlocksFuzzTest ]] && max_len=16384 # many blocks of 8 bytes to 2 KiB, on threads
  local status=0
  (cd "$findings" && java -Xmx"$HEAP" -Xss8m -cp "$CLASSPATH" com.code_intelligence.jazzer.Jazzer \
    --target_class="$(class_of "$class")" --target_method="$method" \
    --instrumentation_includes='io.portex.**' --keep_going=1 \
    "$corpus" -max_total_time="$SECONDS_EACH" -timeout="$TIMEOUT" -max_len="$max_len" \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/") > "$log" 2>&1 || status=$?
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  local found
  found=$(find "$findings" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
    -o -name 'slow-unit-*' \) | wc -l)
  printf '%-34s %12s executions in %4ss, %d finding(s), exit %d (log: %s)\n' \
    "$harness" "${execs:-?}" "$SECONDS_EACH" "$found" "$status" "${log#"$ROOT"/}"
  [ "$found" -eq 0 ]
}

make_zip_seeds
failed=0
running=0
for harness in "${HARNESSES[@]}"; do
  run_one "$harness" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then wait -n || failed=1; running=$((running - 1)); fi
done
while [ "$running" -gt 0 ]; do wait -n || failed=1; running=$((running - 1)); done
exit $failed
