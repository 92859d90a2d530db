# Sourced by run.sh and profile.sh: installs the tools they need from Debian's packages, publishes the Release
# service, starts it on a free loopback port and stops it on every exit path. Sets $pid, $base, $work, $here.
# Extra environment for the service goes in SERVICE_ENV (e.g. "DOTNET_PerfMapEnabled=1"), DOTNET_* variables pass through.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

as_root() { if [ "$(id -u)" = "0" ]; then "$@"; else sudo "$@"; fi; }

# need TOOL PACKAGE: installs PACKAGE when TOOL is not on the path.
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 from Debian's packages…" >&2
    as_root apt-get update -qq && as_root apt-get install -y -qq "$2" >/dev/null
  fi
}

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_service() {
  echo "publishing AddinService (Release)…" >&2
  dotnet publish "$root/AddinService" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }

  # Port 0: the kernel picks a free port and Kestrel logs which one. Development: no sign-in on loopback (API.md).
  # shellcheck disable=SC2086 # SERVICE_ENV is a list of NAME=value words
  ( cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Development ${SERVICE_ENV:-} ./AddinService --urls http://127.0.0.1:0 ) >"$work/service.log" 2>&1 &
  pid=$!

  base=""
  for _ in $(seq 300); do
    base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/service.log" | head -1 || true)"
    if [ -n "$base" ] && curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped during start-up:" >&2; cat "$work/service.log" >&2; exit 1; }
    base=""; sleep 0.1
  done
  [ -n "$base" ] || { echo "the service did not answer /health within 30 s:" >&2; cat "$work/service.log" >&2; exit 1; }
  curl -fsS "$base/api/notes/check" -H 'content-type: application/json' -d '{"text":"Customer is blocked by the proxy."}' >/dev/null \
    || { echo "POST /api/notes/check failed before the load started" >&2; exit 1; }
}

# The service's user + system CPU time so far, in microseconds (/proc/PID/stat fields 14 and 15, in clock ticks).
cpu_us() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000000 / hz}' "/proc/$pid/stat"; }
