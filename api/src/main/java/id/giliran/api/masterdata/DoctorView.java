package id.giliran.api.masterdata;

import java.util.List;

/** A doctor with the weekly schedule, as the master data read model knows it. */
public record DoctorView(String doctorId, String name, String sipNumber, String clinicCode, String bpjsDoctorCode,
                         boolean active, List<ScheduleSlot> schedule) {
}
