package id.giliran.patient.query;

import id.giliran.api.privacy.PersonalData;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A patient in the read model (layout 2, issue #14). In the clear only what the name search needs: the
 * {@code name} (also shown in the result list), {@code searchName} (the name in {@link SearchText} form) and
 * {@code nameTokens} (its words); the medical record number with {@code recordKey} (upper case, letters and
 * digits only) and {@code recordDigits} (its number). The NIK and the BPJS number only as their keyed hashes
 * ({@code nikHash}, {@code bpjsHash}: the exact search keys), and every other detail, the NIK and BPJS number
 * included, in {@code personal}: one JSON sealed with the patient's key (see {@link PatientPersonalData}).
 * Once the patient is erased: the name reads {@value PersonalData#ERASED}, and no search field, hash or sealed
 * value is left; the numbers, dates and revision stay.
 */
@Document(PatientDocument.COLLECTION)
record PatientDocument(
        @Id String patientId,
        String medicalRecordNumber,
        String recordKey,
        String recordDigits,
        String name,
        String searchName,
        List<String> nameTokens,
        String nikHash,
        String bpjsHash,
        String personal,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        String updatedBy,
        long revision) {

    static final String COLLECTION = "patients";

    boolean erased() {
        return personal == null && PersonalData.ERASED.equals(name);
    }

    /** The same patient with nothing personal left. */
    PatientDocument blanked() {
        return new PatientDocument(patientId, medicalRecordNumber, recordKey, recordDigits, PersonalData.ERASED, null,
                List.of(), null, null, null, registeredAt, registeredBy, updatedAt, updatedBy, revision);
    }
}
