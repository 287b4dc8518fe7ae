#!/usr/bin/env bash
# The lint step of the GitHub Action (action.yml runs it; .ci/run runs it against
# tests/Lint.Cli.Tests/ActionFixture). ONE run of `lint check` gives the annotations (--format github, on
# standard output), the job summary (lint appends it to $GITHUB_STEP_SUMMARY) and SARIF ($RUNNER_TEMP/lint.sarif,
# written even when a rule file or the .lint.yaml is broken, with the errors as toolConfigurationNotifications).
# The inputs override the repository's .lint.yaml only when given: no --fail-level unless INPUT_FAIL_LEVEL is set.
#
# Environment: LINT (the lint command), INPUT_PATHS, INPUT_RULES, INPUT_ARGS, INPUT_FAIL_LEVEL, INPUT_MIN_LEVEL,
# RUNNER_TEMP, GITHUB_OUTPUT (gets exit-code=0|1|2 and sarif-file=PATH). Exits 0: the action's last step fails
# the job by the exit code, after the SARIF upload.
set -uo pipefail
set -f  # paths, rule folders and args are split on white space, never expanded as globs

sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/lint.sarif"
rm -f "$sarif"
args=(check ${INPUT_PATHS:-.} --format github --sarif "$sarif")
if [ -n "${INPUT_FAIL_LEVEL:-}" ]; then args+=(--fail-level "$INPUT_FAIL_LEVEL"); fi
if [ -n "${INPUT_MIN_LEVEL:-}" ]; then args+=(--min-level "$INPUT_MIN_LEVEL"); fi
for folder in ${INPUT_RULES:-}; do args+=(--rules "$folder"); done
args+=(${INPUT_ARGS:-})

status=0
"${LINT:-lint}" "${args[@]}" || status=$?
echo "exit-code=$status" >> "$GITHUB_OUTPUT"
if [ -s "$sarif" ]; then
  echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
else
  echo "::error title=Lint::lint check wrote no SARIF (exit code $status): the arguments were not understood; see the log above."
fi
exit 0
