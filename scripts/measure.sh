#!/usr/bin/env bash
# Whole-process throughput and peak memory of `mtlint check` over a directory.
# Usage: scripts/measure.sh [DIR] [RUNS] [extra mtlint flags...]
# Prints, for the best of RUNS runs: bytes, wall seconds, MB/s and peak RSS.
# MTLINT=path/to/mtlint measures that binary (another build, for an A/B
# comparison) instead of building this tree's.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/bbc-dev}
runs=${2:-5}
shift $(( $# >= 2 ? 2 : $# )) || true
[ -d "$dir" ] || { echo "measure: $dir is not a directory" >&2; exit 2; }
bin=${MTLINT:-bin/mtlint}
[ -n "${MTLINT:-}" ] || go build -o bin/mtlint ./cmd/mtlint
bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' -o -name '*.html' -o -name '*.htm' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}')
best=""
rss=0
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  kb=$( { /usr/bin/time -f '%M' "$bin" check --format json --fail-on never "$@" "$dir" >/dev/null; } 2>&1 | tail -1)
  t1=$(date +%s%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
  if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
  [ "$kb" -gt "$rss" ] && rss=$kb
done
awk -v b="$bytes" -v s="$best" -v r="$rss" -v n="$runs" 'BEGIN {
  if (s <= 0) s = 0.001
  printf "%d bytes, best of %d runs: %.3f s, %.1f MB/s, peak RSS %.1f MB\n", b, n, s, b/1e6/s, r/1024
}'
