#!/usr/bin/env bash
# `npm test`: every check in CI order — lint, type check, catalogues, unit and integration tests,
# the kill -9 crash test, production build, end-to-end tests in Chromium, the two-app-server test —
# on SQLite, and the integration, end-to-end and two-server tests again on a throwaway PostgreSQL
# when its binaries are installed (a printed line says when they are not). Stops at the first
# failure with a non-zero exit; prints how long each part took.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test/pg-server.sh
trap pg_stop EXIT

TIMES=()
STARTED=$SECONDS
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
# timed NAME COMMAND…: runs a part and records how long it took.
timed() {
  local name="$1" start=$SECONDS
  shift
  step "$name"
  "$@"
  TIMES+=("$(printf '%-34s %5ss' "$name" "$((SECONDS - start))")")
}
summary() {
  printf '\n\033[1m== times\033[0m\n'
  printf '%s\n' "${TIMES[@]}"
  printf '%-34s %5ss\n' "total" "$((SECONDS - STARTED))"
}

timed "lint"                          npm run -s lint
timed "type check"                    npm run -s typecheck
timed "message catalogues"            npm run -s i18n:check
timed "unit + integration (SQLite)"   npm run -s test:unit
timed "kill -9 mid-import"            npm run -s test:crash
timed "production build"              npm run -s build
timed "end-to-end (SQLite)"           npm run -s test:e2e
timed "two app servers (SQLite)"      npx playwright test --config tests/two-servers/playwright.config.ts

step "PostgreSQL"
if pg_start; then
  timed "integration (PostgreSQL)" env TEST_PG_URL="$TEST_PG_SERVER" npx vitest run --config tests/vitest.config.mts tests/integration
  timed "end-to-end (PostgreSQL)" env E2E_DATABASE_URL="$(pg_new_database e2e)" npm run -s test:e2e
  timed "two app servers (PostgreSQL)" env TWO_SERVERS_DATABASE_URL="$(pg_new_database two_servers)" \
    npx playwright test --config tests/two-servers/playwright.config.ts
  pg_stop
fi
summary
