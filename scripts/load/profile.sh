#!/usr/bin/env bash
# Where a request's service CPU goes under load: samples the Release service with perf while wrk drives one endpoint,
# then splits the CPU per request into the kernel (TCP, scheduling), the engine (and its learned reader), reading the
# body, writing the answer, and sign-in — for POST /api/notes/check and, as the yardstick, GET /health.
#
#   scripts/load/profile.sh                  # 12 s of samples per endpoint at 1999 Hz
#   SECONDS_SAMPLED=20 WARMUP=60s scripts/load/profile.sh   # WARMUP: load on each endpoint before sampling (30 s)
#   KEEP_REPORTS=/tmp/prof scripts/load/profile.sh         # also keep perf's reports (inclusive and self time per method)
#
# Needs root for perf (installs Debian's linux-perf and wrk if missing). The service runs with perf maps on and
# W^X off so perf can name JIT-compiled methods; both cost a little, so take ratios from scripts/load/run.sh.
set -euo pipefail

SECONDS_SAMPLED="${SECONDS_SAMPLED:-12}"
FREQUENCY="${FREQUENCY:-1999}"
WARMUP="${WARMUP:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
# shellcheck source=service.sh
. "$(dirname "$0")/service.sh"
need wrk wrk
need curl curl
need perf linux-perf
SERVICE_ENV="DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0"
start_service
echo "service pid $pid on $base; $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS; perf at $FREQUENCY Hz for $SECONDS_SAMPLED s" >&2

# The parts reported, as method names perf prints (inclusive of what they call). Order is the report's.
areas=(
  "engine (NoteChecker.Analyse)|NoteChecker::Analyse("
  "  of which the learned reader's scoring|ReaderModel::Score("
  "reading the JSON body|JsonBody+<ReadAsync>d__"
  "writing the JSON answer (serialiser and flush)|AnswerJson\`1[System.__Canon]::ExecuteAsync("
  "authentication|AuthenticationServiceImpl::AuthenticateAsync("
  "authorization (policy, scope)|PolicyEvaluator::AuthorizeAsync("
)

# share PERCENT MICROSECONDS: a share of the samples and what it comes to per request.
share() { awk -v p="$1" -v t="$2" 'BEGIN {printf "%5.1f %% %6.1f µs", p, t * p / 100}'; }

# profile NAME URL [wrk args…]: prints the µs of service CPU per request, in total and per area.
profile() {
  local name="$1" url="$2"; shift 2
  # Long enough for tiered compilation to finish: sampled after 3 s, 40 % of the engine's samples were still in
  # instrumented code (twenty-third session), which overstated the engine.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((SECONDS_SAMPLED + 6))s" "$@" "$url" >"$work/wrk-$name.txt" &
  local load=$!
  sleep 3
  local t0 t1
  t0="$(cpu_us)"
  perf record -q -F "$FREQUENCY" -g -p "$pid" -o "$work/$name.perf" -- sleep "$SECONDS_SAMPLED" >/dev/null 2>&1
  t1="$(cpu_us)"
  wait "$load"
  grep -q 'Non-2xx' "$work/wrk-$name.txt" && { echo "$name: non-2xx answers" >&2; exit 1; }
  local rps per_request
  rps="$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$name.txt")"
  per_request="$(awk -v a="$t0" -v b="$t1" -v r="$rps" -v s="$SECONDS_SAMPLED" 'BEGIN {printf "%.1f", (b - a) / (r * s)}')"
  perf report -i "$work/$name.perf" --children --sort sym -g none 2>/dev/null >"$work/$name.symbols"
  perf report -i "$work/$name.perf" --no-children --sort dso -g none 2>/dev/null >"$work/$name.dsos"
  if [ -n "${KEEP_REPORTS:-}" ]; then
    mkdir -p "$KEEP_REPORTS"
    cp "$work/$name.symbols" "$work/$name.dsos" "$KEEP_REPORTS/"
    perf report -i "$work/$name.perf" --no-children --sort sym -g none 2>/dev/null >"$KEEP_REPORTS/$name.self"
  fi

  printf '%s: %.0f req/s while sampled, %s µs service CPU per request\n' "$name" "$rps" "$per_request"
  local kernel
  kernel="$(awk '/\[kernel\.kallsyms\]/ {sub(/%/, "", $1); print $1; exit}' "$work/$name.dsos")"
  printf '  %-50s %s\n' "kernel (TCP, scheduling)" "$(share "${kernel:-0}" "$per_request")"
  local area label pattern percent
  for area in "${areas[@]}"; do
    label="${area%%|*}"; pattern="${area#*|}"
    percent="$(grep -F -m1 "$pattern" "$work/$name.symbols" | awk '{sub(/%/, "", $1); print $1}' || true)"
    printf '  %-50s %s\n' "$label" "$(share "${percent:-0}" "$per_request")"
  done
}

profile health "$base/health"
profile check "$base/api/notes/check" -s "$here/check-note.lua"
rm -f "/tmp/perf-$pid.map" "/tmp/perfinfo-$pid.map"
