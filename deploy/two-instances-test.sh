#!/usr/bin/env bash
# Two instances, one database: starts the packaged service (target/quarkus-app) twice, on two ports,
# against one fresh database of the machine's PostgreSQL 15 server (configured only by the documented
# environment variables, like deploy/smoke-test.sh), then sends concurrent conflicting writes and
# idempotent retries through both and checks that nothing is duplicated or lost and that every
# conflict gets the right status; and that authority follows the 2025 succession of provinces the same
# way on both instances (f). Only 127.0.0.1. One database role here (the single-role set-up; the smoke
# test runs the two-role one). Tokens carry aud (thidua-api, the default audience) and name units valid
# today: a 2023 member's records are written by the officers of the unit that took it over.
#
#   bash deploy/two-instances-test.sh     TWO_PORT_A, TWO_PORT_B (default 18081, 18082) and TWO_DB (database
#                                         and role, default thidua_two) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_A="${TWO_PORT_A:-18081}"
PORT_B="${TWO_PORT_B:-18082}"
DB="${TWO_DB:-thidua_two}"
ISSUER=https://two.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
ROUNDS=5
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }

source deploy/drill/common.sh
fresh_database "$DB" two-instances-only

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # port log
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME="$DB" \
  QUARKUS_DATASOURCE_PASSWORD=two-instances-only \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
  MP_JWT_VERIFY_ISSUER="$ISSUER" \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="$1" \
    java -jar "$JAR" >"$2" 2>&1 &
  PIDS+=($!)
}
# Both at once: the second start meets the first one's migration (Flyway locks the schema history).
start "$PORT_A" "$WORK/a.log"
start "$PORT_B" "$WORK/b.log"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
for base in "$A" "$B"; do
  for _ in $(seq 1 90); do curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$base/q/health/ready" >/dev/null || { echo "$base did not become ready:"; cat "$WORK"/*.log; exit 1; }
done

token() { ISSUER=$ISSUER AUDIENCE=thidua-api dev/token.sh "$@"; }
# The code of the unit valid today whose officers act for a 2023 member (after the 2025 merger).
today() { # 2023 code → today's code
  case "$1" in
    34) echo 33 ;; 35|36) echo 37 ;; 27) echo 24 ;; 30) echo 31 ;; 26) echo 25 ;; *) echo "$1" ;;
  esac
}
officer() { token province "$(today "$1")"; }   # an officer acting for this 2023 member
admin=$(token admin)
central=$(token central)
viewer=$(token viewer)

