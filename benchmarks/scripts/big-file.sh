#!/usr/bin/env bash
# Analyzes a generated 1 GB capture with a 256 MB heap: `java -Xmx256m -jar portex.jar analyze
# FILE --json OUT`. Prints wall time, exit code, peak RSS and the peak heap seen by the GC log.
# The target: it finishes (exit 0) without OutOfMemoryError.
#
# Build first: mvn -B -q package -DskipTests      Run: benchmarks/scripts/big-file.sh
# Settings: SIZE (default 1g), HEAP (default 256m), JAVA (default java), KIND (netstat, the
# default: a netstat loop; pcap or pcapng: a packet capture of short connections, CaptureGenerator;
# evtx: a log of the shared corpus's real System chunks, repeated; SHARED names the shared folder,
# default ../shared).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
PORTEX_JAR=$ROOT/report-cli/target/portex.jar
SIZE=${SIZE:-1g}
HEAP=${HEAP:-256m}
JAVA=${JAVA:-java}
KIND=${KIND:-netstat}
SHARED=${SHARED:-$ROOT/../shared}

for jar in "$BENCH_JAR" "$PORTEX_JAR"; do
  [[ -f $jar ]] || { echo "missing $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/portex-big.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/result.json
case $KIND in
  netstat)
    FILE=$WORK/netstat-loop.txt
    "$JAVA" -cp "$BENCH_JAR" io.portex.bench.NetstatDumpGenerator "$FILE" --bytes "$SIZE" ;;
  pcap | pcapng)
    FILE=$WORK/short-connections.$KIND
    "$JAVA" -cp "$BENCH_JAR" io.portex.bench.CaptureGenerator "$FILE" --bytes "$SIZE" --format "$KIND" ;;
  evtx)
    FILE=$WORK/System.evtx
    "$JAVA" -cp "$BENCH_JAR" io.portex.bench.EvtxLogGenerator "$FILE" --bytes "$SIZE" --shared "$SHARED" ;;
  *) echo "KIND is netstat, pcap, pcapng or evtx" >&2; exit 2 ;;
esac

COMMAND=("$JAVA" "-Xmx$HEAP" "-Xlog:gc:file=$WORK/gc.log" -jar "$PORTEX_JAR" analyze "$FILE" --json "$OUT")
set +e
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -v -o "$WORK/time.txt" "${COMMAND[@]}" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"
  EXIT=$?
  WALL=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt")
  RSS_KB=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
  RSS="$((RSS_KB / 1024)) MB"
else
  TIMEFORMAT=%R
  { time "${COMMAND[@]}" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"; } 2>"$WORK/wall.txt"
  EXIT=$?
  WALL="$(cat "$WORK/wall.txt") s"
  RSS="unknown (no /usr/bin/time)"
fi
set -e

PEAK_HEAP=$(grep -oE '[0-9]+M->' "$WORK/gc.log" | sed 's/M->//' | sort -n | tail -1)
LIVE_HEAP=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
GCS=$(grep -c 'Pause' "$WORK/gc.log" || true)
OOM=$(grep -c 'OutOfMemoryError' "$WORK/stderr.txt" || true)

echo "file:       $(stat -c %s "$FILE") bytes ($KIND)$([[ $KIND == netstat ]] && echo ", $(wc -l <"$FILE") lines"), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command:    java -Xmx$HEAP -jar portex.jar analyze FILE --json OUT"
echo "wall time:  $WALL"
echo "exit code:  $EXIT"
echo "peak RSS:   $RSS"
echo "peak heap:  ${PEAK_HEAP:-?} MB before a GC, ${LIVE_HEAP:-?} MB at most after one (max $HEAP), $GCS GC pauses"
echo "OOM:        $([[ $OOM -gt 0 ]] && echo yes || echo no)"
if [[ -s $OUT ]]; then
  echo "JSON:       $(stat -c %s "$OUT") bytes; $(grep -m1 '"records"' "$OUT" | tr -s ' ')" \
    "$(grep -c '"timeSource"' "$OUT") snapshots, $(grep -c '"attemptsPerSecond"' "$OUT") captures"
fi
if [[ -s $WORK/stderr.txt ]]; then
  echo "stderr:"
  head -20 "$WORK/stderr.txt" | sed 's/^/  /'
fi
[[ $EXIT == 0 && $OOM == 0 ]]
