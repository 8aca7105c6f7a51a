#!/usr/bin/env bash
# Offline validation of the Kubernetes manifests (deploy/kubernetes): renders every overlay with
# `kubectl kustomize`, validates every object against its schema (Kubernetes objects: npm kubernetes-models;
# CloudNativePG and Barman Cloud objects: deploy/kubernetes/schemas/cloudnative-pg.schema.json), checks the
# operations guide's promises on them (validate/policy.mjs), and proves the validation can fail: three broken
# copies (a wrong type in the Deployment, a misspelt field in the database Cluster, an unknown pool mode)
# must each be refused. No cluster needed.
set -euo pipefail
cd "$(dirname "$0")/kubernetes"
export DEBIAN_FRONTEND=noninteractive
need=()
command -v kubectl >/dev/null 2>&1 || need+=(kubectl)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
(cd validate && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failed=0
for overlay in overlays/*/; do
  name=$(basename "$overlay")
  kubectl kustomize "$overlay" >"$WORK/$name.yaml"
  echo "== $name: $(grep -c '^kind:' "$WORK/$name.yaml") objects"
  node validate/validate.mjs "$WORK/$name.yaml" || failed=1
  node validate/policy.mjs ../README.md "$WORK/$name.yaml" || failed=1
done

echo "== broken manifests must be refused"
refused() { # description file
  if node validate/validate.mjs "$2" >"$WORK/out" 2>&1; then
    echo "FAIL not refused: $1"; failed=1
  else
    echo "ok   refused: $1 ($(grep -m1 -A1 '^FAIL' "$WORK/out" | tail -1 | sed 's/^ *//'))"
  fi
}
sed 's/^  replicas: 3$/  replicas: three/' "$WORK/production.yaml" >"$WORK/broken-1.yaml"
refused "Deployment replicas: three" "$WORK/broken-1.yaml"
sed 's/^  instances: 3$/  instance: 3/' "$WORK/production.yaml" >"$WORK/broken-2.yaml"
refused "Cluster instance: 3 (misspelt)" "$WORK/broken-2.yaml"
sed 's/poolMode: transaction/poolMode: statement/' "$WORK/production.yaml" >"$WORK/broken-3.yaml"
refused "Pooler poolMode: statement" "$WORK/broken-3.yaml"
for i in 1 2 3; do cmp -s "$WORK/production.yaml" "$WORK/broken-$i.yaml" && { echo "FAIL broken copy $i is unchanged"; failed=1; }; done
exit "$failed"
