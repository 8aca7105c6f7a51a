#!/usr/bin/env bash
# Upgrades, proven (deploy/README.md, "Upgrades: expand and contract"): the previous release's jar (the commit in
# deploy/previous-release, built here from git) works on this release's schema, beside this release's jar, as it
# must while a rolling update runs both and after a rollback.
#  1. The previous release starts on an empty database (its migrations: production before the upgrade) and
#     records work: a cluster, its members, a report and a recommendation, both submitted.
#  2. This release starts on the same database (its migrations run) while the previous one keeps serving.
#  3. The previous release is restarted as a pod of the old version would be (with QUARKUS_FLYWAY_MIGRATE_AT_START
#     =false: the schema is newer than it knows) and becomes ready: its entities still match the schema.
#  4. Both serve one workflow together: each step is taken by one version and read back through the other
#     (a report submitted by the old and accepted by the new; a recommendation created by the new, submitted by
#     the old and voted by the new), with the histories complete on both sides.
#  5. A steady load of reads and idempotent creations goes to both at once: 0 failed requests, every
#     acknowledged creation in the database exactly once.
#
#   bash deploy/upgrade-drill.sh    DRILL_UPGRADE_PORT (previous; this release takes the next, default 18440) and
#                                   DRILL_UPGRADE_DB (database and role, default ops_upgrade) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_OLD="${DRILL_UPGRADE_PORT:-18440}"
PORT_NEW=$((PORT_OLD + 1))
DB="${DRILL_UPGRADE_DB:-ops_upgrade}"
ISSUER=https://drill.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }
PREVIOUS=$(grep -v '^#' deploy/previous-release | head -1)

source deploy/drill/common.sh
fresh_database "$DB" upgrade-drill-only

