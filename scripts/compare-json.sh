#!/usr/bin/env bash
# Checks that this tree's portex writes the same JSON bytes as another build (main by default) for
# every sample folder, every sample file, every file of the shared corpus (../shared/corpus/real),
# and, given EXTRA paths, those too. The other build is made from `git archive BASE` in a temporary
# folder (nothing is installed into ~/.m2). Exit 0 when every JSON is byte for byte the same.
#
# Run: scripts/compare-json.sh [EXTRA PATH...]      Settings: BASE (default main), SHARED.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${BASE:-main}
SHARED=${SHARED:-$ROOT/../shared}
WORK=$(mktemp -d /tmp/portex-json.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

build() { # folder
  (cd "$1" && mvn -B -q -Dstyle.color=never package -DskipTests -Dspotless.check.skip=true \
    -Djacoco.skip=true -pl analyzer-core,report-cli -am >&2)
}

echo "building $BASE and this tree ..." >&2
mkdir -p "$WORK/base"
git -C "$ROOT" archive "$BASE" | tar -x -C "$WORK/base"
build "$WORK/base"
build "$ROOT"
BASE_JAR=$WORK/base/report-cli/target/portex.jar
THIS_JAR=$ROOT/report-cli/target/portex.jar

inputs=()
for sample in "$ROOT"/samples/*/; do
  inputs+=("${sample%/}")
  while IFS= read -r -d '' file; do inputs+=("$file"); done < <(find "$sample" -type f ! -name README.md -print0 | sort -z)
done
if [[ -d $SHARED/corpus/real ]]; then
  while IFS= read -r -d '' file; do inputs+=("$file"); done < <(find "$SHARED/corpus/real" -type f -print0 | sort -z)
else
  echo "no $SHARED/corpus/real: samples only" >&2
fi
inputs+=("$@")

same=0
differ=0
for input in "${inputs[@]}"; do
  status_base=0
  status_this=0
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$BASE_JAR" analyze "$input" --json "$WORK/base.json" >/dev/null 2>&1 || status_base=$?
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$THIS_JAR" analyze "$input" --json "$WORK/this.json" >/dev/null 2>&1 || status_this=$?
  if [[ $status_base -eq $status_this ]] && cmp -s "$WORK/base.json" "$WORK/this.json"; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "DIFFERS: $input (exit $status_base on $BASE, $status_this here)"
    diff <(tr ',' '\n' < "$WORK/base.json") <(tr ',' '\n' < "$WORK/this.json") | head -n 10 || true
  fi
  rm -f "$WORK/base.json" "$WORK/this.json"
done
echo "JSON compared with $BASE ($(git -C "$ROOT" rev-parse --short "$BASE")): $same the same, $differ different, of ${#inputs[@]} inputs"
[[ $differ -eq 0 ]]
