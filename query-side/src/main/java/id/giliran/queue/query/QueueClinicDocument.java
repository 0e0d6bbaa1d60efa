package id.giliran.queue.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The clinic names the queue shows, kept by the queue projection itself so it never waits on another one. */
@Document("queue_clinic_names")
record QueueClinicDocument(@Id String clinicCode, String name) {
}
