#!/usr/bin/env bash
# Start-up as a user meets it: `./portex analyze FILE --json OUT` on a 100-row netstat capture
# against `java -version` on the same JVM, runs interleaved (portex, java, portex, java, ...).
# Prints the median and best wall time of each and the gap between the medians (target: within
# 0.15 s).
#
# Build first: mvn -B -q package -DskipTests      Run: benchmarks/scripts/start-up.sh
# Settings: ROWS (default 100), RUNS (default 11), PORTEX (default ./portex), JAVA (default java:
# the JVM the launcher runs).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROWS=${ROWS:-100}
RUNS=${RUNS:-11}
PORTEX=${PORTEX:-$ROOT/portex}
JAVA=${JAVA:-java}

WORK=$(mktemp -d /tmp/portex-start.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FILE=$WORK/netstat.txt
{
  printf '==== 2026-03-11 10:00:00 ====\r\n\r\nActive Connections\r\n\r\n'
  printf '  Proto  Local Address          Foreign Address        State           PID\r\n'
  for ((i = 0; i < ROWS; i++)); do
    printf '  TCP    10.0.0.5:%-13s  10.0.0.9:1433          TIME_WAIT       0\r\n' $((50000 + i))
  done
} >"$FILE"
"$PORTEX" formats "$FILE" >/dev/null # let the launcher build its jar and class archive first

# shellcheck source=timing.sh
. "$(dirname "$0")/timing.sh"

portex_ms=()
java_ms=()
for ((i = 0; i < RUNS; i++)); do
  portex_ms+=("$(time_ms "$PORTEX" analyze "$FILE" --json "$WORK/result.json")")
  java_ms+=("$(time_ms "$JAVA" -version)")
done

read -r PM PB <<<"$(stats "${portex_ms[@]}")"
read -r JM JB <<<"$(stats "${java_ms[@]}")"
awk -v rows="$ROWS" -v runs="$RUNS" -v pm="$PM" -v pb="$PB" -v jm="$JM" -v jb="$JB" \
  -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "capture:       %d rows; %d runs each, interleaved; load average %s\n", rows, runs, load
  printf "portex:        median %.3f s, best %.3f s\n", pm / 1000, pb / 1000
  printf "java -version: median %.3f s, best %.3f s\n", jm / 1000, jb / 1000
  printf "gap (medians): %.3f s (target <= 0.150 s: %s)\n", (pm - jm) / 1000, (pm - jm <= 150 ? "met" : "MISSED")
}'
