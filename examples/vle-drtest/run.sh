#!/bin/sh
# DR test with VLE (chapter 8), from any directory, as often as you like:
#   sh examples/vle-drtest/run.sh [DIR]
# DIR (default ./vle-drtest-run) receives the system vle, built afresh each time.
# ELSIM may name the elsim command (default: this checkout's bin/elsim).
set -e
EX=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-vle-drtest-run}
elsim() { if [ -n "$ELSIM" ]; then $ELSIM "$@"; else node "$EX/../../bin/elsim" "$@"; fi; }

elsim init --force --system "$DIR/vle"
elsim submit --system "$DIR/vle" "$EX/1-production-readonly.jcl"
elsim submit --system "$DIR/vle" "$EX/2-dr-site.jcl"
elsim submit --system "$DIR/vle" "$EX/3-production-writable.jcl"
# What to look at (README): the four VMVCs, writable again, one row a line.
echo '--- VMVCs VLV000-VLV003'
elsim cds dump --system "$DIR/vle" --table mvcs --volser VLV000-VLV003 --lines
echo '--- what the DR site job changed on the simulated hardware (first lines)'
elsim job diff JOB00003 --system "$DIR/vle" --no-pager | sed -n '/before\/hardware/,$p' | head -8
