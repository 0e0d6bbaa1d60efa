package id.giliran.api.masterdata;

import java.util.List;

public record DoctorScheduleSetEvent(String doctorId, List<ScheduleSlot> slots) {
}
