package id.giliran.api.registration;

import java.time.Instant;

/**
 * The registration was cancelled after its PCare visit was asked for: the visit is to be deleted
 * at PCare. When an attempt to add is in progress, deleting starts once its outcome is recorded.
 */
public record BpjsVisitDeletionRequestedEvent(String registrationId, Instant requestedAt) {
}
