# Shared by the interleaved timing scripts (sourced, not run).

# Wall time in ms of one run of a command, output discarded.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# "median best" in ms of the times given
stats() { printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { print ((NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[1] }'; }
