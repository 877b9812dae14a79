#!/usr/bin/env bash
# Runs every test of Sakip.Web (unit, database, HTTP) from a fresh clone. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Anything the tests need is installed here, never by hand: browser tests drive Debian's chromium.
if [ -x scripts/ensure-chromium.sh ]; then scripts/ensure-chromium.sh; fi

log=$(mktemp)
set +e
dotnet test Sakip.Web.sln --nologo -v q --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for CI: "Tests: N passed, N failed" summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1) + 0; if ($i == "Passed:") p += $(i+1) + 0 }
     }
     END { printf "Tests: %d passed, %d failed\n", p, f; if (p == 0) exit 1 }' "$log"
summary=$?
rm -f "$log"
# a test project that did not build or crashed has no summary line: say so, whatever the sum above says
if [ "$status" -ne 0 ]; then echo "dotnet test exited with $status: a project failed to build or run (see above)"; fi
[ "$status" -eq 0 ] && [ "$summary" -eq 0 ]
