package id.giliran.api.masterdata;

/**
 * A clinic as the screens list it.
 *
 * @param dailyQuota 0 = no limit
 */
public record ClinicView(String clinicCode, String name, String ticketPrefix, String bpjsPoliCode, int dailyQuota,
                         boolean active, int displayOrder) {
}
