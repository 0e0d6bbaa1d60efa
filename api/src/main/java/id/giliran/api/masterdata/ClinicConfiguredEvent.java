package id.giliran.api.masterdata;

public record ClinicConfiguredEvent(String clinicCode, String name, String bpjsPoliCode, int dailyQuota,
                                    boolean active, int displayOrder) {
}