check() { # name expected actual
  if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: expected $2, got $3"; fi
}
SENT=()
# Sends a request in the background; its status, headers and body land in $WORK/$1.{status,headers,body}.
send() { # name token method url [curl args...]
  local name=$1 tok=$2 method=$3 url=$4
  shift 4
  (curl -s -o "$WORK/$name.body" -D "$WORK/$name.headers" -w '%{http_code}' -X "$method" \
     -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' "$@" "$url" >"$WORK/$name.status") &
  SENT+=($!)
}
# Waits for the requests sent so far (not for the instances, which are background jobs too).
await() {
  for pid in "${SENT[@]}"; do wait "$pid" || true; done
  SENT=()
}
statuses() { # names... → sorted statuses, space-separated
  for name in "$@"; do cat "$WORK/$name.status"; echo; done | sort | tr '\n' ' ' | sed 's/ $//'
}
header() { # name header → value
  grep -i "^$2:" "$WORK/$1.headers" | head -1 | cut -d' ' -f2- | tr -d '\r'
}
json() { # expression over the JSON on stdin, as python (j is the document)
  python3 -c "import json,sys; j=json.load(sys.stdin); print($1)"
}
get() { # token url
  curl -fs -H "Authorization: Bearer $1" "$2"
}
post() { # token url body → the created resource's body
  curl -fs -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$2"
}

# (a) The same cluster created through both instances at once: the database keeps one.
for i in $(seq 1 "$ROUNDS"); do
  code="TWO-A$i"
  body="{\"code\":\"$code\",\"name\":\"Cụm thi đua thử nghiệm $code\",\"kind\":\"BLOC\"}"
  send "a$i-1" "$admin" POST "$A/api/v1/clusters" -d "$body"
  send "a$i-2" "$admin" POST "$B/api/v1/clusters" -d "$body"
  send "a$i-3" "$central" POST "$A/api/v1/clusters" -d "$body"
  send "a$i-4" "$central" POST "$B/api/v1/clusters" -d "$body"
  await
  check "(a) cluster $code created at once 4 times on 2 instances: one 201, three 409" "201 409 409 409" \
    "$(statuses "a$i-1" "a$i-2" "a$i-3" "a$i-4")"
done

# (b) Two replacements with the same If-Match, one per instance: one wins, the other gets 412.
for i in $(seq 1 "$ROUNDS"); do
  code="TWO-B$i"
  post "$admin" "$A/api/v1/clusters" "{\"code\":\"$code\",\"name\":\"Cụm thi đua $code\",\"kind\":\"BLOC\"}" >/dev/null
  etag=$(curl -fs -D - -o /dev/null -H "Authorization: Bearer $viewer" "$B/api/v1/clusters/$code" \
    | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
  send "b$i-a" "$admin" PUT "$A/api/v1/clusters/$code" -H "If-Match: $etag" \
    -d '{"name":"Cụm thi đua các tỉnh Đồng bằng sông Hồng","kind":"BLOC"}'
  send "b$i-b" "$central" PUT "$B/api/v1/clusters/$code" -H "If-Match: $etag" \
    -d '{"name":"Cụm thi đua các tỉnh Bắc Trung Bộ","kind":"BLOC"}'
  await
  result=$(statuses "b$i-a" "b$i-b")
  winner=b$i-a
  [ "$(cat "$WORK/b$i-b.status")" = 200 ] && winner=b$i-b
  expected=$(json 'j["name"]' <"$WORK/$winner.body")
  final=$(get "$viewer" "$A/api/v1/clusters/$code" | json 'j["name"]')
  if [ "$result" = "200 412" ] && [ "$final" = "$expected" ]; then
    ok "(b) cluster $code replaced on both instances with one If-Match: 200 and 412, the winner's name kept"
  else
    fail "(b) cluster $code: expected 200 412 and name '$expected', got $result and '$final'"
  fi
done

# Members for (c), (d) and (e): a bloc with the nine 2023 members of the Red River Delta cluster.
PROVINCES=(34 36 35 37 33 30 26 27 22)
bloc() { # code
  post "$admin" "$A/api/v1/clusters" "{\"code\":\"$1\",\"name\":\"Khối thi đua thử nghiệm $1\",\"kind\":\"BLOC\"}" >/dev/null
  local role
  for p in "${PROVINCES[@]}"; do
    role=MEMBER
    [ "$p" = 34 ] && role=HEAD
    post "$admin" "$B/api/v1/clusters/$1/members" "{\"year\":2023,\"provinceCode\":\"$p\",\"role\":\"$role\"}" >/dev/null
  done
}

# (c) One creation sent with the same Idempotency-Key to both instances, several times at once and
# again afterwards: one recommendation; every answer 201 with the same Location, or 409 while the
# first is still being processed.
bloc TWO-C
nd=$(officer 36)   # Nam Định's records: today's Ninh Bình (37)
for i in $(seq 1 "$ROUNDS"); do
  key="two-instances-$i-$(date +%s%N)"
  body="{\"clusterCode\":\"TWO-C\",\"year\":2023,\"awardTypeCode\":\"PROVINCIAL_CERTIFICATE_OF_MERIT\",\"kind\":\"MERIT\",
    \"nomineeKind\":\"INDIVIDUAL\",\"nomineeName\":\"Trần Thị Hoa $i\",\"nomineeProvinceCode\":\"36\",
    \"proposingProvinceCode\":\"36\",\"achievements\":\"Hoàn thành xuất sắc nhiệm vụ năm 2023.\"}"
  names=()
  for n in 1 2 3; do
    send "c$i-a$n" "$nd" POST "$A/api/v1/award-recommendations" -H "Idempotency-Key: $key" -d "$body"
    send "c$i-b$n" "$nd" POST "$B/api/v1/award-recommendations" -H "Idempotency-Key: $key" -d "$body"
    names+=("c$i-a$n" "c$i-b$n")
  done
  await
  send "c$i-ra" "$nd" POST "$A/api/v1/award-recommendations" -H "Idempotency-Key: $key" -d "$body"
  send "c$i-rb" "$nd" POST "$B/api/v1/award-recommendations" -H "Idempotency-Key: $key" -d "$body"
  await
  names+=("c$i-ra" "c$i-rb")
  locations=""
  wrong=""
  for name in "${names[@]}"; do
    case "$(cat "$WORK/$name.status")" in
      201) locations="$locations$(header "$name" Location | sed 's#^https\?://[^/]*##')"$'\n' ;;
      409) grep -q "still being processed" "$WORK/$name.body" || wrong="$wrong $name:409($(cat "$WORK/$name.body"))" ;;
      *) wrong="$wrong $name:$(cat "$WORK/$name.status")" ;;
    esac
  done
  distinct=$(printf '%s' "$locations" | sort -u | grep -c . || true)
  retries=$(statuses "c$i-ra" "c$i-rb")
  created=$(get "$viewer" "$A/api/v1/award-recommendations?cluster=TWO-C&year=2023&q=Tr%E1%BA%A7n%20Th%E1%BB%8B%20Hoa%20$i" \
    | json 'j["total"]')
  if [ -z "$wrong" ] && [ "$distinct" = 1 ] && [ "$retries" = "201 201" ] && [ "$created" = 1 ]; then
    ok "(c) 8 requests with one Idempotency-Key on 2 instances: one recommendation, one Location ($(statuses "${names[@]}"))"
  else
    fail "(c) key $key: created $created, $distinct distinct Locations, retries $retries, unexpected:$wrong"
  fi
