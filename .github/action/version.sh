#!/usr/bin/env bash
# Prints Lint's version: the <Version> in the Directory.Build.props of the folder given (default: the root of
# the checkout this script is in). The one place the version is read; action.yml, install.sh, .ci/run and
# the release workflow call it.
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props"
