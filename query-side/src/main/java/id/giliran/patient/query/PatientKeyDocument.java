package id.giliran.patient.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The patients one exact search key finds: "rm:RM000123" (the medical record number, letters and
 * digits), "rmno:123" (its number), "nik:…", "bpjs:…". Keyed by {@code _id}, so an exact search is
 * an {@code _id} lookup, answered by the primary index on every MongoDB (the embedded server uses no
 * other index for queries). A list, not one patient: BPJS numbers are not checked for uniqueness.
 */
@Document(PatientKeyDocument.COLLECTION)
record PatientKeyDocument(@Id String key, List<String> patientIds) {

    static final String COLLECTION = "patient_keys";
}
