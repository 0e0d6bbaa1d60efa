package id.giliran.audit.ui;

import id.giliran.api.audit.AuditCursor;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Reads the audit trail for ADMIN and AUDITOR: a screenful, or all of it page by page for an export. */
@Service
public class AuditService {

    static final int PAGE = 500;
    /** Entries an export reads per query; a page is all it holds in memory. */
    static final int EXPORT_PAGE = 500;

    /**
     * The default of {@code giliran.audit.check-max-bytes}, the largest file "Periksa berkas ekspor" reads: 1 GB,
     * about three million rows of the trail (a row is some 300 bytes). The file is checked while it streams in, so
     * the cap bounds time and traffic, not memory.
     */
    static final long DEFAULT_CHECK_MAX_BYTES = 1024L * 1024 * 1024;

    private final QueryGateway queryGateway;
    private final long checkMaxBytes;

    AuditService(QueryGateway queryGateway,
                 @Value("${giliran.audit.check-max-bytes:" + DEFAULT_CHECK_MAX_BYTES + "}") long checkMaxBytes) {
        this.queryGateway = queryGateway;
        this.checkMaxBytes = checkMaxBytes;
    }

    /** The largest export file the check reads; it stops reading past it. */
    long checkMaxBytes() {
        return checkMaxBytes;
    }

    public List<AuditEntryView> find(FindAuditEntriesQuery query) {
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(AuditEntryView.class)).join();
    }

    /**
     * Every entry the filter selects, newest first, read {@link #EXPORT_PAGE} at a time as it is iterated
     * (no limit: an export holds the whole filtered trail, however long, while only a page is in memory).
     * Entries recorded after the first page was read are newer than the cursor and not included.
     */
    public Iterable<AuditEntryView> all(FindAuditEntriesQuery filter) {
        return () -> new Iterator<>() {
            private List<AuditEntryView> page = find(filter.after(null, EXPORT_PAGE));
            private int next;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (page.size() < EXPORT_PAGE) {
                    return false;
                }
                AuditEntryView last = page.get(page.size() - 1);
                page = find(filter.after(new AuditCursor(last.at(), last.entryId()), EXPORT_PAGE));
                next = 0;
                return !page.isEmpty();
            }

            @Override
            public AuditEntryView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    /** The export whose chain ended in this digest, if the trail recorded one. */
    public Optional<AuditEntryView> exportWithDigest(String digest) {
        return find(new FindAuditEntriesQuery(null, "AuditTrailExported", null, null, digest, AuditEntryKind.EXPORT,
                null, 1)).stream().findFirst();
    }
}
