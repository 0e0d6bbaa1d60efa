#!/usr/bin/env bash
# Makes the TLS material for the gRPC connection between Giliran and Axon Server, with openssl only.
#
#   bash axonserver/make-certs.sh [extra-dns-name ...]
#
# Writes into axonserver/tls/ (ignored by git, never commit it; TLS_DIR=... writes elsewhere):
#   ca.crt              a private certificate authority (10 years); the app trusts Axon Server through it
#                       (axon.axonserver.cert-file, mounted read-only into the app container)
#   ca.key              the CA's key: needed only to issue the next server certificate; keep it off the server
#   axonserver.crt      Axon Server's certificate (825 days) for DNS:axonserver, DNS:localhost and the extra names
#   axonserver.key      its private key (PKCS#8 PEM, as Axon Server's gRPC port reads it), mode 600
# An existing CA is reused, so renewing the server certificate needs no change on the app side.
set -euo pipefail

dir="${TLS_DIR:-$(cd "$(dirname "$0")" && pwd)/tls}"
mkdir -p "$dir"
chmod 700 "$dir"
cd "$dir"
umask 077

if [ ! -s ca.key ] || [ ! -s ca.crt ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out ca.key
  openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/O=Giliran/CN=Giliran Axon Server CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.crt
fi

san="DNS:axonserver,DNS:localhost"
for name in "$@"; do
  san="$san,DNS:$name"
done

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out axonserver.key
openssl req -new -key axonserver.key -subj "/O=Giliran/CN=axonserver" -out axonserver.csr
cat > axonserver.ext <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=$san
EXT
openssl x509 -req -in axonserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -sha256 -days 825 \
  -extfile axonserver.ext -out axonserver.crt
rm -f axonserver.csr axonserver.ext ca.srl

# the certificates are public; the keys stay readable by their owner only (Axon Server runs as root in its image)
chmod 644 ca.crt axonserver.crt
chmod 600 ca.key axonserver.key
openssl verify -CAfile ca.crt axonserver.crt
echo "Axon Server TLS material in $dir (names: $san)"
