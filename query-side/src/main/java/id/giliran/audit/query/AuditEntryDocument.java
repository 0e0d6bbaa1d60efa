package id.giliran.audit.query;

import id.giliran.api.audit.AuditEntryView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document("audit_entries")
record AuditEntryDocument(@Id String entryId, Instant at, String username, String roles, String clientAddress,
                          String action, String aggregateId, boolean succeeded, String errorCode) {

    AuditEntryView toView() {
        return new AuditEntryView(entryId, at, username, roles, clientAddress, action, aggregateId, succeeded,
                errorCode);
    }
}
