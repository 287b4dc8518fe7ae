#!/usr/bin/env bash
# The install step of the GitHub Action (action.yml runs it when the tool is not in the cache; .ci/run runs it
# both ways). Installs the .NET tool Newsroom.Lint at LINT_VERSION into TOOL_PATH from NuGet.org (and
# INPUT_TOOL_SOURCE, a feed or a folder of packages, when given). When that version is on no feed (a commit
# of the action not yet released) and it is the version of the action's own source, the tool is packed from
# that source instead: once per version, as the action caches TOOL_PATH. No build happens on a cache hit.
#
# Environment: TOOL_PATH, LINT_VERSION, INPUT_TOOL_SOURCE (optional), LINT_SOURCE (the action's checkout;
# default GITHUB_ACTION_PATH), RUNNER_TEMP. Exits non-zero, with an ::error line, when no tool could be installed.
set -uo pipefail

source_root="${LINT_SOURCE:-${GITHUB_ACTION_PATH:-}}"
temp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
feeds=()
if [ -n "${INPUT_TOOL_SOURCE:-}" ]; then feeds=(--add-source "$INPUT_TOOL_SOURCE"); fi

if dotnet tool install --tool-path "$TOOL_PATH" Newsroom.Lint --version "$LINT_VERSION" "${feeds[@]}"; then
  echo "Installed Newsroom.Lint $LINT_VERSION from NuGet.org${INPUT_TOOL_SOURCE:+ or $INPUT_TOOL_SOURCE}."
  exit 0
fi

own_version=""
if [ -n "$source_root" ] && [ -f "$source_root/Directory.Build.props" ]; then
  own_version=$(bash "$(dirname "${BASH_SOURCE[0]}")/version.sh" "$source_root")
fi
if [ -z "$own_version" ] || [ "$own_version" != "$LINT_VERSION" ]; then
  echo "::error title=Lint::Newsroom.Lint $LINT_VERSION could not be installed from NuGet${INPUT_TOOL_SOURCE:+ or $INPUT_TOOL_SOURCE}, and the action's own source is version ${own_version:-unknown}: give a published 'version', or a 'tool-source' that holds it."
  exit 1
fi

echo "::notice title=Lint::Newsroom.Lint $LINT_VERSION is not on a feed yet: packing it from the action's source (once; the tool is cached)."
packages="$temp/lint-nupkg"
if dotnet pack "$source_root/src/Lint.Cli" -c Release -o "$packages" -nologo -v quiet \
  && dotnet tool install --tool-path "$TOOL_PATH" Newsroom.Lint --version "$LINT_VERSION" --add-source "$packages"; then
  echo "Installed Newsroom.Lint $LINT_VERSION packed from the action's source."
  exit 0
fi
echo "::error title=Lint::Newsroom.Lint $LINT_VERSION could not be packed from the action's source; see the log above."
exit 1
