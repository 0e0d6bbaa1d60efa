package id.giliran.erasure.command;

import id.giliran.api.identity.Caller;
import id.giliran.api.registration.FindLastVisitQuery;
import id.giliran.api.registration.LastVisitView;
import org.axonframework.messaging.GenericMessage;
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
 * The last visit from the registration read model ({@link FindLastVisitQuery}), asked as the ADMIN who asked for
 * the erasure. Registrations are aggregates of their own (one per visit, started at the front desk), so no
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
        var query = GenericMessage.asMessage(new FindLastVisitQuery(patientId))
                                  .andMetaData(Caller.fromMetaData(metaData).toMetaData());
        try {
            LastVisitView answer = queryGateway.query(query, ResponseTypes.instanceOf(LastVisitView.class))
                                               .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
