package id.giliran.api.masterdata;

/** The registered clinics in prefix order; answered with a list of {@link ClinicView}. */
public record FindClinicsQuery() {
}
