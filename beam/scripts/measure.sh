#!/usr/bin/env bash
# Throughput and peak memory of the Beam pipeline on the prism runner
# against `mtlint check`, over the same files (text, Markdown, HTML), on
# this machine.
# Usage: beam/scripts/measure.sh [DIR] [RUNS]
# DIR (default ../shared/corpus/bbc-dev, from the repository's root) is
# read as DIR/*.txt, DIR/*/*.txt, DIR/*/*.md and DIR/*/*.html (each file
# read by its name, as both programs do by default; a README.md beside the
# folders is not an article). Prints, for the best of RUNS runs of each
# (default 3): wall seconds, MB/s, peak RSS, the ratio of the two
# speeds, and whether their findings are the same records.
# MTLINT= and MTLINT_BEAM= measure given binaries instead of building them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-$root/../shared/corpus/bbc-dev}
runs=${2:-3}
[ -d "$dir" ] || { echo "measure: $dir is not a directory" >&2; exit 2; }
dir=$(cd "$dir" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mtlint=${MTLINT:-$work/mtlint}
beam=${MTLINT_BEAM:-$work/mtlint-beam}
[ -n "${MTLINT:-}" ] || (cd "$root" && go build -o "$mtlint" ./cmd/mtlint)
[ -n "${MTLINT_BEAM:-}" ] || (cd "$root/beam" && go build -o "$beam" ./cmd/mtlint-beam)
shopt -s nullglob
files=()
patterns=()
for g in "*.txt" "*/*.txt" "*/*.md" "*/*.html"; do
  m=("$dir"/$g)
  [ ${#m[@]} -gt 0 ] || continue
  files+=("${m[@]}")
  patterns+=(--files "$dir/$g")
done
[ ${#files[@]} -gt 0 ] || { echo "measure: no articles in $dir or its folders" >&2; exit 2; }
bytes=$(cat "${files[@]}" | wc -c)

# best NAME CMD...: runs CMD RUNS times, keeps the best wall time and the
# largest peak RSS.
best() {
  local name=$1; shift
  local b="" rss=0
  for _ in $(seq "$runs"); do
    local t0 t1 kb secs
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    kb=$(tail -1 "$work/rss")
    t1=$(date +%s%N)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
    if [ -z "$b" ] || awk "BEGIN{exit !($secs < $b)}"; then b=$secs; fi
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  awk -v n="$name" -v by="$bytes" -v s="$b" -v r="$rss" -v k="$runs" 'BEGIN {
    printf "%-26s %d bytes, best of %d: %.3f s, %.2f MB/s, peak RSS %.1f MB\n", n, by, k, s, by/1e6/s, r/1024 }'
  echo "$b" > "$work/$name.secs"
}

cd "$work"
best "mtlint check" "$mtlint" check --format jsonl --fail-on never --no-config "${files[@]}" -o "$work/check.jsonl"
best "mtlint-beam (prism)" "$beam" --runner=prism --no-config "${patterns[@]}" --output "$work/beam"
awk -v a="$(cat "$work/mtlint check.secs")" -v b="$(cat "$work/mtlint-beam (prism).secs")" \
  'BEGIN { printf "pipeline speed / mtlint check speed: %.2f\n", a/b }'
if cmp -s <(sort "$work/check.jsonl") <(sort "$work/beam-findings.jsonl"); then
  echo "findings: the same $(wc -l < "$work/check.jsonl") records"
else
  echo "findings: DIFFERENT ($(wc -l < "$work/check.jsonl") records from mtlint check, $(wc -l < "$work/beam-findings.jsonl") from the pipeline)"
  exit 1
fi
