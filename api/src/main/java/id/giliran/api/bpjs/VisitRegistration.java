package id.giliran.api.bpjs;

import java.time.LocalDate;

/**
 * A visit to register with PCare ("pendaftaran"). Vital signs are optional: {@code null} is
 * sent as 0, as BPJS expects.
 *
 * @param providerCode code of the participant's own FKTP (from {@link Participant#providerCode()})
 * @param clinicCode   PCare clinic code, see {@link BpjsClinic}
 * @param sickVisit    true for a visit because of illness, false for a healthy visit
 * @param referredBack true when the patient comes back after a referral (rujuk balik)
 */
public record VisitRegistration(
        String cardNumber,
        LocalDate visitDate,
        String providerCode,
        String clinicCode,
        String complaint,
        boolean sickVisit,
        CareType careType,
        Integer systolic,
        Integer diastolic,
        Double weightKg,
        Double heightCm,
        Integer respiratoryRate,
        Double waistCm,
        Integer heartRate,
        boolean referredBack) {
}
