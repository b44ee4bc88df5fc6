#!/usr/bin/env bash
# Runs every test of the solution (unit, golden, dis goldens, systematic) and ends with one line
# "N passed, M failed" summed over all test assemblies. Exit status 0 only if nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test GilRuntime.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test assembly:
#   "Passed!  - Failed:     0, Passed:   123, Skipped:     0, Total:   123, Duration: ... - X.dll (net10.0)"
read -r passed failed < <(awk '/^(Passed|Failed)! +- Failed:/ {
    for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
  } END { print p+0, f+0 }' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or the test host failed before any test reported
  echo "dotnet test exited with status $status" >&2
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
