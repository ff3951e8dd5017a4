#!/usr/bin/env bash
# Pricing benchmark (issue 10): the month's pro forma of every billing group after a rule change, and the what-if
# preview, on a million line items in one month, twice:
#   1. the import benchmark's file (generate-cur --rows ROWS --months 1 --start 2026-10 --seed 7), imported, with a
#      custom plan and a STANDARD billing group set up by bench_pricing --setup;
#   2. the demo with all its line items in one month (billingdesk-cli demo --months 1 --rows ROWS), every demo
#      customer priced by its plan, measured as the administrator (every billing group).
# Prints the figures and the machine's load. Not a pass/fail test (the goal: at most 100 ms each).
#
# Usage: tests/benchmarks/run-pricing-benchmark.sh [BUILD_DIR] [ROWS]
set -euo pipefail

BUILD=${1:-build}
ROWS=${2:-1000000}
CLI="$BUILD/app/billingdesk-cli"
BENCH="$BUILD/tests/benchmarks/bench_pricing"
for exe in "$CLI" "$BENCH"; do
  [ -x "$exe" ] || { echo "missing $exe: build billingdesk-cli and bench_pricing first" >&2; exit 2; }
done
WORK=$(mktemp -d /tmp/billingdesk-pricing-bench.XXXXXX)
cleanup() { [ "${KEEP:-0}" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. import benchmark file: $ROWS line items in 2026-10"
"$CLI" generate-cur --rows "$ROWS" --months 1 --start 2026-10 --seed 7 --out "$WORK/cur.csv" >/dev/null
"$CLI" --db "$WORK/import.sqlite" import "$WORK/cur.csv" --quiet >/dev/null
"$CLI" --db "$WORK/import.sqlite" --json imports list | grep -o '"rowsImported": *[0-9]*' | head -1
# The plan and the group are set up in October (a change applies from the current month on).
"$BENCH" --db "$WORK/import.sqlite" --now 2026-10-15T09:00:00Z --period 2026-10 --setup --iterations 20

echo "== 2. demo: $ROWS line items in one month (2025-12)"
"$CLI" --db "$WORK/demo.sqlite" demo --months 1 --rows "$ROWS" >/dev/null
"$BENCH" --db "$WORK/demo.sqlite" --period 2025-12 --iterations 20
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
