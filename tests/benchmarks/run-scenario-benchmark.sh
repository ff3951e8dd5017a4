#!/usr/bin/env bash
# Scenario benchmark (issue 9): generates a scenario of ORGS organizations with ACCOUNTS member accounts in all
# (default 10,000 and 50,000) and applies it to a new database with billingdesk-cli apply, measured by GNU time.
# Prints wall time, CPU time and peak memory. Not a pass/fail test (the goal: under 5 s and 200 MB).
#
# Usage: tests/benchmarks/run-scenario-benchmark.sh [BUILD_DIR] [ORGS] [ACCOUNTS]
set -euo pipefail

BUILD=${1:-build}
ORGS=${2:-10000}
ACCOUNTS=${3:-50000}
CLI="$BUILD/app/billingdesk-cli"
[ -x "$CLI" ] || { echo "missing $CLI: build billingdesk-cli first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 missing" >&2; exit 2; }

WORK=$(mktemp -d /tmp/billingdesk-scenario-bench.XXXXXX)
cleanup() { [ "${KEEP:-0}" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT
SCENARIO="$WORK/scenario.json"

python3 - "$ORGS" "$ACCOUNTS" "$SCENARIO" <<'PY'
import json, sys
orgs, accounts, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
per = accounts // orgs if orgs else 0
extra = accounts - per * orgs
doc = {"format": "billingdesk-scenario", "version": 1, "clock": "2026-01-15T09:00:00Z",
       "settings": {"transfers.inboundQuota": "1000"}, "organizations": []}
n = 0
for i in range(orgs):
    members = []
    for j in range(per + (1 if i < extra else 0)):
        n += 1
        members.append({"id": "%012d" % (200000000000 + n), "name": "Member %d" % n,
                        "email": "member%d@example.com" % n, "country": "GB"})
    doc["organizations"].append({"id": "o-bench%08d" % i, "name": "Organization %d" % i,
                                 "managementAccount": "%012d" % (100000000000 + i),
                                 "email": "billing%d@example.com" % i, "country": "US", "allFeatures": True,
                                 "accounts": members})
with open(out, "w") as f:
    json.dump(doc, f)
PY
echo "scenario: $ORGS organizations, $ACCOUNTS member accounts, $(du -h "$SCENARIO" | cut -f1)"

/usr/bin/time -v "$CLI" --db "$WORK/bench.sqlite" apply "$SCENARIO" 2> "$WORK/time.txt" >/dev/null || {
  cat "$WORK/time.txt" >&2; exit 1; }
wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
user=$(grep 'User time' "$WORK/time.txt" | awk '{print $NF}')
sys=$(grep 'System time' "$WORK/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
echo "apply: wall $wall, CPU ${user}+${sys} s, peak $((rss / 1024)) MB"
