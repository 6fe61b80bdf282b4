#!/bin/sh
# The export/import round trip of chapter 2, from a clean clone (after npm ci):
#   sh examples/export-import/run.sh [DIR]
# DIR (default ./export-import-run) receives the two systems, site-a and site-b.
# ELSIM may name another elsim command (the tests set it to this checkout's bin/elsim).
set -e
ELSIM=${ELSIM:-"node bin/elsim"}
DIR=${1:-export-import-run}
EX=$(dirname "$0")
SEED=$EX/../../fixtures/seed

$ELSIM init --system "$DIR/site-a"
$ELSIM init --system "$DIR/site-b" --site B
# Site A: EXPORT STOR(OFF1,OFF2) MANIFEST(MOVE2) writes the manifest HLQ.REMOTE2 and makes
# MVCs AO1000-AO1004 read-only and exported.
$ELSIM submit --system "$DIR/site-a" "$SEED/ch02-export-stor.jcl"
# The courier: the manifest goes to site B as HLQ.REMOTE1 (the name the guide's IMPORT jobs
# read), the cartridges are ejected at A and entered at B with what is written on them.
$ELSIM dataset copy HLQ.REMOTE2 --as HLQ.REMOTE1 --system "$DIR/site-a" --to "$DIR/site-b"
$ELSIM mvc move --system "$DIR/site-a" --to "$DIR/site-b" AO1000-AO1004
# Site B: validate (NOUPDATE: full report, CDS untouched), import, make the MVCs writable, report.
$ELSIM submit --system "$DIR/site-b" "$SEED/ch02-import-stor-validate.jcl"
$ELSIM submit --system "$DIR/site-b" "$SEED/ch02-import-stor.jcl"
$ELSIM submit --system "$DIR/site-b" "$EX/4-writable.jcl"
$ELSIM submit --system "$DIR/site-b" "$EX/5-report.jcl"
