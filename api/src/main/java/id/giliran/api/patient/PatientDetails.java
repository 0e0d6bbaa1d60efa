package id.giliran.api.patient;

import id.giliran.api.privacy.PersonalData;

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
        @PersonalData String nik,
        @PersonalData String name,
        @PersonalData String birthPlace,
        @PersonalData LocalDate birthDate,
        @PersonalData Sex sex,
        @PersonalData String address,
        @PersonalData String rtRw,
        @PersonalData String kelurahan,
        @PersonalData String kecamatan,
        @PersonalData String kabupaten,
        @PersonalData String phone,
        @PersonalData BloodType bloodType,
        @PersonalData MaritalStatus maritalStatus,
        @PersonalData String occupation,
        @PersonalData String allergies,
        @PersonalData String bpjsNumber) {
}
