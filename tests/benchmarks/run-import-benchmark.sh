#!/usr/bin/env bash
# Import benchmark (issue 4): the same 1,000,000-row CUR 2.0 CSV (~380 MB, 22 columns) imported by
#   1. BillingDesk (billingdesk-cli import: exact decimals, validation, dictionary encoding, rollups, one transaction)
#   2. the sqlite3 shell's .import into a plain table (Debian package sqlite3)
#   3. DuckDB's read_csv into an in-memory table (npm package @duckdb/node-api, installed into a temporary folder)
# and "billable total by account and service for one month" from BillingDesk's rollups vs a DuckDB scan.
# Prints absolute figures and ratios. Not a pass/fail test: timings depend on the machine and its load.
#
# Usage: tests/benchmarks/run-import-benchmark.sh [BUILD_DIR] [ROWS]
#   BUILD_DIR defaults to ./build (needs billingdesk-cli and bench_import built), ROWS to 1000000.
#   KEEP=1 keeps the work folder; SKIP_DUCKDB=1 skips DuckDB (no network).
set -euo pipefail

BUILD=${1:-build}
ROWS=${2:-1000000}
CLI="$BUILD/app/billingdesk-cli"
BENCH="$BUILD/tests/benchmarks/bench_import"
for exe in "$CLI" "$BENCH"; do
  [ -x "$exe" ] || { echo "missing $exe: build billingdesk-cli and bench_import first" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing: apt-get install sqlite3" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install time" >&2; exit 2; }

WORK=$(mktemp -d /tmp/billingdesk-bench.XXXXXX)
cleanup() { [ "${KEEP:-0}" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT
CSV="$WORK/cur-${ROWS}.csv"

# Wall seconds, user+sys seconds and peak RSS (MB) of a command, from GNU time.
measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || {
    echo "$name failed:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
  read -r wall user sys rss <"$WORK/$name.time"
  printf '%s %s %s\n' "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $rss / 1024" | bc)"
}

echo "== generating $ROWS rows of CUR 2.0 (billingdesk-cli generate-cur --seed 7)"
"$CLI" generate-cur --rows "$ROWS" --months 1 --start 2026-10 --seed 7 --out "$CSV" >/dev/null
SIZE_MB=$(echo "scale=1; $(stat -c %s "$CSV") / 1048576" | bc)
COLS=$(head -1 "$CSV" | tr ',' '\n' | wc -l)
echo "   $CSV: $SIZE_MB MB, $COLS columns"
cat "$CSV" >/dev/null # same page-cache state for everyone
sync                  # and no write-back of the fresh file competing with the timed runs

echo "== BillingDesk import"
read -r BD_WALL BD_CPU BD_RSS < <(measure billingdesk "$CLI" --db "$WORK/billingdesk.sqlite" import "$CSV" --quiet --json)
BD_ROWS=$(grep -o '"imported": *[0-9]*' "$WORK/billingdesk.out" | grep -o '[0-9]*$')
echo "   $BD_WALL s wall, $BD_CPU s CPU, peak RSS $BD_RSS MB, $BD_ROWS rows imported"

sync
echo "== sqlite3 shell .import into a plain table"
read -r SQ_WALL SQ_CPU SQ_RSS < <(measure sqlite3 sqlite3 "$WORK/plain.sqlite" -cmd ".mode csv" ".import '$CSV' cur")
SQ_ROWS=$(sqlite3 "$WORK/plain.sqlite" "SELECT count(*) FROM cur")
echo "   $SQ_WALL s wall, $SQ_CPU s CPU, peak RSS $SQ_RSS MB, $SQ_ROWS rows"

sync
DK_WALL=""
if [ "${SKIP_DUCKDB:-0}" != 1 ]; then
  echo "== DuckDB read_csv into a table (npm @duckdb/node-api in $WORK/duckdb)"
  mkdir -p "$WORK/duckdb"
  (cd "$WORK/duckdb" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund @duckdb/node-api >/dev/null 2>&1) \
    || { echo "   npm install @duckdb/node-api failed (offline?): DuckDB skipped"; SKIP_DUCKDB=1; }
fi
if [ "${SKIP_DUCKDB:-0}" != 1 ]; then
  cat >"$WORK/duckdb/bench.mjs" <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2];
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
let t = performance.now();
await con.run(`CREATE TABLE cur AS SELECT * FROM read_csv('${file}')`);
const load = (performance.now() - t) / 1000;
const count = (await con.runAndReadAll('SELECT count(*) FROM cur')).getRows()[0][0];
const times = [];
for (let i = 0; i < 10; ++i) {
  t = performance.now();
  await con.runAndReadAll(`SELECT line_item_usage_account_id, line_item_product_code, sum(line_item_net_unblended_cost)
                           FROM cur WHERE bill_billing_period_start_date >= '2026-10-01' AND bill_billing_period_start_date < '2026-11-01'
                           GROUP BY 1, 2`);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`${load.toFixed(2)} ${count} ${times[0].toFixed(2)} ${times[5].toFixed(2)}`);
JS
  read -r DK_WALL DK_CPU DK_RSS < <(measure duckdb node "$WORK/duckdb/bench.mjs" "$CSV")
  read -r DK_LOAD DK_ROWS DK_QMIN DK_QMED <"$WORK/duckdb.out"
  echo "   load $DK_LOAD s (process $DK_WALL s wall, $DK_CPU s CPU), peak RSS $DK_RSS MB, $DK_ROWS rows;" \
       "query min $DK_QMIN ms, median $DK_QMED ms"
fi

echo "== billable total by account and service for one month, from BillingDesk's rollups"
"$BENCH" --db "$WORK/billingdesk.sqlite" --query 2026-10 --repeat 20 | tee "$WORK/query.out" | sed 's/^/   /'
BD_QMED=$(grep -o 'median [0-9.]*' "$WORK/query.out" | grep -o '[0-9.]*$')

echo
echo "== summary ($ROWS rows, $SIZE_MB MB, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
printf '   %-40s %8s %8s %10s\n' "" "wall s" "CPU s" "peak MB"
printf '   %-40s %8s %8s %10s\n' "BillingDesk import (whole process)" "$BD_WALL" "$BD_CPU" "$BD_RSS"
printf '   %-40s %8s %8s %10s\n' "sqlite3 shell .import (whole process)" "$SQ_WALL" "$SQ_CPU" "$SQ_RSS"
[ -n "$DK_WALL" ] && printf '   %-40s %8s %8s %10s\n' "DuckDB read_csv: load / whole process" "$DK_LOAD / $DK_WALL" "$DK_CPU" "$DK_RSS"
echo "   BillingDesk vs sqlite3 shell: $(echo "scale=2; $SQ_WALL / $BD_WALL" | bc)x faster (wall), $(echo "scale=2; $SQ_CPU / $BD_CPU" | bc)x less CPU"
if [ -n "$DK_WALL" ]; then
  echo "   BillingDesk vs DuckDB:        $(echo "scale=2; $DK_LOAD / $BD_WALL" | bc)x faster (wall: DuckDB's load alone vs our whole process)," \
       "$(echo "scale=2; $DK_CPU / $BD_CPU" | bc)x less CPU, $(echo "scale=1; $DK_RSS / $BD_RSS" | bc)x less memory"
  echo "   Query (billable by account and service, one month): BillingDesk rollups ${BD_QMED} ms, DuckDB scan ${DK_QMED} ms (medians)"
fi
exit 0
