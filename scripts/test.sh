#!/usr/bin/env bash
# Runs every test of Modular on real services, from a fresh machine or a warm one:
#   starts PostgreSQL, RabbitMQ and Redis (scripts/services.sh), installs what the client and browser tests need
#   when missing (chromium and npm from apt, Kiota, npm packages), builds with warnings as errors,
#   runs every test project, prints one summed line "N passed, N failed, N skipped",
#   and exits non-zero when anything failed or when no test ran. Services it started are stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
RESULTS="$ROOT/TestResults"
CONFIGURATION="${MODULAR_TEST_CONFIGURATION:-Debug}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf 'test: %s\n' "$*" >&2; }

command -v dotnet >/dev/null || { log "the .NET SDK (dotnet) is required"; exit 1; }

already_up=$(scripts/services.sh status 2>/dev/null | grep -c ' up ' || true)
if [[ $already_up -lt 3 ]]; then
  trap 'log "stopping the services this run started"; scripts/services.sh down || true' EXIT
fi
scripts/services.sh up
# What the suites start or drive themselves, when missing: the servers' packages and nginx (multi-process suites),
# chromium and npm (browser tests).
scripts/services.sh tools

# Kiota (the generated-client test runs it) is a local dotnet tool; the browser tests' page loads the official
# SignalR client from npm. Both are fetched only when missing or when their lock changed.
dotnet tool restore >/dev/null
browser_dir=tests/Modular.IntegrationTests/Browser
browser_lock=$(sha256sum <"$browser_dir/package-lock.json")
if [[ $browser_lock != "$(cat "$browser_dir/node_modules/.lock-sha256" 2>/dev/null)" ]]; then
  log "installing the browser tests' npm packages"
  npm ci --prefix "$browser_dir" --no-audit --no-fund --loglevel=error
  printf '%s\n' "$browser_lock" >"$browser_dir/node_modules/.lock-sha256"
fi

# The tests use their own database, never the one `scripts/run.sh` serves from.
eval "$(MODULAR_PG_DATABASE="${MODULAR_PG_TEST_DATABASE:-modular_tests}" scripts/services.sh env)"
export ConnectionStrings__Postgres ConnectionStrings__RabbitMq ConnectionStrings__Redis MODULAR_RABBIT_MGMT_URL
export MODULAR_RABBIT_MGMT_USER="${MODULAR_RABBIT_USER:-modular}" MODULAR_RABBIT_MGMT_PASSWORD="${MODULAR_RABBIT_PASSWORD:-modular}"

log "building (warnings are errors)"
dotnet build Modular.sln -c "$CONFIGURATION" -warnaserror -nologo -clp:ErrorsOnly

rm -rf "$RESULTS"
mapfile -t projects < <(find tests -name '*Tests.csproj' | sort)
[[ ${#projects[@]} -gt 0 ]] || { log "no test project found"; echo "0 passed, 0 failed, 0 skipped"; exit 1; }

status=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  log "running $name"
  dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$RESULTS" -- RunConfiguration.TreatNoTestsAsError=true || status=1
done

# Sum the counters of every assembly's TRX report; an assembly without a report crashed.
passed=0 failed=0 skipped=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  trx="$RESULTS/$name.trx"
  if [[ ! -f $trx ]]; then
    log "$name produced no test report: counted as a failure"
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

echo "$passed passed, $failed failed, $skipped skipped"
if [[ $status -ne 0 || $failed -gt 0 || $passed -eq 0 ]]; then
  exit 1
fi
