#!/usr/bin/env bash
# Lint's speed against the tools a copy desk might use instead, all measured in the same run over the same folder:
#   Lint       Release build (JIT), the full default pack, SARIF written, as bench/run.sh runs it
#   codespell  Debian's word-list spelling checker
#   textlint   with textlint-rule-prh and a news desk's word list (bench/peers/prh.yml)
#   Harper     harper.js (Harper's linter built to WebAssembly) through bench/peers/harper-check.mjs
# Vale is left out: it is a Go program, and no Go toolchain can be installed on the project's machines.
#
#   bench/peers.sh              the 10 MB corpus of one story per file (made by bench/CorpusGenerator)
#   bench/peers.sh 100          the 100 MB corpus
#   bench/peers.sh DIR          any folder of .txt and .md stories
#   PEERS="codespell" bench/peers.sh 100    only these peers (Lint always runs)
#
# A peer that is missing is installed first: codespell with apt-get (when run as root), textlint,
# textlint-rule-prh and harper.js with npm into bench/out/peers (ignored by git), at the versions below; one that
# cannot be installed is reported and skipped. Each tool runs once, after one untimed run of Lint that warms the
# page cache. Prints wall time, MB/s, peak RSS, findings, and how Lint's speed compares with each peer's.
set -euo pipefail
cd "$(dirname "$0")/.."

TEXTLINT_VERSION=15.8.0
PRH_VERSION=6.1.0
HARPER_VERSION=2.10.0

out=bench/out
peers=${PEERS:-codespell textlint harper}
mkdir -p "$out/peers"

for project in src/Lint.Cli bench/CorpusGenerator; do
  dotnet build -c Release "$project" -v quiet -nologo > "$out/build.log" || { cat "$out/build.log"; exit 1; }
done
lint=src/Lint.Cli/bin/Release/net10.0/lint.dll

target=${1:-10}
if [ -d "$target" ]; then
  corpus=$(cd "$target" && pwd)
else
  corpus=$PWD/$out/$target-files
  if [ ! -d "$corpus" ]; then
    dotnet bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll seeds "$corpus" "$target" files > /dev/null
  fi
fi
bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
stories=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)

install_peers() {
  case " $peers " in *" codespell "*)
    if ! command -v codespell > /dev/null && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
      apt-get install -y -q codespell > "$out/peers/apt.log" 2>&1 || echo "codespell: apt-get install failed (see $out/peers/apt.log)" >&2
    fi
  esac
  case " $peers " in *" textlint "* | *" harper "*)
    if [ ! -f "$out/peers/node_modules/.versions-$TEXTLINT_VERSION-$PRH_VERSION-$HARPER_VERSION" ]; then
      [ -f "$out/peers/package.json" ] || echo '{ "private": true }' > "$out/peers/package.json"
      if (cd "$out/peers" && npm install --no-audit --no-fund -s "textlint@$TEXTLINT_VERSION" "textlint-rule-prh@$PRH_VERSION" "harper.js@$HARPER_VERSION" > npm.log 2>&1); then
        touch "$out/peers/node_modules/.versions-$TEXTLINT_VERSION-$PRH_VERSION-$HARPER_VERSION"
      else
        echo "textlint and harper.js: npm install failed (see $out/peers/npm.log)" >&2
      fi
    fi
  esac
}

# measure NAME COUNTER COMMAND...: runs COMMAND under /usr/bin/time; COUNTER reads the findings from its output.
results=()
measure() {
  local name=$1 counter=$2
  shift 2
  local log="$out/peers/$name.out"
  /usr/bin/time -v -o "$out/peers/$name.time" "$@" > "$log" 2>&1 || true
  local wall rss findings
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out/peers/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/peers/$name.time")
  findings=$($counter "$log")
  results+=("$name $wall $rss $findings")
}

count_lint() { grep -c '"ruleId"' "$out/peers/lint.sarif" || true; }
count_lines() { grep -cE ':[0-9]+:' "$1" || true; }
count_harper() { awk '/findings in/ { print $1 }' "$1"; }

install_peers
dotnet "$lint" check "$corpus" --format sarif --output "$out/peers/lint.sarif" --fail-level none > /dev/null 2>&1 || true
measure lint count_lint dotnet "$lint" check "$corpus" --format sarif --output "$out/peers/lint.sarif" --fail-level none

for peer in $peers; do
  case $peer in
    codespell)
      if command -v codespell > /dev/null; then measure codespell count_lines codespell "$corpus"; else echo "codespell: not installed, skipped" >&2; fi ;;
    textlint)
      if [ -x "$out/peers/node_modules/.bin/textlint" ]; then
        # Run from where the rule is installed (textlint loads rules from the working folder's node_modules).
        measure textlint count_lines env -C "$out/peers" node_modules/.bin/textlint --config "$PWD/bench/peers/textlintrc.json" --format unix "$corpus/**/*.{txt,md}"
      else
        echo "textlint: not installed, skipped" >&2
      fi ;;
    harper)
      if [ -d "$out/peers/node_modules/harper.js" ]; then
        cp bench/peers/harper-check.mjs "$out/peers/harper-check.mjs"
        measure harper count_harper node "$out/peers/harper-check.mjs" "$corpus"
      else
        echo "harper: not installed, skipped" >&2
      fi ;;
    *) echo "$peer: no such peer (codespell, textlint, harper)" >&2 ;;
  esac
done

printf '%s: %d stories, %.1f MB\n\n' "$corpus" "$stories" "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')"
printf "| tool | wall (s) | MB/s | peak RSS (MB) | findings | Lint's speed / this tool's |\n| --- | --- | --- | --- | --- | --- |\n"
lint_wall=$(echo "${results[0]}" | cut -d' ' -f2)
for row in "${results[@]}"; do
  read -r name wall rss findings <<< "$row"
  awk -v n="$name" -v b="$bytes" -v w="$wall" -v r="$rss" -v f="$findings" -v l="$lint_wall" \
    'BEGIN { mb = b / 1048576; printf "| %s | %.2f | %.2f | %s | %s | %s |\n", n, w, (w > 0 ? mb / w : 0), r, f, (n == "lint" ? "-" : sprintf("%.2f", (l > 0 ? w / l : 0))) }'
done
