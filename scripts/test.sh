#!/usr/bin/env bash
# `npm test`: every check in CI order — lint, type check, catalogues, unit and integration tests,
# the kill -9 crash test, production build, end-to-end tests in Chromium. Stops at the first failure with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "lint";               npm run -s lint
step "type check";         npm run -s typecheck
step "message catalogues"; npm run -s i18n:check
step "unit + integration"; npm run -s test:unit
step "kill -9 mid-import"; npm run -s test:crash
step "production build";   npm run -s build
step "end-to-end";         npm run -s test:e2e
