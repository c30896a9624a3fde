#!/usr/bin/env bash
# Runs Modular locally: starts PostgreSQL, RabbitMQ and Redis (scripts/services.sh), applies every
# module's migrations and serves on http://127.0.0.1:5000 (override with ASPNETCORE_URLS).
# Stop with Ctrl+C; the services keep running (scripts/services.sh down stops them).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf 'run: %s\n' "$*" >&2; }

command -v dotnet >/dev/null || { log "the .NET SDK (dotnet) is required"; exit 1; }
scripts/services.sh up
eval "$(scripts/services.sh env)"
export ConnectionStrings__Postgres ConnectionStrings__RabbitMq ConnectionStrings__Redis
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5000}"

log "building the host"
# Quiet when it builds; the compiler's errors when it does not.
if ! build_output=$(dotnet build src/Host/Modular.Host/Modular.Host.csproj -nologo -clp:ErrorsOnly 2>&1); then
  printf '%s\n' "$build_output" >&2
  exit 1
fi
# Migrations first, as a production deployment would, then serve (without migrating a second time).
log "migrating the database"
dotnet run --no-build --no-launch-profile --project src/Host/Modular.Host -- migrate
export Database__MigrateOnStartup="${Database__MigrateOnStartup:-false}"
log "serving on $ASPNETCORE_URLS (Ctrl+C stops the host; scripts/services.sh down stops the services)"
exec dotnet run --no-build --no-launch-profile --project src/Host/Modular.Host
