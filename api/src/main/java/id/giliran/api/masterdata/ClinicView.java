package id.giliran.api.masterdata;

public record ClinicView(String clinicCode, String name, String ticketPrefix) {
}
