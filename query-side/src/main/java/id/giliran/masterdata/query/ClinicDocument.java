package id.giliran.masterdata.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("clinics")
record ClinicDocument(@Id String clinicCode, String name, String ticketPrefix, String bpjsPoliCode, int dailyQuota,
                      boolean active, int displayOrder) {
}