WORK=$(mktemp -d)
declare -A PID
cleanup() {
  for p in "${PID[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  git worktree remove --force "$WORK/previous" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the previous release ${PREVIOUS:0:7}"
git worktree add --detach "$WORK/previous" "$PREVIOUS" >/dev/null 2>&1
(cd "$WORK/previous" && ./mvnw -q -B -ntp package -DskipTests >"$WORK/previous-build.log" 2>&1) \
  || { tail -30 "$WORK/previous-build.log"; exit 1; }
OLD_JAR="$WORK/previous/target/quarkus-app/quarkus-run.jar"

start() { # name jar port [env...]
  local name=$1 jar=$2 port=$3
  shift 3
  env "$@" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME="$DB" \
    QUARKUS_DATASOURCE_PASSWORD=upgrade-drill-only MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    java -Xmx256m -jar "$jar" >>"$WORK/$name.log" 2>&1 &
  PID[$name]=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "$name did not become ready:"; grep -v '"level":"INFO"' "$WORK/$name.log" | tail -30 | cut -c1-1500; exit 1
}

token() { ISSUER=$ISSUER AUDIENCE=thidua-api dev/token.sh "$@"; }
OLD="http://127.0.0.1:$PORT_OLD"
NEW="http://127.0.0.1:$PORT_NEW"
CLUSTER=DRILL-U

start previous "$OLD_JAR" "$PORT_OLD"
ok "the previous release (${PREVIOUS:0:7}) migrated an empty database and serves"
admin=$(token admin)
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CLUSTER\",\"name\":\"Khối thi đua diễn tập nâng cấp\",\"kind\":\"BLOC\"}" "$OLD/api/v1/clusters"
# Provinces the 2025 merger left unchanged: the previous release predates tokens of a successor acting for its
# predecessors' records.
for p in 38 40 42; do
  role=MEMBER; [ "$p" = 38 ] && role=HEAD
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"year\":2023,\"provinceCode\":\"$p\",\"role\":\"$role\"}" "$OLD/api/v1/clusters/$CLUSTER/members"
done

start current "$JAR" "$PORT_NEW"
ok "this release migrated the previous release's database while the previous release kept serving"
kill -TERM "${PID[previous]}"; wait "${PID[previous]}" 2>/dev/null || true
start previous "$OLD_JAR" "$PORT_OLD" QUARKUS_FLYWAY_MIGRATE_AT_START=false
ok "the previous release restarts on this release's schema (its entities validated against it)"

# One workflow served by both versions: each step by one, read back through the other.
if python3 - "$OLD" "$NEW" "$CLUSTER" "$(token province 40)" "$(token province 38)" "$(token province 42)" <<'PY'
import json, sys, urllib.request, urllib.error
old, new, cluster, officer, head, other = sys.argv[1:]
def call(base, method, path, token, body=None, etag=None, key=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if etag:
        request.add_header("If-Match", etag)
    if key:
        request.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers.get("ETag"), json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None, e.read().decode()[:500]
failures = []
def check(what, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + what + ("" if condition else f": {detail}"))
    if not condition:
        failures.append(what)

# A report drafted and submitted by the previous release, accepted by this one (the head), history on both.
status, etag, report = call(old, "POST", "/api/v1/reports", officer, {
    "clusterCode": cluster, "provinceCode": "40", "period": "2023-H1",
    "values": [{"indicatorCode": "BUDGET_REVENUE", "value": 8200}],
    "movementResults": "Phong trào thi đua yêu nước được triển khai sâu rộng.",
    "commendationWork": "Khen thưởng 412 tập thể, cá nhân.", "limitations": "Chưa nhân rộng kịp thời."})
check("previous release: report drafted", status == 201, f"{status} {report}")
if status != 201:
    sys.exit(1)
rid = report["id"]
status, etag, _ = call(new, "GET", f"/api/v1/reports/{rid}", head)
check("this release: the head does not see the unsubmitted draft", status == 404, status)
status, etag, _ = call(old, "GET", f"/api/v1/reports/{rid}", officer)
status, etag, body = call(old, "POST", f"/api/v1/reports/{rid}/submit", officer, {"note": "Gửi báo cáo."}, etag)
check("previous release: report submitted", status == 200, f"{status} {body}")
status, etag, body = call(new, "GET", f"/api/v1/reports/{rid}", head)
check("this release: the head sees the submitted report", status == 200 and body["status"] == "SUBMITTED", f"{status} {body}")
status, etag, body = call(new, "POST", f"/api/v1/reports/{rid}/accept", head, {"note": "Tiếp nhận."}, etag)
check("this release: report accepted", status == 200, f"{status} {body}")
for name, base in (("previous", old), ("this", new)):
    status, _, history = call(base, "GET", f"/api/v1/reports/{rid}/history", officer)
    items = history.get("items", history) if isinstance(history, dict) else history
    actions = [step["action"] for step in items] if status == 200 else history
    check(f"{name} release: the report's history has the three steps", status == 200 and len(actions) == 3, actions)

# A recommendation created by this release, submitted by the previous one, voted by this one.
status, etag, rec = call(new, "POST", "/api/v1/award-recommendations", officer, {
    "clusterCode": cluster, "year": 2023, "awardTypeCode": "PROVINCIAL_CERTIFICATE_OF_MERIT", "kind": "MERIT",
    "nomineeKind": "INDIVIDUAL", "nomineeName": "Trần Thị Nâng Cấp", "nomineeProvinceCode": "40",
    "proposingProvinceCode": "40", "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2023."}, key="upgrade-rec-1")
check("this release: recommendation created", status == 201, f"{status} {rec}")
if status != 201:
    sys.exit(1)
cid = rec["id"]
status, etag, _ = call(old, "GET", f"/api/v1/award-recommendations/{cid}", officer)
status, etag, body = call(old, "POST", f"/api/v1/award-recommendations/{cid}/submit", officer, {"note": "Gửi hồ sơ."}, etag)
check("previous release: recommendation submitted", status == 200, f"{status} {body}")
status, _, body = call(new, "GET", f"/api/v1/award-recommendations/{cid}", other)
check("this release: another province's officer sees it once submitted", status == 200, f"{status} {body}")
status, etag, _ = call(new, "GET", f"/api/v1/award-recommendations/{cid}", head)
status, etag, body = call(new, "POST", f"/api/v1/award-recommendations/{cid}/vote", head,
                          {"membersPresent": 3, "votesFor": 3, "votesAgainst": 0, "votesAbstaining": 0,
                           "note": "Hội nghị diễn tập."}, etag)
check("this release: recommendation voted", status == 200, f"{status} {body}")
for name, base in (("previous", old), ("this", new)):
    status, _, history = call(base, "GET", f"/api/v1/award-recommendations/{cid}/history", officer)
    items = history.get("items", history) if isinstance(history, dict) else history
    steps = [(step.get("action"), step.get("toStatus")) for step in items] if status == 200 else history
    check(f"{name} release: the recommendation's history has create, submit and vote", status == 200 and
          [s[0] for s in steps] == ["CREATE", "SUBMIT", "VOTE"], steps)
sys.exit(1 if failures else 0)
PY
then ok "one workflow served by both releases"; else fail "one workflow served by both releases"; fi
feed=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token viewer)" "$OLD/api/v1/changes?limit=1000")
[ "$feed" = 200 ] && ok "previous release: the change feed reads the events this release writes (200)" \
  || fail "previous release: the change feed answers $feed"
# Both releases write the status a report step left (V31 dropped the trigger that filled it for 8d7626b): none lacks it.
unfilled=$(psql_admin -d "$DB" -At -c \
  "SELECT count(*) FROM report_step WHERE action <> 'CREATE' AND from_status IS NULL")
[ "$unfilled" -eq 0 ] && ok "every report step after the first says which status it left, whichever release wrote it" \
  || fail "$unfilled report steps without from_status"

# A steady load on both at once.
python3 deploy/drill/load.py "$OLD" "$WORK/load-old" 20 --token-read "$(token viewer)" --token-write "$(token province 40)" \
  --cluster "$CLUSTER" --province 40 --prefix previous >"$WORK/load-old.out" 2>&1 &
LOAD_OLD=$!
python3 deploy/drill/load.py "$NEW" "$WORK/load-new" 20 --token-read "$(token viewer)" --token-write "$(token province 40)" \
  --cluster "$CLUSTER" --province 40 --prefix current >"$WORK/load-new.out" 2>&1 &
LOAD_NEW=$!
wait "$LOAD_OLD" || true
wait "$LOAD_NEW" || true
for side in old new; do
  R="$WORK/load-$side/result.json"
  if [ -f "$R" ] && [ "$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['failed'])" "$R")" -eq 0 ]; then
    ok "load on the $side jar: $(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['requests'], 'requests,', r['acknowledged'], 'creations, 0 failed')" "$R")"
  else
    fail "load on the $side jar: $(cat "$WORK/load-$side.out")"
  fi
done
cat "$WORK"/load-*/acknowledged.txt | cut -d' ' -f1 | sort >"$WORK/keys.txt"
psql_admin -d "$DB" -At -c \
  "SELECT nominee_name FROM award_recommendation WHERE nominee_name LIKE 'Nguyễn Văn Thử %'" \
  | sed 's/^Nguyễn Văn Thử //' | sort >"$WORK/rows.txt"
if cmp -s "$WORK/keys.txt" "$WORK/rows.txt" && [ -s "$WORK/keys.txt" ]; then
  ok "every acknowledged creation of both versions is in the database once ($(wc -l <"$WORK/keys.txt"))"
else
  fail "acknowledged creations and rows differ: $(diff "$WORK/keys.txt" "$WORK/rows.txt" | head -5)"
fi
echo "upgrade drill: $passed passed, $failed failed (previous release ${PREVIOUS:0:7})"
if [ "$failed" -ne 0 ]; then
  for name in previous current; do
    echo "-- $name: errors"; grep -E '"level":"ERROR"| ERROR ' "$WORK/$name.log" | head -5 | cut -c1-3000 || true
  done
  exit 1
fi
