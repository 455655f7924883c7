#!/usr/bin/env bash
# The integration suite again, on PostgreSQL, when a server is available (TEST_POSTGRES_URL).
set -euo pipefail
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  echo "Skipping the PostgreSQL suite: set TEST_POSTGRES_URL (see README, 'Tests on PostgreSQL')."
  exit 0
fi
exec npx vitest run --project integration-pg
