package id.giliran.bpjs.calllog;

import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.identity.Caller;
import id.giliran.bpjs.pcare.PcareCall;
import id.giliran.bpjs.pcare.PcareCallListener;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Turns each PCare call the client reports into a {@link PcareCallRecordedEvent} and publishes it through
 * the {@link EventGateway}, so the bridging log is a read model like every other. The call record is
 * already masked by the client (no card number or NIK in clear, no secret); who caused it comes from the
 * {@link PcareCallContext}, else from the message being handled (the officer's "Cek BPJS" query), else
 * it is the system. The context's patient is the event's data subject: its bodies are sealed with that
 * patient's key (a call for no patient, a reference list, under the shared key of calls naming nobody).
 *
 * <p>The event is published on {@code executor}, in its own transaction, outside the unit of work of the
 * message that made the call: recording never delays, fails or rolls back the call itself (a query has
 * no transaction of its own to publish in). A failure to record is logged.
 */
public class PcareCallRecorder implements PcareCallListener {

    private static final Logger LOG = LoggerFactory.getLogger(PcareCallRecorder.class);
    private static final Logger CALLS = LoggerFactory.getLogger("id.giliran.bpjs.calls");

    private final EventGateway eventGateway;
    private final TransactionManager transactionManager;
    private final Executor executor;

    public PcareCallRecorder(EventGateway eventGateway, TransactionManager transactionManager, Executor executor) {
        this.eventGateway = Objects.requireNonNull(eventGateway, "eventGateway");
        this.transactionManager = Objects.requireNonNull(transactionManager, "transactionManager");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void onCall(PcareCall call) {
        PcareCallContext context = PcareCallContext.current().orElse(new PcareCallContext(null, null, null, null));
        Caller caller = handledMessageSender().filter(sender -> sender.username() != null).orElse(null);
        String username = context.username() != null ? context.username()
                : caller != null ? caller.username() : Caller.SYSTEM;
        PcareCallRecordedEvent event = new PcareCallRecordedEvent(call.action().name(), call.method(), call.path(),
                call.requestBody(), call.responseBody(), call.httpStatus(), call.bpjsCode(), call.bpjsMessage(),
                call.durationMillis(), call.outcome().name(), call.failure() == null ? null : call.failure().name(),
                username, context.requestedBy(), context.registrationId(), call.startedAt(), context.patientId());
        Map<String, String> metaData = caller != null && caller.username().equals(username)
                ? caller.toMetaData() : new Caller(username, java.util.Set.of(), "local").toMetaData();
        if (CALLS.isDebugEnabled()) {
            // ids and codes only: no username (an e-mail or a phone number) and no BPJS message (it may name
            // the participant); the bridging log keeps both, masked, for those who may read it
            CALLS.debug("PCare {} {} {} -> HTTP {} BPJS {} {} in {} ms, registration {}{}", call.action(),
                    call.method(), call.path(), call.httpStatus(), call.bpjsCode(), call.outcome(),
                    call.durationMillis(), context.registrationId() == null ? "-" : context.registrationId(),
                    call.failure() == null ? "" : " (" + call.failure() + ")");
        }
        try {
            executor.execute(() -> publish(event, metaData));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.warn("PCare call {} {} not recorded in the bridging log: shutting down", call.action(), call.path());
        }
    }

    private void publish(PcareCallRecordedEvent event, Map<String, String> metaData) {
        try {
            transactionManager.executeInTransaction(
                    () -> eventGateway.publish(GenericMessage.asMessage(event).andMetaData(metaData)));
        } catch (RuntimeException e) {
            // the failure's class only: its message may quote the event it could not store
            LOG.error("PCare call {} {} not recorded in the bridging log: {}", event.action(), event.endpoint(),
                    e.getClass().getName());
        }
    }

    private static java.util.Optional<Caller> handledMessageSender() {
        if (!CurrentUnitOfWork.isStarted()) {
            return java.util.Optional.empty();
        }
        MetaData metaData = CurrentUnitOfWork.get().getMessage().getMetaData();
        return metaData.containsKey(Caller.USERNAME) ? java.util.Optional.of(Caller.fromMetaData(metaData))
                : java.util.Optional.empty();
    }
}
