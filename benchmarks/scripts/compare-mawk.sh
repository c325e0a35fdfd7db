#!/usr/bin/env bash
# Compares `./portex analyze FILE --json OUT` (and plain `java -jar`) end to end (JVM start-up included) with a mawk
# one-liner that counts TCP rows per state, on a generated capture of about 75 MB.
# Prints the best wall time of RUNS runs of each and the ratio portex / mawk (target: <= 2).
#
# Build first: mvn -B -q package -DskipTests      Run: benchmarks/scripts/compare-mawk.sh
# Settings: LINES (default 1000000, ~75 MB), RUNS (default 3), JAVA (default java).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
PORTEX_JAR=$ROOT/report-cli/target/portex.jar
LINES=${LINES:-1000000}
RUNS=${RUNS:-3}
JAVA=${JAVA:-java}
MAWK_PROGRAM='$1=="TCP"{s[$4]++} END{for(k in s) print k, s[k]}'

for jar in "$BENCH_JAR" "$PORTEX_JAR"; do
  [[ -f $jar ]] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
done
command -v mawk >/dev/null || { echo "mawk is not installed" >&2; exit 2; }

WORK=$(mktemp -d /tmp/portex-mawk.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FILE=$WORK/netstat-loop.txt

"$JAVA" -cp "$BENCH_JAR" io.portex.bench.NetstatDumpGenerator "$FILE" --lines "$LINES"
cat "$FILE" >/dev/null # into the page cache, so that neither side pays for the disk

# Best wall time in seconds of RUNS runs of a command; its output is discarded.
best_of() {
  local best="" start end elapsed i
  for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    elapsed=$(((end - start) / 1000000))
    if [[ -z $best || $elapsed -lt $best ]]; then best=$elapsed; fi
  done
  awk -v ms="$best" 'BEGIN { printf "%.3f", ms / 1000 }'
}

echo "mawk states:"
mawk "$MAWK_PROGRAM" "$FILE" | sort | sed 's/^/  /'

MAWK_S=$(best_of mawk "$MAWK_PROGRAM" "$FILE")
"$ROOT/portex" formats "$FILE" >/dev/null # let the launcher make its class-data archive first
PORTEX_S=$(best_of "$ROOT/portex" analyze "$FILE" --json "$WORK/result.json")
JAR_S=$(best_of "$JAVA" -jar "$PORTEX_JAR" analyze "$FILE" --json "$WORK/result.json")

SIZE=$(stat -c %s "$FILE")
awk -v size="$SIZE" -v lines="$LINES" -v m="$MAWK_S" -v p="$PORTEX_S" -v j="$JAR_S" -v runs="$RUNS" 'BEGIN {
  printf "file:   %.1f MB, %d lines\n", size / 1e6, lines
  printf "mawk:   %6.3f s  (%.0f MB/s)   best of %d\n", m, size / 1e6 / m, runs
  printf "portex: %6.3f s  (%.0f MB/s)   best of %d, ./portex launcher, JVM start-up included\n", p, size / 1e6 / p, runs
  printf "jar:    %6.3f s  (%.0f MB/s)   best of %d, plain java -jar portex.jar\n", j, size / 1e6 / j, runs
  printf "ratio portex/mawk: %.2f (target <= 2.00: %s)\n", p / m, p / m <= 2 ? "met" : "MISSED"
}'
