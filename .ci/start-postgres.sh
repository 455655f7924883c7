#!/usr/bin/env bash
# Starts the machine's PostgreSQL (installing Debian's package if it is missing), makes sure a
# test role with CREATEDB exists (and CREATEROLE, so a test can prove that applying migrations
# works for a role without CREATEDB), and prints the TEST_POSTGRES_URL to use. Used by .ci/run;
# developers can run it too: export TEST_POSTGRES_URL="$(bash .ci/start-postgres.sh | tail -1)"
set -euo pipefail
role="${CLAIMDESK_TEST_PG_ROLE:-claimdesk_test}"
password="${CLAIMDESK_TEST_PG_PASSWORD:-claimdesk_test}"

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters --no-header 2>/dev/null)" ]; then
  echo "Installing PostgreSQL (Debian package)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

read -r version cluster port status _ <<<"$(pg_lsclusters --no-header | head -n 1)"
if [ "$status" != "online" ]; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -p $port" && break
  sleep 1
done

su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB CREATEROLE PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN CREATEDB CREATEROLE PASSWORD '$password';
  END IF;
END
\$\$;
SQL
echo "PostgreSQL $version/$cluster is up on port $port; test role: $role" >&2
echo "postgresql://$role:$password@127.0.0.1:$port/postgres"
