#!/usr/bin/env bash
# The long crash-durability run: 20 kills of a process making 1,000 durable edits each.
# Usage: bench/crash.sh [BUILD_DIR] [RUNS] [EDITS]
set -euo pipefail
build=${1:-build} runs=${2:-20} edits=${3:-1000}
"$build/bin/mner-crash-harness" "$build/bin/mner-edit-writer" "$runs" "$edits" 7
