#!/usr/bin/env bash
# Batch over CASES generated cases (one netstat loop each), once with --jobs 1 and once with
# --jobs 2: wall time, speed-up, peak RSS and the largest heap after a GC (bounded memory).
# Build first: mvn -B -q package -DskipTests      Settings: CASES (200), SNAPSHOTS (10), ROWS (4000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
PORTEX_JAR=$ROOT/report-cli/target/portex.jar
CASES=${CASES:-200}; SNAPSHOTS=${SNAPSHOTS:-10}; ROWS=${ROWS:-4000}; HEAP=${HEAP:-512m}
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
run() {
  local jobs=$1
  rm -rf "$WORK/out-$jobs"
  /usr/bin/time -f "%e %M" -o "$WORK/time-$jobs" java -Xmx"$HEAP" -XX:+UseParallelGC \
    -Xlog:gc:file="$WORK/gc-$jobs.log" -jar "$PORTEX_JAR" batch "$WORK/root" --out "$WORK/out-$jobs" \
    --jobs "$jobs" > "$WORK/batch-$jobs.out" 2>&1 || true
  grep -E "case\(s\)" "$WORK/batch-$jobs.out" >&2
  read -r seconds rss < "$WORK/time-$jobs"
  heap=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc-$jobs.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
  echo "$jobs $seconds $rss ${heap:-0}"
}
read -r _ one rss1 heap1 < <(run 1)
read -r _ two rss2 heap2 < <(run 2)
diff -r -x index.html -x summary.csv -x summary.json "$WORK/out-1" "$WORK/out-2" > /dev/null \
  && same="identical" || same="DIFFERENT"
awk -v a="$one" -v b="$two" -v r1="$rss1" -v r2="$rss2" -v h1="$heap1" -v h2="$heap2" -v s="$same" 'BEGIN {
  printf "--jobs 1: %6.2f s, peak RSS %d MB, largest heap after GC %d MB\n", a, r1 / 1024, h1
  printf "--jobs 2: %6.2f s, peak RSS %d MB, largest heap after GC %d MB\n", b, r2 / 1024, h2
  printf "speed-up: %.2fx (target >= 1.7); per-case results of both runs: %s\n", a / b, s
}'
