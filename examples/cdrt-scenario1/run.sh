#!/bin/sh
# CDRT scenario 1 (chapter 7), from any directory, as often as you like:
#   sh examples/cdrt-scenario1/run.sh [DIR]
# DIR (default ./cdrt-scenario1-run) receives the two systems, prod and drtest, built afresh
# each time. ELSIM may name the elsim command (default: this checkout's bin/elsim).
set -e
EX=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-cdrt-scenario1-run}
elsim() { if [ -n "$ELSIM" ]; then $ELSIM "$@"; else node "$EX/../../bin/elsim" "$@"; fi; }

elsim init --force --system "$DIR/prod"
elsim submit --system "$DIR/prod" "$EX/1-production-prepare.jcl"
# The DR test system of an earlier run is made again from this run's DR test CDS (--force).
elsim drsystem --force --system "$DIR/drtest" --production "$DIR/prod"
# Condition code 8 is the point of its last step: production volumes may not be scratched here.
elsim submit --system "$DIR/drtest" "$EX/2-drtest-site.jcl" || [ $? -eq 8 ]
elsim submit --system "$DIR/prod" "$EX/3-production-resume.jcl"
# What to look at (README): the DR test state production records.
echo '--- the DR test state in the production CDS'
elsim cds dump --system "$DIR/prod" --table drtest
