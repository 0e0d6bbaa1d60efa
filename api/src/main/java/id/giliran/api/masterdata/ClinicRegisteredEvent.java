package id.giliran.api.masterdata;

public record ClinicRegisteredEvent(String clinicCode, String name, String ticketPrefix) {
}
