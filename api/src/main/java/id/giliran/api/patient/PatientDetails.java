package id.giliran.api.patient;

import java.time.LocalDate;

/**
 * What the front desk records about a patient. In events and views the values are the
 * aggregate's normalised ones: text stripped, the phone number in +62 form, absent values null.
 *
 * @param nik        16 digits; null for a patient without one yet (a newborn, a person without a KTP)
 * @param rtRw       "003/005"
 * @param phone      +62 form, e.g. "+6281234567890"
 * @param bloodType  {@link BloodType#UNKNOWN} when not known
 * @param bpjsNumber 13 digits; null for a patient without BPJS
 */
public record PatientDetails(
        String nik,
        String name,
        String birthPlace,
        LocalDate birthDate,
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
        String bpjsNumber) {
}
