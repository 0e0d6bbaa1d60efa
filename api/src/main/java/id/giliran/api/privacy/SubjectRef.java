package id.giliran.api.privacy;

import java.util.Objects;

/** One data subject: a patient by its id, an account holder by username. */
public record SubjectRef(SubjectKind kind, String id) {

    public SubjectRef {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a data subject has an id");
        }
    }

    public static SubjectRef patient(String patientId) {
        return new SubjectRef(SubjectKind.PATIENT, patientId);
    }

    public static SubjectRef account(String username) {
        return new SubjectRef(SubjectKind.ACCOUNT, username);
    }

    /** The stable text the key store hashes: {@code PATIENT:<id>}. */
    public String text() {
        return kind.name() + ":" + id;
    }
}
