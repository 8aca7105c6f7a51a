#!/usr/bin/env bash
# Prints a bearer token (JWT, RS256) for dev mode and tests, signed with the dev key pair in dev/jwt.
# Only the dev and test profiles trust this key; production verifies tokens with its own public key.
#
#   dev/token.sh                 one token per demo role, labelled
#   dev/token.sh ROLE [CODE]     one token: ROLE is admin, central, province or viewer;
#                                CODE is the province of a "province" user, a code of today's units
#                                (default 33, Hưng Yên: it holds Thái Bình's 2023 head role since the 2025 merger)
set -euo pipefail
cd "$(dirname "$0")"
ISSUER="${ISSUER:-https://thidua.dev.local}"
KEY="${KEY:-jwt/privateKey.pem}"
AUDIENCE="${AUDIENCE:-thidua-api}"
# KID, if set, names the signing key in the token's header (a key of a JWKS: deploy/key-rotation-drill.sh).

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

token() {
  local role="$1" province="${2:-33}" now claims
  now=$(date +%s)
  claims="\"iss\":\"$ISSUER\",\"aud\":\"$AUDIENCE\",\"sub\":\"dev-$role\",\"upn\":\"dev-$role@thidua.dev.local\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + 12 * 3600))"
  [ "$role" = province ] && claims="$claims,\"province\":\"$province\""
  local header payload signature
  if [ -n "${KID:-}" ]; then
    header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$KID" | b64url)
  else
    header=$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)
  fi
  payload=$(printf '{%s}' "$claims" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" | b64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

if [ $# -eq 0 ]; then
  for role in admin central province viewer; do
    printf '%s:\n' "$role"; token "$role"; echo
  done
else
  case "$1" in
    admin|central|province|viewer) token "$@" ;;
    *) echo "usage: dev/token.sh [admin|central|province|viewer] [province code]" >&2; exit 2 ;;
  esac
fi
