#!/usr/bin/env bash
# Zero-downtime restarts, proven: two instances of the packaged service (target/quarkus-app) behind HAProxy
# (Debian's package) on 127.0.0.1, one database of the machine's PostgreSQL 15, and a steady mixed load
# (deploy/drill/load.py: readers, and writers creating award recommendations with Idempotency-Keys).
#
#  1. Rolling restart: each instance in turn gets SIGTERM while the load runs. The service's readiness goes
#     DOWN first (quarkus.shutdown.delay), HAProxy's health check takes it out of rotation, the requests in
#     flight finish (quarkus.shutdown.timeout), the process exits and is started again. Asserted: 0 failed
#     requests, every acknowledged creation in the database exactly once, no row without an acknowledgement.
#  2. Crash: one instance gets SIGKILL mid-load. Clients retry a failed creation with the same
#     Idempotency-Key: asserted every creation acknowledged in the end, each exactly once in the database.
#
#   bash deploy/restart-drill.sh     DRILL_PORT (HAProxy; the instances take the next two, default 18400) and
#                                    DRILL_DB (database and role, default ops_restart) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${DRILL_PORT:-18400}"
PORT_A=$((PORT + 1))
PORT_B=$((PORT + 2))
DB="${DRILL_DB:-ops_restart}"
ISSUER=https://drill.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
LOAD_SECONDS="${DRILL_LOAD_SECONDS:-40}"
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }

command -v haproxy >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; }
source deploy/drill/common.sh
fresh_database "$DB" restart-drill-only

