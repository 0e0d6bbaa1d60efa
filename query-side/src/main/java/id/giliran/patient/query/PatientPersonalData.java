package id.giliran.patient.query;

import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.privacy.KeyedHashes;
import id.giliran.privacy.query.SealedFields;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A patient's personal data as the read model keeps it: the name in the clear (the name search), the NIK and
 * BPJS number as keyed hashes (the exact search), and all details but the name, with the reason a disagreeing
 * NIK was accepted, as one JSON sealed with the patient's key.
 * <p>
 * One sealed value rather than one per field: a search result opens one value per patient instead of five
 * (NIK, BPJS number, birth date, sex, address), the stored document does not show which details a patient has
 * or how long they are, and each sealed value carries its own key id, IV and tag. The birth date and sex are
 * sealed too: the result list shows them, but no query filters or sorts by them, so the clear name is all the
 * search needs.
 */
final class PatientPersonalData {

    private final SealedFields sealed;
    private final KeyedHashes hashes;
    private final Function<String, SubjectRef> subjects;

    PatientPersonalData(SealedFields sealed, KeyedHashes hashes) {
        this(sealed, hashes, SubjectRef::patient);
    }

    /** @param subjects whose key seals a patient's details: the patient's own, except in the search benchmark */
    PatientPersonalData(SealedFields sealed, KeyedHashes hashes, Function<String, SubjectRef> subjects) {
        this.sealed = sealed;
        this.hashes = hashes;
        this.subjects = subjects;
    }

    /** What one patient's details and opened data are. */
    record Opened(PatientDetails details, String nikMismatchReason) {
    }

    String nikHash(String nik) {
        return hashes.nik(nik);
    }

    String bpjsHash(String bpjsNumber) {
        return hashes.bpjsNumber(bpjsNumber);
    }

    /**
     * The patient's document. The details of an erased patient (read {@value PersonalData#ERASED} from its events,
     * or in the clear from events stored before sealing) give the blank document, and no new key.
     */
    PatientDocument document(String patientId, String medicalRecordNumber, PatientDetails details,
                             String nikMismatchReason, Instant registeredAt, String registeredBy, Instant updatedAt,
                             String updatedBy, long revision) {
        PatientDocument blank = new PatientDocument(patientId, medicalRecordNumber,
                SearchText.recordKey(medicalRecordNumber), SearchText.recordDigits(medicalRecordNumber),
                PersonalData.ERASED, null, List.of(), null, null, null, registeredAt, registeredBy, updatedAt,
                updatedBy, revision);
        SubjectRef subject = subjects.apply(patientId);
        if (details == null || details.name() == null || PersonalData.ERASED.equals(details.name())
                || sealed.isErased(subject)) {
            return blank;
        }
        String searchName = SearchText.normalise(details.name());
        return new PatientDocument(patientId, medicalRecordNumber, blank.recordKey(), blank.recordDigits(),
                details.name(), searchName, SearchText.tokens(searchName), hash(details.nik(), hashes::nik),
                hash(details.bpjsNumber(), hashes::bpjsNumber),
                sealed.seal(subject, json(details, nikMismatchReason)), registeredAt, registeredBy, updatedAt,
                updatedBy, revision);
    }

    /** The patient's details opened; an erased patient's read {@value PersonalData#ERASED} or nothing. */
    Opened open(PatientDocument patient) {
        String json = sealed.open(patient.personal());
        if (json == null || PersonalData.ERASED.equals(json)) {
            return new Opened(erasedDetails(), null);
        }
        return parse(patient.name(), json);
    }

    PatientView view(PatientDocument patient) {
        Opened opened = open(patient);
        return new PatientView(patient.patientId(), patient.medicalRecordNumber(), opened.details(),
                opened.nikMismatchReason(), patient.registeredAt(), patient.registeredBy(), patient.updatedAt(),
                patient.updatedBy(), patient.revision());
    }

    PatientSummary summary(PatientDocument patient) {
        PatientDetails details = open(patient).details();
        return new PatientSummary(patient.patientId(), patient.medicalRecordNumber(), details.nik(),
                details.bpjsNumber(), details.name(), details.birthDate(), details.sex(), details.address());
    }

    private static String hash(String number, Function<String, String> hash) {
        return number == null || PersonalData.ERASED.equals(number) ? null : hash.apply(number);
    }

    /** The details but the name, and the mismatch reason; the birth date as ISO text, free of time zones. */
    private static String json(PatientDetails details, String nikMismatchReason) {
        return new Document("nik", details.nik()).append("birthPlace", details.birthPlace())
                .append("birthDate", details.birthDate() == null ? null : details.birthDate().toString())
                .append("sex", name(details.sex())).append("address", details.address())
                .append("rtRw", details.rtRw()).append("kelurahan", details.kelurahan())
                .append("kecamatan", details.kecamatan()).append("kabupaten", details.kabupaten())
                .append("phone", details.phone()).append("bloodType", name(details.bloodType()))
                .append("maritalStatus", name(details.maritalStatus())).append("occupation", details.occupation())
                .append("allergies", details.allergies()).append("bpjsNumber", details.bpjsNumber())
                .append("nikMismatchReason", nikMismatchReason).toJson();
    }

    private static Opened parse(String name, String json) {
        Document fields = Document.parse(json);
        String birthDate = fields.getString("birthDate");
        return new Opened(new PatientDetails(fields.getString("nik"), name, fields.getString("birthPlace"),
                birthDate == null ? null : LocalDate.parse(birthDate), value(Sex.class, fields.getString("sex")),
                fields.getString("address"), fields.getString("rtRw"), fields.getString("kelurahan"),
                fields.getString("kecamatan"), fields.getString("kabupaten"), fields.getString("phone"),
                value(BloodType.class, fields.getString("bloodType")),
                value(MaritalStatus.class, fields.getString("maritalStatus")), fields.getString("occupation"),
                fields.getString("allergies"), fields.getString("bpjsNumber")), fields.getString("nikMismatchReason"));
    }

    /** As the events of an erased patient read: text {@value PersonalData#ERASED}, the rest nothing. */
    static PatientDetails erasedDetails() {
        String erased = PersonalData.ERASED;
        return new PatientDetails(erased, erased, erased, null, null, erased, erased, erased, erased, erased, erased,
                null, null, erased, erased, erased);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
