#!/usr/bin/env bash
# Cold start of the NativeAOT build: publishes src/Lint.Cli with -p:PublishAot=true into bench/out/aot
# (ignored by git), then starts `lint check STORY --format sarif --output FILE` N times, each a new
# process, and prints the median, min and max wall time and the peak RSS.
#   bench/coldstart.sh                 20 runs on the first seed story
#   bench/coldstart.sh 50              50 runs
#   bench/coldstart.sh 50 story.md     50 runs on another article
#   LINT_NO_PUBLISH=1 bench/coldstart.sh   time the binary already in bench/out/aot
# Wall time is taken with bash's EPOCHREALTIME around each run (so it includes fork and exec); two
# untimed runs first warm the page cache. Other work on the machine shows up in the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20}
story=${2:-$(find seeds -maxdepth 1 -name '*.txt' | sort | head -n 1)}
out=bench/out/aot
mkdir -p "$out"

if [ -z "${LINT_NO_PUBLISH:-}" ]; then
  # Its own artifacts folder, so the AOT build never touches the obj/ and bin/ of the ordinary build.
  dotnet publish src/Lint.Cli -c Release --use-current-runtime -p:PublishAot=true -o "$out" \
    --artifacts-path bench/out/aot-build -v quiet -nologo \
    > bench/out/aot-publish.log 2>&1 || { cat bench/out/aot-publish.log; exit 1; }
fi
lint="$out/lint"
sarif=$(mktemp)
trap 'rm -f "$sarif" "$sarif.times" "$sarif.rss"' EXIT

for _ in 1 2; do "$lint" check "$story" --format sarif --output "$sarif" --fail-level none; done
for _ in $(seq "$runs"); do
  start=$EPOCHREALTIME
  "$lint" check "$story" --format sarif --output "$sarif" --fail-level none
  end=$EPOCHREALTIME
  echo "$start $end" | awk '{ printf "%.1f\n", ($2 - $1) * 1000 }' >> "$sarif.times"
done
/usr/bin/time -f '%M' -o "$sarif.rss" "$lint" check "$story" --format sarif --output "$sarif" --fail-level none

sort -n "$sarif.times" | awk -v story="$story" -v rss="$(cat "$sarif.rss")" '
  { t[NR] = $1 }
  END {
    median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "lint check %s (NativeAOT), %d runs: median %.1f ms, min %.1f ms, max %.1f ms, peak RSS %.0f MB\n", story, NR, median, t[1], t[NR], rss / 1024
  }'
