#!/usr/bin/env bash
# Whole-process timings of `mtlint check --format json` on the shapes of
# issue 16 (texts from scripts/genshapes, random English sentences written
# for this project): sentences one per paragraph (100,000 of them give the
# reference rate, steadier than 8,000's), 8,000 of them as one paragraph on
# one line, and N copies of a sentence with a finding on one line,
# N = 2,000 ... 200,000. Prints, for
# the best of RUNS runs, the size, the time, MB/s and the time relative to
# the reference rate per MB (linear: about 1, the issue asks at most 2),
# both as measured and net of the start-up time (the time to check a file
# of one sentence), which dominates the smallest files, and in CPU time
# (user + system, net of start-up), which a busy machine disturbs less.
# /usr/bin/time (GNU time) is needed; CPU times are to 10 ms.
# Usage: scripts/shapes.sh [RUNS] [MTLINT] [extra mtlint flags...]
# (MTLINT defaults to a build of this checkout; --max-findings 0 is passed
# so that no finding is cut.)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
bin=${2:-bin/mtlint}
shift $(( $# >= 2 ? 2 : $# )) || true
work=${TMPDIR:-/tmp}/mtlint-shapes
mkdir -p "$work"
if [ "$bin" = bin/mtlint ]; then go build -o bin/mtlint ./cmd/mtlint; fi
go build -o "$work/genshapes" ./scripts/genshapes
gen() { [ -s "$work/$1.txt" ] || "$work/genshapes" "${@:2}" > "$work/$1.txt"; }
gen sentences-100000 -shape sentences -n 100000
gen sentences-8000 -shape sentences -n 8000
gen line-8000 -shape line -n 8000
for n in 2000 4000 8000 16000 200000; do
  gen "copies-$n" -copies "The minister said , it was fine." -n "$n"
done
printf 'The port reopened on Monday.\n' > "$work/one.txt"
flags=(check --format json --fail-on never)
if "$bin" check --help 2>&1 | grep -q -- --max-findings; then flags+=(--max-findings 0); fi
best_of() { # best wall time and best CPU time (user + system) of RUNS runs, in seconds
  local best="" cpu="" t0 t1 wall c
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    c=$( { /usr/bin/time -f '%U %S' "$bin" "${flags[@]}" "${extra[@]}" "$1" > /dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
    t1=$(date +%s%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; fi
    if [ -z "$cpu" ] || awk "BEGIN{exit !($c < $cpu)}"; then cpu=$c; fi
  done
  echo "$best $cpu"
}
extra=("$@")
read -r start startcpu < <(best_of "$work/one.txt")
echo "start-up (a file of one sentence): $start s wall, $startcpu s CPU"
echo "file             size      wall     MB/s  ×ref/MB | net of start-up: wall  ×ref/MB | CPU (user+sys)  ×ref/MB"
ref="" refnet="" refcpu=""
for f in sentences-100000 sentences-8000 line-8000 copies-2000 copies-4000 copies-8000 copies-16000 copies-200000; do
  bytes=$(stat -c %s "$work/$f.txt")
  read -r best cpu < <(best_of "$work/$f.txt")
  net=$(awk -v s="$best" -v u="$start" 'BEGIN { n = s - u; if (n < 0.005) n = 0.005; print n }')
  cnet=$(awk -v s="$cpu" -v u="$startcpu" 'BEGIN { n = s - u; if (n < 0.005) n = 0.005; print n }')
  if [ -z "$ref" ]; then
    ref=$(awk -v b="$bytes" -v s="$best" 'BEGIN { print s / b }')
    refnet=$(awk -v b="$bytes" -v s="$net" 'BEGIN { print s / b }')
    refcpu=$(awk -v b="$bytes" -v s="$cnet" 'BEGIN { print s / b }')
  fi
  awk -v f="$f" -v b="$bytes" -v s="$best" -v n="$net" -v c="$cnet" -v r="$ref" -v rn="$refnet" -v rc="$refcpu" 'BEGIN {
    printf "%-15s %5.2f MB %7.3f s %6.2f %6.2f× | %7.3f s %6.2f× | %7.3f s %6.2f×\n", f, b/1e6, s, b/1e6/s, (s/b)/r, n, (n/b)/rn, c, (c/b)/rc
  }'
done
