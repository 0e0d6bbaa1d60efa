package id.giliran.api.report;

import java.util.List;

/**
 * Front-desk registrations of a day or a period (by service date). Cancelled registrations are
 * counted only in {@code cancelled}; every other figure is over the registrations that stand, with
 * the payment, clinic and doctor they have now.
 *
 * @param byClinic per clinic, most first
 * @param byDoctor per doctor, most first; registrations without a doctor have code {@code null}
 */
public record RegistrationFigures(
        long registrations,
        long newPatients,
        long returningPatients,
        long bpjs,
        long umum,
        long cancelled,
        List<NamedCount> byClinic,
        List<NamedCount> byDoctor) {

    public static final RegistrationFigures NONE = new RegistrationFigures(0, 0, 0, 0, 0, 0, List.of(), List.of());
}
