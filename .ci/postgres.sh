#!/usr/bin/env bash
# Installs and starts Debian's PostgreSQL for the store test suite, creates a test role and
# database, and prints the DYAD_TEST_POSTGRES_URL to export. Usage in .ci/run:
#   export DYAD_TEST_POSTGRES_URL="$(.ci/postgres.sh)"
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'dyad_test'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE dyad_test LOGIN PASSWORD 'dyad_test'\"" >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'dyad_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O dyad_test dyad_test" >&2
echo "jdbc:postgresql://localhost:5432/dyad_test?user=dyad_test&password=dyad_test"
