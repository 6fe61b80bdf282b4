#!/bin/sh
# The recovery point of chapter 8 (DRMON, DRCHKPT SET, BACKUP), from any directory, as often as
# you like:   sh examples/recovery-point/run.sh [DIR]
# DIR (default ./recovery-point-run) receives the system rp-sys, built afresh each time.
# ELSIM may name the elsim command (default: this checkout's bin/elsim).
set -e
EX=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-recovery-point-run}
elsim() { if [ -n "$ELSIM" ]; then $ELSIM "$@"; else node "$EX/../../bin/elsim" "$@"; fi; }

elsim init --force --system "$DIR/rp-sys"
elsim submit --system "$DIR/rp-sys" "$EX/recovery-point.jcl"
# What to look at (README): the recovery point and the backup row, and the DR copies in the backup.
echo '--- the checkpoints the CDS records'
elsim cds dump --system "$DIR/rp-sys" --table checkpoints
echo '--- the backup HLQ.DBASEPRM.BKUP: the DR VTVs with their REMOTE copies'
elsim cds dump --system "$DIR/rp-sys" --dsn HLQ.DBASEPRM.BKUP --volser AV1250-AV1257 --table vtvs --lines