done

# (c') A key belongs to its caller on both instances: Quảng Ninh (22) creates an exemplary model with a key
# through A; Nghệ An (40) sends the same key and body through B and gets its own answer (403: the model is
# not its province's), not Quảng Ninh's creation; Quảng Ninh's retry through B is the replay.
key="two-instances-own-$(date +%s%N)"
body="{\"name\":\"Mô hình thử $key\",\"kind\":\"PERSON\",\"provinceCode\":\"22\",\"fromYear\":2023,
  \"achievements\":\"Điển hình.\"}"
send own-22 "$(token province 22)" POST "$A/api/v1/exemplary-models" -H "Idempotency-Key: $key" -d "$body"
await
send own-40 "$(token province 40)" POST "$B/api/v1/exemplary-models" -H "Idempotency-Key: $key" -d "$body"
send own-22b "$(token province 22)" POST "$B/api/v1/exemplary-models" -H "Idempotency-Key: $key" -d "$body"
await
if [ "$(statuses own-22)" = 201 ] && [ "$(statuses own-40)" = 403 ] && [ -z "$(header own-40 Idempotent-Replayed)" ] \
  && [ "$(statuses own-22b)" = 201 ] && [ "$(header own-22b Idempotent-Replayed)" = true ] \
  && [ "$(header own-22b Location | sed 's#^https\?://[^/]*##')" = "$(header own-22 Location | sed 's#^https\?://[^/]*##')" ]; then
  ok "(c') another province's officer with the same key on the other instance: 403, not a replay; the owner's retry: replayed"
else
  fail "(c') one key, two provinces, two instances: $(statuses own-22) / $(statuses own-40) $(cat "$WORK/own-40.body") / $(statuses own-22b) $(header own-22b Idempotent-Replayed)"
fi

# (d) Two simultaneous first reports for the same member and period, one per instance: one 201, one 409.
bloc TWO-D
i=0
for p in 36 35 37 33 30; do
  i=$((i + 1))
  officer=$(officer "$p")
  body="{\"clusterCode\":\"TWO-D\",\"provinceCode\":\"$p\",\"period\":\"2023-H1\",
    \"values\":[{\"indicatorCode\":\"NTM_COMMUNES\",\"value\":83},{\"indicatorCode\":\"POVERTY_RATE\",\"value\":1.52}]}"
  send "d$i-a" "$officer" POST "$A/api/v1/reports" -d "$body"
  send "d$i-b" "$officer" POST "$B/api/v1/reports" -d "$body"
  await
  reports=$(get "$viewer" "$B/api/v1/reports?cluster=TWO-D&province=$p&period=2023-H1" | json 'j["total"]')
  result=$(statuses "d$i-a" "d$i-b")
  if [ "$result" = "201 409" ] && [ "$reports" = 1 ]; then
    ok "(d) first 2023-H1 report of province $p (by today's $(today "$p")) sent to both instances at once: 201 and 409, one report"
  else
    fail "(d) province $p: expected 201 409 and one report, got $result and $reports"
  fi
done

