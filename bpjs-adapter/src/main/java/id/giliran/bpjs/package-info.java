/**
 * The anti-corruption layer towards BPJS Kesehatan PCare: the signed HTTP client (HMAC-SHA256
 * signature, AES response decryption, LZ-String) and the event handlers that bridge
 * registrations, reporting outcomes back as commands. BPJS wire names stay inside this package.
 * Not built yet: see the feature status in README.md.
 */
package id.giliran.bpjs;
