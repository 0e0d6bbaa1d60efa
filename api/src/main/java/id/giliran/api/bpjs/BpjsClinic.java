package id.giliran.api.bpjs;

/**
 * A clinic (poli) of the FKTP in PCare.
 *
 * @param sickClinic true for clinics serving sick visits, false for healthy-visit clinics
 */
public record BpjsClinic(String code, String name, boolean sickClinic) {
}
