#!/bin/sh
# Cross-TapePlex replication, business continuance and resumption (chapter 4), from a clean
# clone (after npm ci), from any directory, as often as you like:
#   sh examples/ctr-continuance/run.sh [DIR]
# DIR (default ./ctr-continuance-run) receives the two systems, site-a and site-b (rebuilt).
# ELSIM may name another elsim command (the tests set it to this checkout's bin/elsim).
set -e
EX=$(cd "$(dirname "$0")" && pwd)
ELSIM=${ELSIM:-"node $EX/../../bin/elsim"}
DIR=${1:-ctr-continuance-run}
A="$DIR/site-a"
B="$DIR/site-b"
rm -rf "$A" "$B" "$A.lost"
mkdir -p "$DIR"

echo "== the two sites, each the partner of the other"
$ELSIM init --system "$A"
$ELSIM init --system "$B" --site B
$ELSIM partner set TAPEPLXB "$B" --system "$A"
$ELSIM partner set TAPEPLXA "$A" --system "$B"

echo "== 1. production at A: payroll data through SMC policy PPAY (class LOCEEX1, CTR to TAPEPLXB)"
$ELSIM smc route PROD.PAYROLL.WEEKLY --jobname PAYWEEK --system "$A"
$ELSIM submit --system "$A" "$EX/1-payroll-at-a.jcl"
$ELSIM oper --system "$A" D REPL
$ELSIM oper --system "$A" "D CLINK VTSS(VTSSA)"

echo "== 2. the guide's DRMON waits for the copies at TAPEPLXB; the queue drains"
$ELSIM submit --system "$A" "$EX/2-drmon-ctr-at-a.jcl"
$ELSIM oper --system "$A" D REPL
$ELSIM oper --system "$B" D VTV AV1070

echo "== 3. disaster: site A is lost; business continuance at B"
mv "$A" "$A.lost"
$ELSIM clock set 2026-11-21T09:00:00Z --system "$B"
$ELSIM submit --system "$B" "$EX/3-continuance-at-b.jcl"
$ELSIM oper --system "$B" D VTV BV1010

echo "== 4. site A is back; business resumption: reverse replication with EEXPORT"
mv "$A.lost" "$A"
$ELSIM clock set 2026-11-21T10:00:00Z --system "$A"
$ELSIM clock set 2026-11-21T10:00:00Z --system "$B"
$ELSIM submit --system "$A" "$EX/4-a-receives.jcl"
$ELSIM submit --system "$B" "$EX/5-b-sends-back.jcl"
$ELSIM oper --system "$B" D REPL

echo "== 5. production back at A: the data B wrote during the outage is read at A"
$ELSIM clock set 2026-11-21T11:00:00Z --system "$A"
$ELSIM submit --system "$A" "$EX/6-payroll-back-at-a.jcl"
$ELSIM oper --system "$A" D VTV BV1010
$ELSIM oper --system "$A" D VTV AV1070
