#!/usr/bin/env bash
# The Spark job in local[2] against `portex batch --jobs 2` on the same CASES generated cases (one
# netstat loop each; every fourth one zipped): wall time of each, their ratio, and whether every
# output of both runs is the same bytes (result.json, report.html, summary.csv, summary.json,
# index.html). The Spark run counts its whole start-up (JVM, session, stop), as spark-submit would.
# Build first: mvn -B -q package -DskipTests (spark/portex-spark-local builds its classpath once).
# Settings: CASES (500), DISTINCT (25 generated captures, copied round-robin into the cases),
# SNAPSHOTS (5), ROWS (2000), RUNS (3: the median time is reported), HEAP (1g for both).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
CASES=${CASES:-500}; DISTINCT=${DISTINCT:-25}; SNAPSHOTS=${SNAPSHOTS:-5}; ROWS=${ROWS:-2000}
RUNS=${RUNS:-3}; HEAP=${HEAP:-1g}
WORK=$(mktemp -d /tmp/portex-spark-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gen" "$WORK/root"
for ((i = 1; i <= DISTINCT; i++)); do
  java -cp "$BENCH_JAR" io.portex.bench.NetstatDumpGenerator "$WORK/gen/$i.txt" \
    --snapshots "$SNAPSHOTS" --rows-per-snapshot "$ROWS" --seed "$i" > /dev/null &
  if (( i % 4 == 0 )); then wait; fi
done
wait
for ((i = 1; i <= CASES; i++)); do
  name=$(printf 'case-%04d' "$i")
  mkdir -p "$WORK/root/$name"
  cp "$WORK/gen/$(( (i - 1) % DISTINCT + 1 )).txt" "$WORK/root/$name/netstat_loop.txt"
done
# every fourth case as a .zip of its folder
python3 - "$WORK/root" <<'PY'
import os, sys, zipfile, shutil
root = sys.argv[1]
for i, name in enumerate(sorted(os.listdir(root))):
    if i % 4 == 3:
        folder = os.path.join(root, name)
        with zipfile.ZipFile(folder + ".zip", "w", zipfile.ZIP_DEFLATED) as z:
            for f in sorted(os.listdir(folder)):
                z.write(os.path.join(folder, f), f)
        shutil.rmtree(folder)
PY
echo "cases: $CASES ($(ls "$WORK/root" | grep -c '\.zip$') zipped), $(du -sh "$WORK/root" | cut -f1)," \
  "netstat loops of $SNAPSHOTS snapshots x $ROWS rows"
"$ROOT/portex" formats "$WORK/gen/1.txt" > /dev/null # the launcher's jar and class archive, untimed
"$ROOT/spark/portex-spark-local" --help > /dev/null   # the job's jar and classpath, untimed

run_batch() {
  rm -rf "$WORK/batch"
  PORTEX_JAVA_OPTS="-Xmx$HEAP" /usr/bin/time -f "%e" -o "$WORK/t" \
    "$ROOT/portex" batch "$WORK/root" --out "$WORK/batch" --jobs 2 > "$WORK/batch.out" 2>&1 || true
  grep -E "case\(s\)" "$WORK/batch.out" >&2
  cat "$WORK/t" >> "$WORK/runs-batch"
}
run_spark() {
  rm -rf "$WORK/spark"
  SPARK_MASTER='local[2]' PORTEX_JAVA_OPTS="-Xmx$HEAP" /usr/bin/time -f "%e" -o "$WORK/t" \
    "$ROOT/spark/portex-spark-local" --cases "$WORK/root/*" --out "$WORK/spark" --html \
    > "$WORK/spark.out" 2>&1 || true
  grep -E "case\(s\)" "$WORK/spark.out" >&2 || tail -20 "$WORK/spark.out" >&2
  cat "$WORK/t" >> "$WORK/runs-spark"
}
: > "$WORK/runs-batch"; : > "$WORK/runs-spark"
for ((r = 0; r < RUNS; r++)); do
  run_batch
  run_spark
done
median() { sort -n "$1" | awk '{t[NR] = $1} END {print t[int((NR + 1) / 2)]}'; }
batch=$(median "$WORK/runs-batch"); spark=$(median "$WORK/runs-spark")
diff -r -x summary.parquet -x .portex-inputs "$WORK/batch" "$WORK/spark" > "$WORK/diff" \
  && same="identical" || same="DIFFERENT ($(wc -l < "$WORK/diff") lines of diff)"
awk -v b="$batch" -v s="$spark" -v same="$same" -v runs="$(paste -sd' ' "$WORK/runs-batch") / $(paste -sd' ' "$WORK/runs-spark")" 'BEGIN {
  printf "portex batch --jobs 2: %7.2f s (median)\n", b
  printf "Spark local[2]:        %7.2f s (median, start-up included)\n", s
  printf "ratio Spark / batch:   %.2f (target <= 1.5); runs (batch / spark): %s\n", s / b, runs
  printf "outputs of both runs: %s\n", same
}'
