#!/usr/bin/env bash
# A self-signed certificate for proxy/certs/ (fullchain.pem + privkey.pem), for a first start or a trial on a
# LAN only: browsers warn until the certificate is trusted. In production put the certificate of the
# Puskesmas' domain there instead (from the district's IT, or Let's Encrypt / certbot), same two file names.
#
#   bash proxy/make-self-signed-cert.sh giliran.puskesmas.local [more names or IP addresses]
#
# Never commit proxy/certs/ (ignored by git).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <host name> [more names or IP addresses]" >&2
  exit 2
fi
dir="${CERT_DIR:-$(cd "$(dirname "$0")" && pwd)/certs}"
mkdir -p "$dir"
umask 077

san=""
for name in "$@"; do
  if [[ "$name" =~ ^[0-9.]+$ || "$name" == *:* ]]; then
    san="${san:+$san,}IP:$name"
  else
    san="${san:+$san,}DNS:$name"
  fi
done

openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 397 -subj "/O=Giliran/CN=$1" \
  -addext "subjectAltName=$san" -addext "extendedKeyUsage=serverAuth" \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem"
chmod 644 "$dir/fullchain.pem"
chmod 600 "$dir/privkey.pem"
echo "Self-signed certificate for $san in $dir (valid 397 days)"
