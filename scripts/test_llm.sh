#!/usr/bin/env bash
# The real-model tier: build or reuse llama-server and the 0.5B model (scripts/llm_server.sh),
# start it on a free 127.0.0.1 port, run tests/llm against it, stop it. Prints how long the
# build and the tests took, and the real model's figures (scores, questions, tokens).
#   PYTHON=.venv/bin/python scripts/test_llm.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
# One thread: on shared, busy cores two threads spin at their barriers and generation fell
# from 9.9 to 1.1 tokens/s (measured here); set MIANBA_LLM_THREADS=2 on an idle machine.
THREADS=${MIANBA_LLM_THREADS:-1}

t0=$(date +%s)
paths=$(PYTHON="$PY" bash scripts/llm_server.sh all) || {
  echo "make test-llm: FAILED to build llama-server or assemble the model (see above)" >&2
  exit 1
}
server=$(sed -n 's/^SERVER=//p' <<<"$paths")
model=$(sed -n 's/^MODEL=//p' <<<"$paths")
t1=$(date +%s)
echo "test-llm: llama-server and model ready in $((t1 - t0)) s ($server)"

port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp "${TMPDIR:-/tmp}/mianba-llama-server.XXXXXX.log")
report=$(mktemp "${TMPDIR:-/tmp}/mianba-llm-report.XXXXXX.txt")
# two slots: an answer is scored in the background while the next question streams
"$server" --model "$model" --host 127.0.0.1 --port "$port" --jinja --ctx-size 8192 \
  --parallel 2 --threads "$THREADS" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  if "$PY" - "$port" <<'PYEOF' 2>/dev/null; then break; fi
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/health", timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
PYEOF
  kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; echo "test-llm: llama-server exited" >&2; exit 1; }
  sleep 0.5
done
t2=$(date +%s)
echo "test-llm: llama-server up on port $port after $((t2 - t1)) s"

status=0
MIANBA_TEST_LLM_URL="http://127.0.0.1:$port/v1" MIANBA_TEST_LLM_REPORT="$report" \
  QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -p no:cacheprovider tests/llm "$@" || status=$?
t3=$(date +%s)
echo
echo "test-llm: figures from the real model:"
sed 's/^/  /' "$report"
echo "test-llm: build/assemble $((t1 - t0)) s, server start $((t2 - t1)) s, tests $((t3 - t2)) s"
rm -f "$report"
[[ $status -eq 0 ]] || { echo "test-llm: tests failed; server log: $log" >&2; exit "$status"; }
rm -f "$log"
