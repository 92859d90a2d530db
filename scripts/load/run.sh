#!/usr/bin/env bash
# Load test: publishes the Release service, starts it on a free loopback port, drives GET /health and
# POST /api/notes/check with wrk in the same run, and prints both throughputs, their ratio and the service's
# resident memory afterwards. Stops the service on every exit path.
#
#   scripts/load/run.sh                      # 10 s per endpoint, 2 threads, 32 connections
#   DURATION=30s CONNECTIONS=64 scripts/load/run.sh
#
# Targets (issue 5): check ≥ 70 % of /health's requests per second; resident memory < 250 MB after the run.
# Exit code: 0 targets met, 3 a target missed, anything else: the run itself failed.
# Traffic goes to 127.0.0.1 only. Extra DOTNET_* variables (e.g. DOTNET_gcServer=0) pass through to the service.
set -euo pipefail

DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
ROUNDS="${ROUNDS:-3}"
# shellcheck source=service.sh
. "$(dirname "$0")/service.sh"
need wrk wrk
need curl curl
start_service
echo "service pid $pid on $base; $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS round(s)" >&2

# Prints requests/second; fails on socket errors or non-2xx answers, which would make the figure meaningless.
measure() {
  local name="$1"; shift
  local out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")"
  echo "$out" > "$work/wrk-$name.txt"
  if grep -q 'Non-2xx' <<<"$out"; then echo "$name: non-2xx answers:" >&2; echo "$out" >&2; exit 1; fi
  if grep -q 'Socket errors' <<<"$out"; then echo "$name: $(grep 'Socket errors' <<<"$out")" >&2; fi
  awk '/Requests\/sec/ {rps=$2} / requests in / {n=$1} END {print rps, n}' <<<"$out"
}

# Warm both paths (JIT, tiered compilation), then alternate health and check so drift on a shared machine hits
# both alike. The ratio is taken within each round and the median round is reported (with its two figures).
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$here/check-note.lua" "$base/api/notes/check" >/dev/null
: >"$work/rounds"
for round in $(seq "$ROUNDS"); do
  t0="$(cpu_us)"; read -r h hn < <(measure health "$base/health")
  t1="$(cpu_us)"; read -r c cn < <(measure check -s "$here/check-note.lua" "$base/api/notes/check")
  t2="$(cpu_us)"
  [ -n "${h:-}" ] && [ -n "${c:-}" ] || { echo "a wrk run failed (see above)" >&2; exit 1; }
  r="$(awk -v c="$c" -v h="$h" 'BEGIN {printf "%.1f", 100 * c / h}')"
  hcpu="$(awk -v a="$t0" -v b="$t1" -v n="$hn" 'BEGIN {printf "%.1f", (b - a) / n}')"
  ccpu="$(awk -v a="$t1" -v b="$t2" -v n="$cn" 'BEGIN {printf "%.1f", (b - a) / n}')"
  echo "round $round: health $h req/s ($hcpu µs service CPU each), check $c req/s ($ccpu µs each), ratio $r %" >&2
  echo "$r $h $c $hcpu $ccpu" >>"$work/rounds"
done
read -r ratio health check health_cpu check_cpu < <(sort -n "$work/rounds" | awk -v n="$ROUNDS" 'NR == int((n + 1) / 2)')

rss_kb="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")"
hwm_kb="$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")"
rss_mb="$(awk -v k="$rss_kb" 'BEGIN {printf "%.0f", k / 1024}')"
hwm_mb="$(awk -v k="$hwm_kb" 'BEGIN {printf "%.0f", k / 1024}')"
latency="$(awk '/ 50%/ {p50=$2} / 99%/ {p99=$2} END {print "p50 " p50 ", p99 " p99}' "$work/wrk-check.txt")"

verdict() { if [ "$1" = 1 ]; then echo "ok"; else echo "MISSED"; fi; }
ratio_ok="$(awk -v r="$ratio" 'BEGIN {print (r >= 70) ? 1 : 0}')"
rss_ok="$(awk -v m="$rss_mb" 'BEGIN {print (m < 250) ? 1 : 0}')"
printf 'GET  /health            %10.0f req/s\n' "$health"
printf 'POST /api/notes/check   %10.0f req/s   (%s)\n' "$check" "$latency"
printf 'service CPU per request %10s µs health, %s µs check (per core: %s checks/s)\n' "$health_cpu" "$check_cpu" \
  "$(awk -v u="$check_cpu" 'BEGIN {printf "%.0f", 1000000 / u}')"
printf 'check / health          %9s %%      target >= 70 %%: %s\n' "$ratio" "$(verdict "$ratio_ok")"
printf 'resident memory after   %9s MB     target < 250 MB: %s (peak %s MB)\n' "$rss_mb" "$(verdict "$rss_ok")" "$hwm_mb"
[ "$ratio_ok" = 1 ] && [ "$rss_ok" = 1 ] || exit 3
