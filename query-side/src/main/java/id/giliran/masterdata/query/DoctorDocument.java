package id.giliran.masterdata.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A doctor; the schedule's days and times as ISO text, free of time zones. */
@Document("doctors")
record DoctorDocument(@Id String doctorId, String name, String sipNumber, String clinicCode, String bpjsDoctorCode,
                      boolean active, List<Slot> schedule) {

    record Slot(String day, String start, String end, String clinicCode) {
    }
}
