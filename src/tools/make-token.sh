#!/usr/bin/env bash
# Makes a key pair (once) and an editor token for local use, with openssl only.
#
#   src/tools/make-token.sh [subject] [hours]     prints the token on stdout
#
# Keys go to ${PARLEY_KEY_DIR:-./data/jwt} (git-ignored). Start Parley with
#   PARLEY_JWT_PUBLIC_KEY_LOCATION=./data/jwt/public-key.pem
# and send the token as "Authorization: Bearer <token>". Never use these keys in production:
# there the key pair comes from your identity provider or a Kubernetes Secret.
set -euo pipefail
subject="${1:-local-editor}"
hours="${2:-8}"
dir="${PARLEY_KEY_DIR:-./data/jwt}"
issuer="${PARLEY_JWT_ISSUER:-https://parley.example/issuer}"

mkdir -p "$dir"
if [ ! -f "$dir/private-key.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private-key.pem" 2>/dev/null
    openssl pkey -in "$dir/private-key.pem" -pubout -out "$dir/public-key.pem"
    echo "make-token: new key pair in $dir" >&2
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["editor"],"iat":%d,"exp":%d,"jti":"%s"}' \
    "$issuer" "$subject" "$subject" "$now" $((now + hours * 3600)) "$(openssl rand -hex 8)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/private-key.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
