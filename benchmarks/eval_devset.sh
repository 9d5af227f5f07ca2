#!/usr/bin/env bash
# Score `tagwire normalize` on ../shared/devset beside plain trafilatura: one command.
#   benchmarks/eval_devset.sh            table
#   benchmarks/eval_devset.sh --json     one JSON object
#   benchmarks/eval_devset.sh --keep DIR keep the predictions in DIR
# See benchmarks/eval_devset.py for what is run and how.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
exec "$PY" benchmarks/eval_devset.py "$@"
