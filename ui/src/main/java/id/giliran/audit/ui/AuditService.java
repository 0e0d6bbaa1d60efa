package id.giliran.audit.ui;

import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.util.List;

/** Reads the audit trail for ADMIN and AUDITOR. */
@Service
public class AuditService {

    static final int PAGE = 500;

    private final QueryGateway queryGateway;

    AuditService(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<AuditEntryView> find(FindAuditEntriesQuery query) {
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(AuditEntryView.class)).join();
    }
}
