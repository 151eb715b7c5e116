#!/usr/bin/env bash
# Scale test for batch mode (issue 7): generates synthetic corpora of 2,000 and
# 20,000 articles (~5 KB each) from sentences written for this project, then
# times `mtlint check` over each with --jobs 1 and --jobs 2: files/s, MB/s and
# peak resident memory. Usage: scripts/scale.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-${TMPDIR:-/tmp}/mtlint-scale}
go build -o bin/mtlint ./cmd/mtlint
for n in 2000 20000; do
  dir="$work/n$n"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    go run ./scripts/gencorpus -n "$n" -out "$dir"
    touch "$dir/.done"
  fi
  bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  for jobs in 1 2; do
    best=""; rss=0
    for _ in 1 2 3; do
      t0=$(date +%s%N)
      kb=$( { /usr/bin/time -f '%M' ./bin/mtlint check --jobs "$jobs" --format jsonl --fail-on never "$dir" >/dev/null; } 2>&1 | tail -1)
      t1=$(date +%s%N)
      secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
      if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
      [ "$kb" -gt "$rss" ] && rss=$kb
    done
    awk -v n="$n" -v j="$jobs" -v b="$bytes" -v s="$best" -v r="$rss" 'BEGIN {
      if (s <= 0) s = 0.001
      printf "%6d files %6.1f MB  --jobs %d  %.2f s  %7.0f files/s  %6.1f MB/s  peak RSS %6.1f MB\n", n, b/1e6, j, s, n/s, b/1e6/s, r/1024
    }'
  done
done
