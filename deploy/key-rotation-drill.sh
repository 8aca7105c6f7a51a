#!/usr/bin/env bash
# JWT signing key rotation, proven: the packaged service (target/quarkus-app) verifies tokens with the keys of a
# JWKS served over HTTP (python3's http.server on 127.0.0.1, standing for the token issuer's JWKS URL), and the
# issuer rotates from key "2026-a" to key "2026-b" as deploy/README.md tells:
#  1. the JWKS has A: a token signed with A is accepted, one signed with B (not published yet) is refused;
#  2. B is published beside A: after the service's next JWKS refresh (set to 1 minute here) a token signed with
#     B is accepted, and tokens signed with A still are;
#  3. A is withdrawn: after the next refresh a new token signed with A is refused, tokens signed with B accepted.
#
#   bash deploy/key-rotation-drill.sh     DRILL_KEYS_PORT (the service; the JWKS server takes the next, default
#                                         18420) and DRILL_KEYS_DB (database and role, default ops_keys) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${DRILL_KEYS_PORT:-18420}"
JWKS_PORT=$((PORT + 1))
DB="${DRILL_KEYS_DB:-ops_keys}"
ISSUER=https://drill.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }

source deploy/drill/common.sh
fresh_database "$DB" key-drill-only

WORK=$(mktemp -d)
SERVICE=""
JWKS_SERVER=""
cleanup() {
  for p in $SERVICE $JWKS_SERVER; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Two RSA key pairs, and a JWKS document of the public keys named on the command line.
for k in a b; do openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/$k.pem" 2>/dev/null; done
publish() { # kid... : writes the JWKS with these keys
  python3 - "$WORK" "$@" <<'PY'
import base64, json, subprocess, sys
work, kids = sys.argv[1], sys.argv[2:]
def b64(n):
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
keys = []
for kid in kids:
    modulus = subprocess.run(["openssl", "rsa", "-in", f"{work}/{kid[-1]}.pem", "-noout", "-modulus"],
                             capture_output=True, text=True, check=True).stdout.strip().split("=", 1)[1]
    keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid, "n": b64(int(modulus, 16)), "e": "AQAB"})
with open(f"{work}/jwks/keys.json.tmp", "w") as out:
    json.dump({"keys": keys}, out)
PY
  mv "$WORK/jwks/keys.json.tmp" "$WORK/jwks/keys.json"
}
mkdir -p "$WORK/jwks"
publish 2026-a
python3 -m http.server "$JWKS_PORT" --bind 127.0.0.1 --directory "$WORK/jwks" >"$WORK/jwks.log" 2>&1 &
JWKS_SERVER=$!
for _ in $(seq 1 40); do curl -fs "http://127.0.0.1:$JWKS_PORT/keys.json" >/dev/null 2>&1 && break; sleep 0.25; done

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME="$DB" \
QUARKUS_DATASOURCE_PASSWORD=key-drill-only \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="http://127.0.0.1:$JWKS_PORT/keys.json" \
MP_JWT_VERIFY_ISSUER="$ISSUER" \
SMALLRYE_JWT_JWKS_REFRESH_INTERVAL=1 \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT="$PORT" \
  java -Xmx256m -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the service did not start:"; cat "$WORK/service.log"; exit 1; }

# A fresh token each time (different iat/sub), so that the service's cache of verified tokens is not what answers.
n=0
signed() { # kid
  n=$((n + 1))
  ISSUER=$ISSUER AUDIENCE=thidua-api KID="$1" KEY="$WORK/${1: -1}.pem" dev/token.sh viewer | sed "s/^/ /;s/^ //"
}
status() { # kid
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(signed "$1")" "$BASE/api/v1/provinces?size=1"
}
expect() { # kid status what
  local got
  got=$(status "$1")
  [ "$got" = "$2" ] && ok "$3 ($got)" || fail "$3: expected $2, got $got"
}

expect 2026-a 200 "JWKS {A}: a token signed with A is accepted"
expect 2026-b 401 "JWKS {A}: a token signed with B, not yet published, is refused"
# Until the first refresh (1 minute here, 60 by default) or the first token naming an unknown key (at most one
# such forced fetch per 30 minutes: the refused B above took it), the service knows only what it fetched.
within() { # kid status seconds: prints the seconds it took for a fresh token to get that status, or nothing
  local started=$SECONDS
  while [ $((SECONDS - started)) -le "$3" ]; do
    [ "$(status "$1")" = "$2" ] && { echo $((SECONDS - started)); return; }
    sleep 2
  done
}
publish 2026-a 2026-b
took=$(within 2026-b 200 130)
[ -n "$took" ] && ok "JWKS {A, B}: a token signed with the newly published B is accepted after the next refresh (${took} s)" \
  || fail "JWKS {A, B}: a token signed with B is still refused 130 s after B was published"
expect 2026-a 200 "JWKS {A, B}: tokens signed with A are still accepted"
publish 2026-b
took=$(within 2026-a 401 130)
[ -n "$took" ] && ok "JWKS {B}: after the next refresh a new token signed with the withdrawn A is refused (${took} s)" \
  || fail "JWKS {B}: tokens signed with the withdrawn A are still accepted 130 s after A was withdrawn"
expect 2026-b 200 "JWKS {B}: tokens signed with B are accepted"
requests=$(grep -c 'GET /keys.json' "$WORK/jwks.log" || true)
echo "key rotation drill: $passed passed, $failed failed (the JWKS was fetched $requests times)"
[ "$failed" -eq 0 ] || { grep -v '"level":"INFO"' "$WORK/service.log" | tail -20; exit 1; }
