#!/usr/bin/env bash
# Benchmarks `lint check` with the full default rule pack and SARIF output over generated corpora.
#   bench/run.sh            1, 10, 100 and 1000 MB, one story per file and one big file
#   bench/run.sh 1 10       only these sizes (MB)
#   bench/run.sh --smoke    1 MB only (CI)
# Corpora are generated once into bench/out/ (ignored by git). Reports wall time, MB/s, peak RSS and
# the number of findings.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(1 10 100 1000)
if [ "${1:-}" = "--smoke" ]; then sizes=(1); elif [ $# -gt 0 ]; then sizes=("$@"); fi
out=bench/out
mkdir -p "$out"

for project in src/Lint.Cli bench/CorpusGenerator; do
  dotnet build -c Release "$project" -v quiet -nologo > "$out/build.log" || { cat "$out/build.log"; exit 1; }
done
lint=src/Lint.Cli/bin/Release/net10.0/lint.dll
generator=bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll

printf '| corpus | size (MB) | wall (s) | MB/s | peak RSS (MB) | findings |\n| --- | --- | --- | --- | --- | --- |\n'
for size in "${sizes[@]}"; do
  for layout in files single; do
    if [ "$layout" = single ] && [ "$size" -gt 256 ]; then
      echo "| single | $size | - | - | - | an article may have at most 256 MB: lint check skips it with an error |"
      continue
    fi
    corpus="$out/$size-$layout"
    if [ ! -d "$corpus" ]; then
      dotnet "$generator" seeds "$corpus" "$size" "$layout" > /dev/null
    fi
    bytes=$(du -sb "$corpus" | cut -f1)
    sarif="$out/$size-$layout.sarif"
    /usr/bin/time -v dotnet "$lint" check "$corpus" --format sarif --output "$sarif" --fail-level none 2> "$out/time.log" || { cat "$out/time.log"; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out/time.log")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/time.log")
    findings=$(grep -c '"ruleId"' "$sarif" || true)
    awk -v c="$layout" -v b="$bytes" -v w="$wall" -v r="$rss" -v f="$findings" \
      'BEGIN { mb = b / 1048576; printf "| %s | %.1f | %.2f | %.2f | %s | %s |\n", c, mb, w, (w > 0 ? mb / w : 0), r, f }'
  done
done
