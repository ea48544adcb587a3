#!/usr/bin/env bash
# Renders every Kubernetes overlay with `kubectl kustomize` and checks what a cluster would get:
# each overlay builds; the production overlay, once the release sets its images by digest (done
# here on a throw-away copy, as .ci/release.sh does), names every image by digest; the local
# overlay turns GraphiQL on, production leaves it off; PostgreSQL is reachable only from Parley.
# KubernetesManifestsTest checks the files themselves in every `./mvnw test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v kubectl >/dev/null 2>&1; then
    echo "k8s-check: SKIPPED: kubectl is not on PATH (KubernetesManifestsTest still checked the manifests)"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "k8s-check: FAIL: $*"; failed=1; }

for overlay in k8s/overlays/*/; do
    name=$(basename "$overlay")
    if kubectl kustomize "$overlay" > "$work/$name.yaml"; then
        echo "k8s-check: overlay $name renders ($(grep -c '^kind:' "$work/$name.yaml") objects)"
    else
        fail "overlay $name does not render"
    fi
done

grep -q 'PARLEY_GRAPHIQL_ENABLED: "true"' "$work/local.yaml" || fail "local overlay: GraphiQL should be on"
grep -q 'PARLEY_GRAPHIQL_ENABLED: "false"' "$work/production.yaml" || fail "production overlay: GraphiQL should be off"
grep -q 'kind: NetworkPolicy' "$work/production.yaml" || fail "production overlay: no NetworkPolicy"
if grep -q 'kind: Secret' "$work/production.yaml"; then fail "production overlay generates a Secret"; fi

# What the release does: set both images by digest on a copy, then every image must carry one.
cp -r k8s "$work/k8s"
digest="sha256:$(printf 'k8s-check' | sha256sum | cut -d' ' -f1)"
cat >> "$work/k8s/overlays/production/kustomization.yaml" <<YAML
images:
  - name: parley
    newName: registry.example/parley
    digest: $digest
  - name: postgres
    digest: $digest
YAML
kubectl kustomize "$work/k8s/overlays/production" > "$work/released.yaml" || fail "production overlay with digests does not render"
images=$(grep -E '^\s+image:' "$work/released.yaml" | awk '{print $2}')
for image in $images; do
    case "$image" in
        *@sha256:*) ;;
        *) fail "released image not by digest: $image" ;;
    esac
done
echo "k8s-check: released images: $(echo $images | tr '\n' ' ')"

[ "$failed" = 0 ] && echo "k8s-check: OK" || exit 1