# (e) Writers on both instances while a consumer reads the change feed through them in turn: every
# change appears once, none is missing.
cursor=""
while :; do
  page=$(get "$central" "$A/api/v1/changes?limit=1000${cursor:+&after=$cursor}")
  [ "$(echo "$page" | json 'len(j["items"])')" = 0 ] && break
  cursor=$(echo "$page" | json 'j["next"]')
done
cursor=$(echo "$page" | json 'j["next"]')
bloc TWO-E
writer() { # instance province period
  local officer created id etag
  officer=$(officer "$2")
  created=$(curl -fs -D "$WORK/e-$2-$3.headers" -X POST -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' \
    -d "{\"clusterCode\":\"TWO-E\",\"provinceCode\":\"$2\",\"period\":\"$3\",\"values\":[{\"indicatorCode\":\"NTM_COMMUNES\",\"value\":40}]}" \
    "$1/api/v1/reports") || return 1
  id=$(echo "$created" | json 'j["id"]')
  etag=$(grep -i '^etag:' "$WORK/e-$2-$3.headers" | cut -d' ' -f2- | tr -d '\r')
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' \
    -H "If-Match: $etag" -d '{"note":"Gửi Cụm trưởng."}' "$1/api/v1/reports/$id/submit" || return 1
  echo "report/$id" >>"$WORK/e-items"
}
reader() { # cursor: polls through A and B in turn, a few changes at a time, until the writers are done and nothing is left
  local cursor=$1 base=$A page finished
  while :; do
    finished=0
    [ -f "$WORK/e-done" ] && finished=1
    page=$(get "$central" "$base/api/v1/changes?limit=4&after=$cursor") || { echo "reader: feed unreadable" >&2; return 1; }
    echo "$page" | json '"\n".join(" ".join([i["cursor"], i["entity"] + "/" + str(i["id"]), i["action"], i["status"]]) for i in j["items"])' \
      | grep . >>"$WORK/e-seen" || true
    cursor=$(echo "$page" | json 'j["next"]')
    if [ "$(echo "$page" | json 'len(j["items"])')" = 0 ]; then
      [ "$finished" = 1 ] && return 0
      sleep 0.05
    fi
    if [ "$base" = "$A" ]; then base=$B; else base=$A; fi
  done
}
: >"$WORK/e-seen"
: >"$WORK/e-items"
reader "$cursor" &
READER=$!
WRITERS=()
n=0
for p in 34 36 35 37 33 30 26 27; do
  for period in 2023-H1 2023-FY; do
    n=$((n + 1))
    if [ $((n % 2)) = 0 ]; then base=$A; else base=$B; fi
    writer "$base" "$p" "$period" &
    WRITERS+=($!)
  done
done
writers_ok=1
for pid in "${WRITERS[@]}"; do wait "$pid" || writers_ok=0; done
touch "$WORK/e-done"
wait "$READER" || writers_ok=0
items=$(sort -u "$WORK/e-items" | tr '\n' ',' | sed 's/,$//')
seen=$(cut -d' ' -f2- "$WORK/e-seen" | grep -E "^report/($(sed 's#report/##' "$WORK/e-items" | paste -sd'|'))( |$)" | sort)
in_db=$(psql_admin -d "$DB" -At -F' ' -c "SELECT entity || '/' || entity_id, action, status FROM change_event
  WHERE entity = 'report' AND entity_id IN ($(sed 's#report/##' "$WORK/e-items" | paste -sd,))" | sort)
cursors=$(cut -d' ' -f1 "$WORK/e-seen" | sort | uniq -d | grep -c . || true)
changes=$(printf '%s\n' "$seen" | grep -c . || true)
if [ "$writers_ok" = 1 ] && [ "$(echo "$items" | tr ',' '\n' | grep -c .)" = 16 ] && [ "$changes" = 32 ] \
   && [ "$seen" = "$in_db" ] && [ "$cursors" = 0 ]; then
  ok "(e) 16 reports created and submitted through both instances while the feed was read through both: 32 changes, each once"
else
  fail "(e) writers ok: $writers_ok; items: $items; changes seen: $changes; repeated cursors: $cursors; feed and database differ:
$(diff <(printf '%s\n' "$seen") <(printf '%s\n' "$in_db") || true)"
fi

# (f) Authority follows the succession, the same on both instances. In 2023 Thái Bình (34) headed the bloc
# and Nam Định (36) was a member; today Ninh Bình (37) holds Nam Định's records and Hưng Yên (33) Thái
# Bình's head role. A report of old Nam Định is written through A and submitted through B by an officer of
# today's Ninh Bình; until submitted the head's officers cannot see it on either instance; Ninh Bình may
# not accept its own province's work; the head's officer accepts it; a token for 36 is refused on both.
bloc TWO-F
nb=$(token province 37)
hy=$(token province 33)
old_nd=$(token province 36)
call() { # name token method url [curl args...] → status; the body in $WORK/$name.body
  local name=$1 tok=$2 method=$3 url=$4
  shift 4
  curl -s -o "$WORK/$name.body" -D "$WORK/$name.headers" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' "$@" "$url"
}
check "(f) today's Ninh Bình (37) writes old Nam Định's (36) 2023 report through A: 201" 201 \
  "$(call f-create "$nb" POST "$A/api/v1/reports" -d '{"clusterCode":"TWO-F","provinceCode":"36","period":"2023-H1",
      "values":[{"indicatorCode":"NTM_COMMUNES","value":226}]}')"
fid=$(json 'j["id"]' <"$WORK/f-create.body")
check "(f) the report is Nam Định's (36)" 36 "$(json 'j["province"]["code"]' <"$WORK/f-create.body")"
check "(f) a draft: through B the head's officer (33) gets 404" 404 "$(call f-hidden-b "$hy" GET "$B/api/v1/reports/$fid")"
check "(f) a draft: through A the head's officer (33) gets 404" 404 "$(call f-hidden-a "$hy" GET "$A/api/v1/reports/$fid")"
check "(f) a draft: absent from the head's list through B" 0 \
  "$(get "$hy" "$B/api/v1/reports?cluster=TWO-F&period=2023-H1" | json 'j["total"]')"
check "(f) Ninh Bình (37) reads it through B: 200" 200 "$(call f-read-b "$nb" GET "$B/api/v1/reports/$fid")"
check "(f) Ninh Bình (37) submits it through B: 200" 200 \
  "$(call f-submit "$nb" POST "$B/api/v1/reports/$fid/submit" -H "If-Match: $(header f-read-b ETag)" -d '{"note":"Gửi Cụm trưởng."}')"
check "(f) submitted: the head's officer (33) reads it through A" "200 SUBMITTED" \
  "$(call f-seen-a "$hy" GET "$A/api/v1/reports/$fid") $(json 'j["status"]' <"$WORK/f-seen-a.body")"
etag=$(header f-seen-a ETag)
check "(f) Ninh Bình (37) may not accept its own province's (Nam Định's) report through A: 403" "403 True" \
  "$(call f-own "$nb" POST "$A/api/v1/reports/$fid/accept" -H "If-Match: $etag" -d '{"note":"Tiếp nhận."}') \
$(json '"your own province" in j["detail"]' <"$WORK/f-own.body")"
check "(f) the head's officer (33, for Thái Bình) accepts it through B" "200 ACCEPTED" \
  "$(call f-accept "$hy" POST "$B/api/v1/reports/$fid/accept" -H "If-Match: $etag" -d '{"note":"Tiếp nhận."}') \
$(json 'j["status"]' <"$WORK/f-accept.body")"
for side in A B; do
  base=$A
  [ "$side" = B ] && base=$B
  check "(f) a token for Nam Định's retired code (36) reading through $side: 403 naming Ninh Bình (37)" "403 True" \
    "$(call "f-old-read-$side" "$old_nd" GET "$base/api/v1/reports/$fid") \
$(json '"Ninh Bình (37)" in j["detail"]' <"$WORK/f-old-read-$side.body")"
  check "(f) a token for Nam Định's retired code (36) writing through $side: 403" 403 \
    "$(call "f-old-write-$side" "$old_nd" POST "$base/api/v1/reports" -d '{"clusterCode":"TWO-F","provinceCode":"36",
        "period":"2023-FY","values":[{"indicatorCode":"NTM_COMMUNES","value":226}]}')"
done
check "(f) nothing was written by the retired code" 1 "$(get "$viewer" "$A/api/v1/reports?cluster=TWO-F" | json 'j["total"]')"

if [ "$failed" -gt 0 ]; then echo "--- instance A log"; tail -50 "$WORK/a.log"; echo "--- instance B log"; tail -50 "$WORK/b.log"; fi
echo "two-instances: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
