#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, listening on
# 127.0.0.1 only, at a free port, with a random password. ctest starts and stops it as a fixture.
#   postgresql-test-server.sh start STATE   start it; STATE receives its folder and address
#   postgresql-test-server.sh stop STATE    stop it and remove its folder
#   postgresql-test-server.sh crash STATE   stop it as a crash would (pg_ctl stop -m immediate)
#   postgresql-test-server.sh restart STATE start it again after a crash (it recovers from its log)
# With RAPPORT_SKIP_POSTGRESQL=1 nothing starts and STATE says so: the storage tests then run on
# SQLite only, and say so. RAPPORT_POSTGRESQL_DURABLE=1 keeps PostgreSQL's own durability (fsync
# on), for the benchmark.
set -euo pipefail
mode=${1:?usage: $0 start|stop|crash|restart STATE}
state=${2:?usage: $0 start|stop|crash|restart STATE}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
# initdb refuses to run as root: the cluster belongs to the postgres user then.
run=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    run=(runuser -u postgres --)
    owner=postgres
fi

# Starts the cluster in $1 on port $2; the server's log on failure.
start_server() {
    # Speed over durability: a test cluster lives for one run (unless measuring).
    # TLS with a certificate of its own for 127.0.0.1 (the tests trust it explicitly for verify-full).
    local settings="-c listen_addresses=127.0.0.1 -p $2 -k $1 -c ssl=on -c ssl_cert_file=$1/server.crt -c ssl_key_file=$1/server.key"
    [ -n "${RAPPORT_POSTGRESQL_DURABLE:-}" ] || settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if ! "${run[@]}" "$bindir/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 start -o "$settings" >/dev/null; then
        cat "$1/server.log" >&2
        return 1
    fi
}

case "$mode" in
start)
    rm -f "$state"
    if [ -n "${RAPPORT_SKIP_POSTGRESQL:-}" ]; then
        echo "skipped=1" > "$state"
        echo "RAPPORT_SKIP_POSTGRESQL is set: no PostgreSQL server, the storage tests run on SQLite only"
        exit 0
    fi
    if [ -z "$bindir" ]; then
        echo "PostgreSQL is not installed (apt-get install postgresql), or set RAPPORT_SKIP_POSTGRESQL=1" >&2
        exit 1
    fi
    dir=$(mktemp -d /tmp/rapport-postgresql.XXXXXX)
    chown "$owner" "$dir"
    chmod 700 "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$dir/password"
    chown "$owner" "$dir/password"
    "${run[@]}" "$bindir/initdb" -D "$dir/data" -U rapport_admin --pwfile="$dir/password" -E UTF8 --locale=C.UTF-8 \
        --auth-host=scram-sha-256 --auth-local=trust --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
        -keyout "$dir/server.key" -out "$dir/server.crt" >"$dir/openssl.log" 2>&1 \
        || { cat "$dir/openssl.log" >&2; rm -rf "$dir"; exit 1; }
    chown "$owner" "$dir/server.key" "$dir/server.crt"
    chmod 600 "$dir/server.key"
    start_server "$dir" "$port" || { rm -rf "$dir"; exit 1; }
    {
        echo "dir=$dir"
        echo "port=$port"
        echo "durable=${RAPPORT_POSTGRESQL_DURABLE:-}"
        echo "uri=postgresql://rapport_admin:$password@127.0.0.1:$port/postgres"
        echo "certificate=$dir/server.crt"
    } > "$state"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port in $dir"
    ;;
crash)
    dir=$(sed -n 's/^dir=//p' "$state")
    "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
restart)
    # As durable as it started: asynchronous commit would lose the last commits in a crash.
    RAPPORT_POSTGRESQL_DURABLE=$(sed -n 's/^durable=//p' "$state")
    start_server "$(sed -n 's/^dir=//p' "$state")" "$(sed -n 's/^port=//p' "$state")"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(sed -n 's/^dir=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    [ -n "$dir" ] && rm -rf "$dir"
    rm -f "$state"
    ;;
*)
    echo "usage: $0 start|stop|crash|restart STATE" >&2
    exit 2
    ;;
esac
