#!/usr/bin/env bash
# Release: native executable built in the Mandrel builder image, the *IT suite run against it on
# PostgreSQL, the image pushed and deployed by digest. For machines with a container engine and
# registry access; UNTESTED on the CI machines of this project (no Docker engine, no registry).
#
#   REGISTRY=ghcr.io/acme .ci/release.sh        # needs docker (or podman as docker), kubectl
set -euo pipefail
cd "$(dirname "$0")/.."
: "${REGISTRY:?set REGISTRY, e.g. ghcr.io/acme}"
version=$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)
case "$version" in *SNAPSHOT*) echo "release.sh: refusing to release a SNAPSHOT ($version)"; exit 1 ;; esac

# 1. Native executable inside the Mandrel builder image (no local GraalVM needed), then the *IT
#    suite against that executable on a throw-away PostgreSQL (what .ci/native.sh does).
eval "$(.ci/postgres.sh start)"
trap '.ci/postgres.sh destroy >/dev/null 2>&1 || true' EXIT
./mvnw -B verify -Dnative -DskipITs=false -Dquarkus.native.container-build=true \
    -Dquarkus.native.builder-image=quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-21

# 2. The image, pushed; its digest is what gets deployed, never the tag.
image="$REGISTRY/parley"
docker build -f src/main/docker/Dockerfile.native-micro -t "$image:$version" .
docker push "$image:$version"
digest=$(docker inspect --format '{{index .RepoDigests 0}}' "$image:$version" | cut -d@ -f2)
pg_digest=$(docker pull -q postgres:15.18-bookworm >/dev/null && docker inspect --format '{{index .RepoDigests 0}}' postgres:15.18-bookworm | cut -d@ -f2)

# 3. The production manifest with both images by digest.
mkdir -p target/release
cp -r k8s target/release/k8s
cat >> target/release/k8s/overlays/production/kustomization.yaml <<YAML
images:
  - name: parley
    newName: $image
    digest: $digest
  - name: postgres
    digest: $pg_digest
YAML
kubectl kustomize target/release/k8s/overlays/production > "target/release/parley-$version.yaml"
echo "release.sh: $image@$digest; apply target/release/parley-$version.yaml"
