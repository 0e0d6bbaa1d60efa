package id.giliran.patient.query;

import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient in the read model, with its search fields: {@code searchName} (the name in
 * {@link SearchText} form), {@code nameTokens} (its words), {@code recordKey} (the medical record
 * number upper case, letters and digits only) and {@code recordDigits} (its number). The birth date is kept as ISO text, free of time zones.
 */
@Document(PatientDocument.COLLECTION)
record PatientDocument(
        @Id String patientId,
        String medicalRecordNumber,
        String recordKey,
        String recordDigits,
        String nik,
        String name,
        String birthPlace,
        String birthDate,
        Sex sex,
        String address,
        String rtRw,
        String kelurahan,
        String kecamatan,
        String kabupaten,
        String phone,
        BloodType bloodType,
        MaritalStatus maritalStatus,
        String occupation,
        String allergies,
        String bpjsNumber,
        String searchName,
        List<String> nameTokens,
        String nikMismatchReason,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        String updatedBy,
        long revision) {

    static final String COLLECTION = "patients";

    static PatientDocument of(String patientId, String medicalRecordNumber, PatientDetails details,
                              String nikMismatchReason, Instant registeredAt, String registeredBy, Instant updatedAt,
                              String updatedBy, long revision) {
        String searchName = SearchText.normalise(details.name());
        return new PatientDocument(patientId, medicalRecordNumber, SearchText.recordKey(medicalRecordNumber),
                SearchText.recordDigits(medicalRecordNumber),
                details.nik(), details.name(), details.birthPlace(),
                details.birthDate() == null ? null : details.birthDate().toString(), details.sex(), details.address(),
                details.rtRw(), details.kelurahan(), details.kecamatan(), details.kabupaten(), details.phone(),
                details.bloodType(), details.maritalStatus(), details.occupation(), details.allergies(),
                details.bpjsNumber(), searchName, SearchText.tokens(searchName), nikMismatchReason, registeredAt,
                registeredBy, updatedAt, updatedBy, revision);
    }

    PatientDetails details() {
        return new PatientDetails(nik, name, birthPlace, birthDate == null ? null : LocalDate.parse(birthDate), sex,
                address, rtRw, kelurahan, kecamatan, kabupaten, phone, bloodType, maritalStatus, occupation, allergies,
                bpjsNumber);
    }

    PatientView toView() {
        return new PatientView(patientId, medicalRecordNumber, details(), nikMismatchReason, registeredAt,
                registeredBy, updatedAt, updatedBy, revision);
    }

    PatientSummary toSummary() {
        return new PatientSummary(patientId, medicalRecordNumber, nik, bpjsNumber, name,
                birthDate == null ? null : LocalDate.parse(birthDate), sex, address);
    }
}
