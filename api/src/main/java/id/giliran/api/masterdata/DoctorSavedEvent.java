package id.giliran.api.masterdata;

public record DoctorSavedEvent(String doctorId, String name, String sipNumber, String clinicCode,
                               String bpjsDoctorCode, boolean active) {
}
