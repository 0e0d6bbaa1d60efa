package id.giliran.erasure.command;

import id.giliran.api.registration.LastVisitView;
import org.axonframework.messaging.MetaData;

/** A patient's last visit, for the retention rule; asked on behalf of the caller in {@code metaData}. */
interface LastVisits {

    /** Never fails: an answer that cannot be had is one that is not {@link LastVisitView#complete() complete}. */
    LastVisitView lastVisit(String patientId, MetaData metaData);
}
