#!/bin/sh
# The export/import round trip of chapter 2, from any directory, as often as you like:
#   sh examples/export-import/run.sh [DIR]
# DIR (default ./export-import-run) receives the two systems, site-a and site-b, built afresh
# each time. ELSIM may name the elsim command (default: this checkout's bin/elsim).
set -e
EX=$(cd "$(dirname "$0")" && pwd)
SEED=$EX/../../fixtures/seed
DIR=${1:-export-import-run}
elsim() { if [ -n "$ELSIM" ]; then $ELSIM "$@"; else node "$EX/../../bin/elsim" "$@"; fi; }

elsim init --force --system "$DIR/site-a"
elsim init --force --system "$DIR/site-b" --site B
# Site A: EXPORT STOR(OFF1,OFF2) MANIFEST(MOVE2) writes the manifest HLQ.REMOTE2 and makes
# MVCs AO1000-AO1004 read-only and exported.
elsim submit --system "$DIR/site-a" "$SEED/ch02-export-stor.jcl"
# The courier: the manifest goes to site B as HLQ.REMOTE1 (the name the guide's IMPORT jobs
# read), the cartridges are ejected at A and entered at B with what is written on them.
elsim dataset copy HLQ.REMOTE2 --as HLQ.REMOTE1 --system "$DIR/site-a" --to "$DIR/site-b"
elsim mvc move --system "$DIR/site-a" --to "$DIR/site-b" AO1000-AO1004
# Site B: validate (NOUPDATE: full report, CDS untouched), import, make the MVCs writable, report.
elsim submit --system "$DIR/site-b" "$SEED/ch02-import-stor-validate.jcl"
elsim submit --system "$DIR/site-b" "$SEED/ch02-import-stor.jcl"
elsim submit --system "$DIR/site-b" "$EX/4-writable.jcl"
elsim submit --system "$DIR/site-b" "$EX/5-report.jcl"
# What to look at (README): the MVCs at A, the MVCs and the first VTVs at B, one row a line.
echo '--- site A: the exported MVCs'
elsim cds dump --system "$DIR/site-a" --table mvcs --volser AO1000-AO1004 --lines
echo '--- site B: the imported MVCs and VTVs AV1000-AV1004'
elsim cds dump --system "$DIR/site-b" --volser AO1000-AO1004,AV1000-AV1004 --lines
echo '--- site B: what the validation run changed (nothing) and what the import changed'
elsim job diff JOB00002 --system "$DIR/site-b" --no-pager | head -3
elsim job diff JOB00003 --system "$DIR/site-b" --no-pager | grep -c '^+' | sed 's/$/ rows added or changed by the import/'
