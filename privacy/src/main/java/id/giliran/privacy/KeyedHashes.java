package id.giliran.privacy;

/**
 * The keyed hashes that stand in for identifying numbers wherever they must be looked up or kept unique: the
 * NIK is an aggregate id and an index key only as {@code HMAC-SHA256(secret, "nik:" + NIK)}.
 */
public class KeyedHashes {

    private final PersonalDataKeys keys;

    public KeyedHashes(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** The NIK's keyed hash (64 hex digits); the NIK as written, digits only. */
    public String nik(String nik) {
        return keys.keyedHash("nik", nik.strip());
    }

    /** A BPJS card number's keyed hash, for lookups by card. */
    public String bpjsNumber(String cardNumber) {
        return keys.keyedHash("bpjs", cardNumber.strip());
    }

    /**
     * The keyed hash of a kiosk's or display's secret (its enrolment code or the token in its cookie): events and
     * read models keep only this, so neither the event store nor a read-model copy lets anyone act as the device.
     */
    public String deviceSecret(String secret) {
        return keys.keyedHash("device", secret);
    }

    /** An invitation code's keyed hash: the invitation's id, so the code itself is never stored. */
    public String invitationCode(String code) {
        return keys.keyedHash("invitation", code);
    }
}
