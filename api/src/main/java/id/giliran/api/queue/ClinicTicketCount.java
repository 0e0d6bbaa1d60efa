package id.giliran.api.queue;

public record ClinicTicketCount(String clinicCode, long issued) {
}
