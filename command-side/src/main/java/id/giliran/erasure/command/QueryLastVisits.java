package id.giliran.erasure.command;

import id.giliran.api.identity.SystemWork;
import id.giliran.api.registration.FindLastVisitQuery;
import id.giliran.api.registration.LastVisitView;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last visit from the registration read model ({@link FindLastVisitQuery}), asked by the application itself
 * ({@link SystemWork}) while it handles an erasure the ADMIN's signed command asked for: the handler may run on a
 * thread of another instance, which has no one signed in, and it must not pass on a caller it did not sign. Registrations are aggregates of their own (one per visit, started at the front desk), so no
 * aggregate the erasure can load knows a patient's visits; the read model does, and says when it is being
 * rebuilt. No answer within {@value #TIMEOUT_SECONDS} s, or a failure, counts as "not known": the erasure is
 * then refused rather than decided on a partial history.
 */
@Component
class QueryLastVisits implements LastVisits {

    static final long TIMEOUT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(QueryLastVisits.class);

    private final QueryGateway queryGateway;

    QueryLastVisits(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public LastVisitView lastVisit(String patientId, MetaData metaData) {
        try {
            LastVisitView answer = SystemWork.get(() -> queryGateway.query(new FindLastVisitQuery(patientId),
                    ResponseTypes.instanceOf(LastVisitView.class))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return answer != null ? answer : unknown(patientId);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return unknown(patientId);
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            // the failure's text may quote the query; the patient id alone is no personal data, but say only what
            LOG.warn("The registration read model did not tell a patient's last visit ({}); erasure refused",
                    failure.getClass().getSimpleName());
            return unknown(patientId);
        }
    }

    private static LastVisitView unknown(String patientId) {
        return new LastVisitView(patientId, null, false);
    }
}
