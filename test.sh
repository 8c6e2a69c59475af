#!/usr/bin/env bash
# Runs every test suite: domain, integration on SQLite and PostgreSQL, browser (Chromium via Playwright).
# Installs and starts what it needs when missing: PostgreSQL 15 on loopback (own cluster, own port) and Chromium.
# Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

PG_PORT="${ENFORCEMENT_PG_PORT:-55432}"
PG_CLUSTER="enforcement-test"
RESULTS="$PWD/.test-results"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgres() {
  if [ -n "${ENFORCEMENT_TEST_POSTGRES:-}" ]; then echo "PostgreSQL: using ENFORCEMENT_TEST_POSTGRES"; return; fi
  [ -x /usr/lib/postgresql/15/bin/postgres ] || { echo "PostgreSQL: installing postgresql-15"; apt_install postgresql-15; }
  if ! as_root pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "15 $PG_CLUSTER"; then
    as_root pg_createcluster 15 "$PG_CLUSTER" --port "$PG_PORT" >/dev/null
    # Written by hand: pg_conftool writes the value unquoted and breaks the file.
    echo "listen_addresses = '127.0.0.1'" | as_root tee "/etc/postgresql/15/$PG_CLUSTER/conf.d/listen.conf" >/dev/null
    echo "fsync = off" | as_root tee "/etc/postgresql/15/$PG_CLUSTER/conf.d/tests.conf" >/dev/null
  fi
  as_root pg_ctlcluster 15 "$PG_CLUSTER" start 2>/dev/null || true
  for _ in $(seq 1 30); do as_root runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
  as_root runuser -u postgres -- psql -q -p "$PG_PORT" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'enforcement'" | grep -q 1 \
    || as_root runuser -u postgres -- psql -q -p "$PG_PORT" -c "CREATE ROLE enforcement LOGIN CREATEDB PASSWORD 'enforcement'" >/dev/null
  export ENFORCEMENT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=enforcement;Password=enforcement;Database=postgres"
  echo "PostgreSQL: cluster $PG_CLUSTER on 127.0.0.1:$PG_PORT"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null)"; return; fi
  echo "Chromium: installing chromium and CJK fonts"
  apt_install chromium fonts-noto-cjk fontconfig
  echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null)"
}

ensure_postgres
ensure_chromium

rm -rf "$RESULTS"
dotnet test Enforcement.slnx --nologo -v quiet --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS"
status=$?

passed=0; failed=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test failed before or outside the test counts (build error?)"; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
