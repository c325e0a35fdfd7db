#!/usr/bin/env bash
# Batch over CASES generated cases (one netstat loop each), once with --jobs 1 and once with
# --jobs 2, through the ./portex launcher as a user runs it: wall time, speed-up, peak RSS and the
# largest heap after a GC (bounded memory).
# Build first: mvn -B -q package -DskipTests
# Settings: CASES (200), SNAPSHOTS (10), ROWS (4000), HEAP (512m), RUNS (3: the median time is
# reported); JAVA_OPTS adds JVM options.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
CASES=${CASES:-200}; SNAPSHOTS=${SNAPSHOTS:-10}; ROWS=${ROWS:-4000}; HEAP=${HEAP:-512m}; RUNS=${RUNS:-3}
WORK=$(mktemp -d /tmp/portex-batch.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/root"
java -cp "$BENCH_JAR" io.portex.bench.NetstatDumpGenerator "$WORK/one.txt" --snapshots "$SNAPSHOTS" \
  --rows-per-snapshot "$ROWS" > /dev/null
for ((i = 1; i <= CASES; i++)); do
  mkdir -p "$WORK/root/case-$i"
  # every case its own bytes: the seed differs
  java -cp "$BENCH_JAR" io.portex.bench.NetstatDumpGenerator "$WORK/root/case-$i/netstat.txt" \
    --snapshots "$SNAPSHOTS" --rows-per-snapshot "$ROWS" --seed "$i" > /dev/null &
  if (( i % 8 == 0 )); then wait; fi
done
wait
echo "cases: $CASES, $(du -sh "$WORK/root" | cut -f1) of netstat loops ($SNAPSHOTS snapshots x $ROWS rows each)"
"$ROOT/portex" formats "$WORK/one.txt" > /dev/null # the launcher's jar and class archive, untimed
# one run of --jobs N: "seconds peak-RSS-KB largest-heap-after-GC-MB"
run_once() {
  local jobs=$1
  rm -rf "$WORK/out-$jobs"
  PORTEX_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$WORK/gc-$jobs.log ${JAVA_OPTS:-}" \
    /usr/bin/time -f "%e %M" -o "$WORK/time-$jobs" "$ROOT/portex" batch "$WORK/root" \
    --out "$WORK/out-$jobs" --jobs "$jobs" > "$WORK/batch-$jobs.out" 2>&1 || true
  grep -E "case\(s\)" "$WORK/batch-$jobs.out" >&2
  heap=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc-$jobs.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
  echo "$(cat "$WORK/time-$jobs") ${heap:-0}"
}
# RUNS runs of --jobs N, alternating with the other count: "median-seconds max-RSS max-heap"
median() {
  sort -n -k1,1 "$1" | awk '{t[NR] = $1; if ($2 > r) r = $2; if ($3 > h) h = $3}
    END {print t[int((NR + 1) / 2)], r, h}'
}
: > "$WORK/runs-1"; : > "$WORK/runs-2"
for ((r = 0; r < RUNS; r++)); do
  run_once 1 >> "$WORK/runs-1"
  run_once 2 >> "$WORK/runs-2"
done
read -r one rss1 heap1 < <(median "$WORK/runs-1")
read -r two rss2 heap2 < <(median "$WORK/runs-2")
diff -r -x index.html -x summary.csv -x summary.json "$WORK/out-1" "$WORK/out-2" > /dev/null \
  && same="identical" || same="DIFFERENT"
awk -v a="$one" -v b="$two" -v r1="$rss1" -v r2="$rss2" -v h1="$heap1" -v h2="$heap2" -v s="$same" 'BEGIN {
  printf "--jobs 1: %6.2f s (median), peak RSS %d MB, largest heap after GC %d MB\n", a, r1 / 1024, h1
  printf "--jobs 2: %6.2f s (median), peak RSS %d MB, largest heap after GC %d MB\n", b, r2 / 1024, h2
  printf "speed-up: %.2fx (target >= 1.7); per-case results of both runs: %s\n", a / b, s
}'
