package id.giliran.privacy;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says plainly, in Spring Boot's "APPLICATION FAILED TO START" box at the end of the console, why Giliran
 * refused to start over its master key and what the operator does about it, instead of leaving the reason at
 * the bottom of a bean-creation stack trace.
 */
class MasterKeyFailureAnalyzer implements FailureAnalyzer {

    static final String ROTATE = "To change the master key, start once with the new key in GILIRAN_SECRETS_KEY and "
            + "the old one in GILIRAN_SECRETS_PREVIOUS_KEYS (comma separated): the stored keys are re-wrapped under "
            + "the new key, and from then on the new key alone is enough.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MasterKeys.WrongMasterKeyException wrong) {
                return new FailureAnalysis("The master key does not open the stored personal-data keys, so Giliran "
                        + "did not start (and wrote nothing): " + wrong.getMessage(),
                        "Start Giliran with the master key these keys were stored with: GILIRAN_SECRETS_KEY as it "
                                + "was, or the key file (giliran.secrets.key-file, by default secrets.key in the "
                                + "data directory) restored from its backup. " + ROTATE, cause);
            }
            if (cause instanceof MasterKeys.MissingMasterKeyException missing) {
                return new FailureAnalysis("There is no master key, so Giliran did not start: " + missing.getMessage(),
                        "Set GILIRAN_SECRETS_KEY to Base64 of 32 random bytes (`openssl rand -base64 32`) and keep "
                                + "it safe apart from the data: without it the personal data cannot be read. The "
                                + "embedded default makes a key file itself when giliran.secrets.key-file names one.",
                        cause);
            }
            if (cause instanceof MasterKeys.InvalidMasterKeyException invalid) {
                return new FailureAnalysis("A master key is not usable, so Giliran did not start: "
                        + invalid.getMessage(),
                        "Give the key as Base64 of exactly 32 bytes, as `openssl rand -base64 32` prints it. "
                                + ROTATE, cause);
            }
        }
        return null;
    }
}