WORK=$(mktemp -d)
declare -A PID
HAPROXY_PID=""
cleanup() {
  for p in "${PID[@]}" $HAPROXY_PID; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # name port
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME="$DB" \
  QUARKUS_DATASOURCE_PASSWORD=restart-drill-only \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
  MP_JWT_VERIFY_ISSUER="$ISSUER" \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="$2" \
    java -Xmx384m -jar "$JAR" >>"$WORK/$1.log" 2>&1 &
  PID[$1]=$!
}
ready() { # port
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "instance on $1 did not become ready:"; cat "$WORK"/*.log; exit 1
}
start a "$PORT_A"; ready "$PORT_A"
start b "$PORT_B"; ready "$PORT_B"

# HAProxy: one new connection to the instance per request (http-server-close), so that no kept-alive
# connection outlives the instance's removal; health check on readiness every 500 ms, out after one failure.
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 2000
  stats socket $WORK/haproxy.sock mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch 1
  option http-server-close
frontend api
  bind 127.0.0.1:$PORT
  default_backend thidua
backend thidua
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  timeout check 3s
  default-server inter 500ms fall 2 rise 2
  server a 127.0.0.1:$PORT_A check
  server b 127.0.0.1:$PORT_B check
EOF
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
LB="http://127.0.0.1:$PORT"
server_state() { # name → UP/DOWN/...
  python3 - "$WORK/haproxy.sock" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536):
    data += chunk
for line in data.decode().splitlines():
    f = line.split(",")
    if len(f) > 17 and f[0] == "thidua" and f[1] == sys.argv[2]:
        print(f[17].split(" ")[0])
PY
}
in_rotation() { # name
  for _ in $(seq 1 60); do [ "$(server_state "$1")" = UP ] && return 0; sleep 0.5; done
  echo "HAProxy never put $1 back in rotation"; cat "$WORK/haproxy.log"; exit 1
}
in_rotation a; in_rotation b

token() { ISSUER=$ISSUER AUDIENCE=thidua-api dev/token.sh "$@"; }
admin=$(token admin)
officer=$(token province 37)   # Nam Định's (36) 2023 records belong to today's Ninh Bình (37)
viewer=$(token viewer)
CLUSTER=DRILL-R
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CLUSTER\",\"name\":\"Khối thi đua diễn tập\",\"kind\":\"BLOC\"}" "$LB/api/v1/clusters"
for p in 34 36 37; do
  role=MEMBER; [ "$p" = 34 ] && role=HEAD
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"year\":2023,\"provinceCode\":\"$p\",\"role\":\"$role\"}" "$LB/api/v1/clusters/$CLUSTER/members"
done

field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
# Every acknowledged key exactly once among the rows, and no row of this phase without an acknowledgement.
check_rows() { # phase-prefix out-dir
  psql_admin -d "$DB" -At -c "SELECT nominee_name FROM award_recommendation WHERE nominee_name LIKE 'Nguyễn Văn Thử $1-%'" \
    | sed "s/^Nguyễn Văn Thử //" | sort >"$2/rows.txt"
  cut -d' ' -f1 "$2/acknowledged.txt" | sort >"$2/keys.txt"
  local duplicated missing unacknowledged rows keys
  duplicated=$(uniq -d "$2/rows.txt" | wc -l)
  missing=$(comm -23 "$2/keys.txt" "$2/rows.txt" | wc -l)
  unacknowledged=$(comm -13 "$2/keys.txt" <(uniq "$2/rows.txt") | wc -l)
  rows=$(wc -l <"$2/rows.txt"); keys=$(wc -l <"$2/keys.txt")
  if [ "$duplicated" -eq 0 ] && [ "$missing" -eq 0 ] && [ "$unacknowledged" -eq 0 ] && [ "$keys" -gt 0 ]; then
    ok "$1: $keys creations acknowledged, $rows rows: none lost, none duplicated, none unacknowledged"
  else
    fail "$1: $keys acknowledged, $rows rows, $duplicated duplicated, $missing lost, $unacknowledged unacknowledged"
  fi
}

# 1. Rolling restart under load: SIGTERM to a, back in rotation, then the same for b.
graceful_restart() { # name port
  local name=$1 port=$2 began ended code
  began=$(date +%s.%N)
  kill -TERM "${PID[$name]}"
  # Readiness is DOWN at once, while the instance still serves the requests HAProxy sends until its next check.
  local readiness=""
  for _ in $(seq 1 20); do
    readiness=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" || true)
    [ "$readiness" = 503 ] && break; sleep 0.1
  done
  echo "$readiness" >"$WORK/$name.readiness-after-sigterm"
  code=0; wait "${PID[$name]}" || code=$?
  ended=$(date +%s.%N)
  echo "$code $(python3 -c "print(round($ended - $began, 1))")" >"$WORK/$name.exit"
  start "$name" "$port"; ready "$port"; in_rotation "$name"
}
python3 deploy/drill/load.py "$LB" "$WORK/rolling" "$LOAD_SECONDS" --token-read "$viewer" --token-write "$officer" \
  --cluster "$CLUSTER" --prefix rolling >"$WORK/rolling.out" 2>&1 &
LOAD=$!
sleep 5
graceful_restart a "$PORT_A"
sleep 3
graceful_restart b "$PORT_B"
wait "$LOAD" || { cat "$WORK/rolling.out"; fail "the load client of the rolling restart failed"; }
cat "$WORK/rolling.out"
for name in a b; do
  read -r code seconds <"$WORK/$name.exit"
  if [ "$(cat "$WORK/$name.readiness-after-sigterm")" = 503 ]; then
    ok "$name: readiness 503 right after SIGTERM, exited after ${seconds}s (status $code)"
  else
    fail "$name: readiness after SIGTERM was $(cat "$WORK/$name.readiness-after-sigterm"), not 503"
  fi
done
requests=$(field "$WORK/rolling/result.json" requests)
failures=$(field "$WORK/rolling/result.json" failed)
if [ "$failures" -eq 0 ] && [ "$requests" -gt 100 ]; then
  ok "rolling restart of both instances under load: $requests requests, 0 failed"
else
  fail "rolling restart: $failures of $requests requests failed: $(field "$WORK/rolling/result.json" failures)"
fi
check_rows rolling "$WORK/rolling"

# 2. SIGKILL of one instance mid-load: the clients retry with the same key (for up to 30 s) and lose nothing.
python3 deploy/drill/load.py "$LB" "$WORK/crash" 25 --token-read "$viewer" --token-write "$officer" \
  --cluster "$CLUSTER" --prefix crash --retry 30 --writers 4 --pause 0.005 >"$WORK/crash.out" 2>&1 &
LOAD=$!
sleep 8
kill -KILL "${PID[a]}"; wait "${PID[a]}" 2>/dev/null || true
sleep 4
start a "$PORT_A"; ready "$PORT_A"; in_rotation a
wait "$LOAD" || { cat "$WORK/crash.out"; fail "the load client of the crash failed"; }
cat "$WORK/crash.out"
unacknowledged=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['unacknowledged']))" "$WORK/crash/result.json")
retries=$(field "$WORK/crash/result.json" retries)
replayed=$(field "$WORK/crash/result.json" replayed)
if [ "$unacknowledged" -eq 0 ]; then
  ok "SIGKILL mid-load: every creation acknowledged in the end ($retries retries with the same key, $replayed answered as replays)"
else
  fail "SIGKILL mid-load: $unacknowledged creations never acknowledged: $(field "$WORK/crash/result.json" failures)"
fi
check_rows crash "$WORK/crash"

echo "restart drill: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { tail -50 "$WORK"/a.log "$WORK"/b.log; exit 1; }
