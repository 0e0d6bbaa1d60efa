package id.giliran.api.audit;

import java.time.Instant;

/**
 * A member of staff read a record: who, from where, which kind of record and its id, when. It holds
 * no personal data: no names, no NIK, no search term; a search keeps only the kind of key and the
 * number of results.
 *
 * @param recordId  the record's id (patient, document, registration, booking); null for a search
 * @param lookupKey the kind of key a search or lookup used; null when the record was opened by its id
 * @param results   how many records a search found; null for anything but a search
 */
public record RecordAccessedEvent(AccessKind kind, String recordId, LookupKey lookupKey, Integer results,
                                  String username, String roles, String clientAddress, Instant at) {
}
