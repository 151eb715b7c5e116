#!/usr/bin/env bash
# Scale test of residue/template's first pass: generates a batch of N
# articles (default 200,000, ~2 KB each) spread over 200 sites, each site's
# articles in its template (scripts/gencorpus -sites), then times `mtlint
# check` with residue/template alone (the first pass, then a check pass that
# looks each line up) against residue/shortcode alone (no first pass): wall
# and CPU seconds and peak resident memory, best of RUNS.
# Usage: scripts/template-scale.sh [N] [RUNS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
runs=${2:-1}
work=${3:-${TMPDIR:-/tmp}/mtlint-templates}
go build -o bin/mtlint ./cmd/mtlint
dir="$work/n$n"
if [ ! -f "$dir/.done" ]; then
  rm -rf "$dir"
  go run ./scripts/gencorpus -n "$n" -sites 200 -size 2000 -out "$dir"
  touch "$dir/.done"
fi
bytes=$(find "$dir/" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
for check in residue/template residue/shortcode; do
  best=""; cpu=""; rss=0
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f '%e %U %S %M' ./bin/mtlint check --disable all --enable "$check" --jobs 2 \
      --format jsonl --fail-on never "$dir" >/dev/null; } 2>&1 | tail -1)
    read -r wall user sys kb <<<"$out"
    c=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; cpu=$c; fi
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  awk -v n="$n" -v b="$bytes" -v c="$check" -v w="$best" -v cpu="$cpu" -v r="$rss" 'BEGIN {
    printf "%-18s %d articles %.0f MB: %.1f s wall, %.1f s CPU, peak RSS %.1f MB\n", c, n, b/1e6, w, cpu, r/1024
  }'
done
