#!/usr/bin/env bash
# Load benchmark of pledge-server on loopback (not a test): GET /health (the framework's own
# ceiling), single decisions, batches of 100 that repeat four operations (answered from the
# server's cache after the first) and batches of 100 that seldom repeat (check-varied.lua:
# decided afresh), with the decision log off and on; then the same decisions asked for in the
# compact answer (?format=compact, PLEDGE_FORMAT=compact for the wrk scripts). Prints
# wrk's figures, the server's resident memory sampled every 5 s, and the CPU time the server
# spent per request (user + system, from /proc: what a core of its own would make of it,
# whatever wrk and the rest of the machine take). Usage: Sources/pledge-benchmark/server/run.sh [seconds per run, default 60]
# PLEDGE_SERVER=<binary> measures that binary (an earlier build, kept for a before/after) instead of building one.
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration=${1:-60}
here=Sources/pledge-benchmark/server
server=${PLEDGE_SERVER:-}
if [ -z "$server" ]; then
  swift build -c release --product pledge-server >/dev/null
  server="$(swift build -c release --show-bin-path)/pledge-server"
fi
work=$(mktemp -d)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run() { # <log: on|off> <script, or - for GET /health> <operations per request>
  local log=$1 script=$2 per=$3 args=(--rules Rules --port 0)
  # Keep every rotated file, so the lines can be counted against the answers.
  [ "$log" = on ] && args+=(--decision-log "$work/decisions.log" --log-keep 1000)
  rm -f "$work/out"  # else the last run's "listening" line may be read before the new server writes
  "$server" "${args[@]}" >"$work/out" 2>"$work/err" &
  local pid=$!
  until grep -q "listening on http://.*:[0-9]" "$work/out" 2>/dev/null; do sleep 0.1; done
  local port; port=$(grep -o '[0-9]*$' "$work/out")
  ( while kill -0 $pid 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$pid/status; sleep 5; done ) >"$work/rss" 2>/dev/null &
  local sampler=$!
  local before; before=$(cpu_ticks $pid)
  # A script stops wrk at the first answer that is not a 200 (a refusal is a failed run, not
  # a slower one): the server is stopped all the same, and the run reported as failed.
  local failed=0
  if [ "$script" = - ]; then
    wrk -t1 -c16 -d"${duration}s" --latency "http://127.0.0.1:$port/health" >"$work/wrk" 2>&1 || failed=1
  else
    wrk -t1 -c16 -d"${duration}s" --latency -s "$here/$script" "http://127.0.0.1:$port" >"$work/wrk" 2>&1 || failed=1
  fi
  local ticks=$(( $(cpu_ticks $pid) - before ))
  kill -TERM $pid; wait $pid || true; wait $sampler 2>/dev/null || true
  if [ $failed = 1 ]; then
    echo "$log $script${PLEDGE_FORMAT:+ $PLEDGE_FORMAT}: FAILED: $(grep -m1 -o 'answer [0-9]*: .\{0,80\}' "$work/wrk" || tail -1 "$work/wrk")"
    rm -f "$work"/decisions.log*
    return
  fi
  local rps p50 p99 answered lines=0
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
  answered=$(awk '/requests in/ {print $1}' "$work/wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk"); p99=$(awk '$1 == "99%" {print $2}' "$work/wrk")
  [ "$log" = on ] && lines=$(cat "$work"/decisions.log* | wc -l)
  local us; us=$(echo "scale=1; $ticks * 1000000 / $(getconf CLK_TCK) / $answered" | bc)
  # Resident memory at the start, the middle and the end of the run, and its highest sample.
  local samples; samples=$(wc -l <"$work/rss")
  local rss; rss="$(head -1 "$work/rss")/$(sed -n "$(( (samples + 1) / 2 ))p" "$work/rss")/$(tail -1 "$work/rss")/$(sort -n "$work/rss" | tail -1)"
  printf '%-5s %-24s %10.0f req/s %12.0f decisions/s  p50 %-9s p99 %-9s server CPU %s us/request  RSS KiB start/middle/end/max %s  decisions answered to wrk %s, log lines %s\n' \
    "$log" "$script${PLEDGE_FORMAT:+ $PLEDGE_FORMAT}" "$rps" "$(echo "$rps * $per" | bc)" "$p50" "$p99" "$us" "$rss" "$((answered * per))" "$lines"
  grep -E "Non-2xx|Socket errors" "$work/wrk" || true
  rm -f "$work"/decisions.log*
}

echo "loopback, wrk -t1 -c16, ${duration} s per run, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
trap 'echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"; rm -rf "$work"' EXIT
unset PLEDGE_FORMAT  # the full answer first
run off - 0
for log in off on; do
  run "$log" check-one.lua 1
  run "$log" check-batch.lua 100
  run "$log" check-varied.lua 100
done
export PLEDGE_FORMAT=compact
for log in off on; do
  run "$log" check-one.lua 1
  run "$log" check-batch.lua 100
  run "$log" check-varied.lua 100
done
