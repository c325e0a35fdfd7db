#!/usr/bin/env bash
# Times `./portex analyze FILE --json OUT` end to end (JVM start-up included) against libevtx's
# `evtxexport` on a large .evtx made of real chunks (the corpus's System logs, repeated), runs
# interleaved: portex, evtxexport, portex, evtxexport, ... Prints the median and best wall time of
# each and portex's MB/s (target: >= 150 MB/s on 2 cores).
#
# Build first: mvn -B -q package -DskipTests      Run: benchmarks/scripts/evtx-vs-evtxexport.sh
# Settings: CHUNKS (default 1024, 67 MB), RUNS (default 5), SHARED (default ../shared from the
# project), PORTEX (default ./portex). Installs Debian's libevtx-utils when evtxexport is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
CHUNKS=${CHUNKS:-1024}
RUNS=${RUNS:-5}
SHARED=${SHARED:-$ROOT/../shared}
PORTEX=${PORTEX:-$ROOT/portex}

[[ -f $BENCH_JAR ]] || { echo "missing $BENCH_JAR: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
if ! command -v evtxexport >/dev/null; then
  echo "evtxexport missing: installing libevtx-utils" >&2
  # apt's download user may not resolve names where root does (seen here): then apt runs as root
  apt_get() {
    if [[ $(id -u) -eq 0 ]]; then apt-get "$@"; else sudo apt-get "$@"; fi
  }
  install_evtx() {
    apt_get "$@" install -y -q libevtx-utils >/dev/null 2>&1 ||
      { apt_get "$@" update -q >/dev/null 2>&1 && apt_get "$@" install -y -q libevtx-utils >/dev/null 2>&1; }
  }
  install_evtx || install_evtx -o APT::Sandbox::User=root ||
    { echo "could not install libevtx-utils (evtxexport)" >&2; exit 2; }
fi

WORK=$(mktemp -d /tmp/portex-evtx.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FILE=$WORK/System.evtx

java -cp "$BENCH_JAR" io.portex.bench.EvtxLogGenerator "$FILE" --chunks "$CHUNKS" --shared "$SHARED"
cat "$FILE" >/dev/null # into the page cache, so that neither side pays for the disk
"$PORTEX" formats "$FILE" >/dev/null # let the launcher build its jar and class archive first

# shellcheck source=timing.sh
. "$(dirname "$0")/timing.sh"

portex_ms=()
export_ms=()
for ((i = 0; i < RUNS; i++)); do
  portex_ms+=("$(time_ms "$PORTEX" analyze "$FILE" --json "$WORK/result.json")")
  export_ms+=("$(time_ms evtxexport "$FILE")")
done

SIZE=$(stat -c %s "$FILE")
read -r PM PB <<<"$(stats "${portex_ms[@]}")"
read -r EM EB <<<"$(stats "${export_ms[@]}")"
awk -v size="$SIZE" -v chunks="$CHUNKS" -v runs="$RUNS" -v pm="$PM" -v pb="$PB" -v em="$EM" -v eb="$EB" \
  -v cores="$(nproc)" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "file:       %.1f MB, %d chunks; %d cores, load average %s\n", size / 1e6, chunks, cores, load
  printf "portex:     median %6.3f s (%4.0f MB/s), best %6.3f s (%4.0f MB/s), %d runs\n", pm / 1000, size / 1e3 / pm, pb / 1000, size / 1e3 / pb, runs
  printf "evtxexport: median %6.3f s (%4.0f MB/s), best %6.3f s (%4.0f MB/s), %d runs\n", em / 1000, size / 1e3 / em, eb / 1000, size / 1e3 / eb, runs
  printf "portex end to end (median): %.0f MB/s, %.1fx evtxexport (target >= 150 MB/s: %s)\n", size / 1e3 / pm, em / pm, (size / 1e3 / pm >= 150 ? "met" : "MISSED")
}'
