package id.giliran.bpjs.visit;

import id.giliran.api.identity.SystemWork;
import id.giliran.api.bpjs.BpjsPage;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.CareType;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.registration.BpjsBridging;
import id.giliran.api.registration.FindDueBpjsVisitsQuery;
import id.giliran.api.registration.RecordBpjsVisitBridgedCommand;
import id.giliran.api.registration.RecordBpjsVisitDeletedCommand;
import id.giliran.api.registration.RecordBpjsVisitFailedCommand;
import id.giliran.api.registration.RegistrationView;
import id.giliran.api.registration.StartBpjsVisitAttemptCommand;
import id.giliran.api.identity.Caller;
import id.giliran.bpjs.calllog.PcareCallContext;
import id.giliran.bpjs.pcare.PcareException;
import id.giliran.bpjs.pcare.PcarePort;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registers the requested PCare visits ("Daftarkan ke BPJS") and deletes those of cancelled
 * registrations, every poll interval, as the application itself ({@link SystemWork}, said explicitly). Each attempt is first claimed from
 * the registration; a refused claim means another sender has it or it is not due. Before EVERY add
 * the day's visits at PCare are read: a visit for the card and poli already there (an earlier attempt
 * whose outcome was lost, a timeout that did reach BPJS) is recorded as bridged with its noUrut
 * instead of being added again. Deleting looks the visit up the same way; a visit not there counts
 * as deleted. 5xx, timeouts and unreachable BPJS are recorded as retryable, 4xx are not.
 */
@Component
public class BpjsVisitSender {

    static final int BATCH = 20;
    static final int PAGE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(BpjsVisitSender.class);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final PcarePort pcare;
    private final Clock clock;

    BpjsVisitSender(CommandGateway commandGateway, QueryGateway queryGateway, PcarePort pcare, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.pcare = pcare;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${giliran.bpjs.visit.poll-interval:5s}",
            fixedDelayString = "${giliran.bpjs.visit.poll-interval:5s}")
    public void sendDue() {
        SystemWork.run(this::sendDueAsSystem);
    }

    private void sendDueAsSystem() {
        List<RegistrationView> due;
        try {
            due = queryGateway.query(new FindDueBpjsVisitsQuery(clock.instant(), BATCH),
                    ResponseTypes.multipleInstancesOf(RegistrationView.class)).join();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for due PCare visits: {}", describe(e));
            return;
        }
        due.forEach(this::send);
    }

    void send(RegistrationView registration) {
        SystemWork.run(() -> sendAsSystem(registration));
    }

    private void sendAsSystem(RegistrationView registration) {
        BpjsBridging bridging = registration.bpjsBridging();
        if (bridging == null || !bridging.status().open()) {
            return;
        }
        int attempt = bridging.attempts() + 1;
        if (!claim(registration.registrationId(), attempt)) {
            return;
        }
        Object outcome;
        PcareCallContext context = new PcareCallContext(Caller.SYSTEM, bridging.requestedBy(),
                registration.registrationId(), registration.patientId());
        try {
            outcome = context.run(() -> bridging.status().deletion()
                    ? delete(registration.registrationId(), attempt, bridging)
                    : add(registration.registrationId(), attempt, bridging));
        } catch (PcareException e) {
            outcome = new RecordBpjsVisitFailedCommand(registration.registrationId(), attempt,
                    e.explanationForOfficer(), e.isTransient());
        } catch (RuntimeException e) {
            // safe to retry: the next attempt reads the day's visits before adding
            outcome = new RecordBpjsVisitFailedCommand(registration.registrationId(), attempt,
                    "Kesalahan saat menghubungi BPJS (" + e.getClass().getSimpleName() + ")", true);
        }
        try {
            commandGateway.sendAndWait(outcome);
        } catch (RuntimeException e) {
            // the attempt stays in progress until its time is up; then it is taken over and PCare is read first
            LOG.error("Could not record the outcome of PCare attempt {} of {}: {}", attempt,
                    registration.registrationId(), describe(e));
        }
    }

    private Object add(String registrationId, int attempt, BpjsBridging bridging) {
        Optional<BpjsVisit> existing = findVisit(bridging);
        if (existing.isPresent()) {
            LOG.info("PCare visit of {} already registered as {}: recorded, not added again", registrationId,
                    existing.get().number().queueNumber());
            return new RecordBpjsVisitBridgedCommand(registrationId, attempt, existing.get().number().queueNumber(),
                    true);
        }
        String providerCode = bridging.providerCode();
        if (providerCode == null) {
            Optional<Participant> participant = pcare.findParticipantByCardNumber(bridging.cardNumber());
            if (participant.isEmpty()) {
                return new RecordBpjsVisitFailedCommand(registrationId, attempt,
                        "Nomor kartu BPJS tidak dikenal BPJS.", false);
            }
            providerCode = participant.get().providerCode();
        }
        VisitNumber number = pcare.addVisit(new VisitRegistration(bridging.cardNumber(), bridging.visitDate(),
                providerCode, bridging.poliCode(), "", true, CareType.OUTPATIENT, null, null, null, null, null, null,
                null, false));
        return new RecordBpjsVisitBridgedCommand(registrationId, attempt, number.queueNumber(), false);
    }

    private Object delete(String registrationId, int attempt, BpjsBridging bridging) {
        Optional<BpjsVisit> existing = findVisit(bridging);
        if (existing.isPresent()) {
            VisitNumber found = existing.get().number();
            pcare.deleteVisit(new VisitNumber(bridging.cardNumber(), bridging.visitDate(), bridging.poliCode(),
                    found.queueNumber()));
        }
        return new RecordBpjsVisitDeletedCommand(registrationId, attempt);
    }

    /** The day's visit at PCare for this card and poli, read page by page. */
    private Optional<BpjsVisit> findVisit(BpjsBridging bridging) {
        LocalDate date = bridging.visitDate();
        for (int start = 0; ; start += PAGE) {
            BpjsPage<BpjsVisit> page = pcare.findVisits(date, start, PAGE);
            Optional<BpjsVisit> match = page.items().stream()
                    .filter(v -> v.number() != null && bridging.cardNumber().equals(v.number().cardNumber())
                            && bridging.poliCode().equals(v.number().clinicCode()))
                    .findFirst();
            if (match.isPresent() || page.items().size() < PAGE || start + PAGE >= page.total()) {
                return match;
            }
        }
    }

    /** Takes the attempt; false when another sender has it, or it is no longer due. */
    private boolean claim(String registrationId, int attempt) {
        try {
            commandGateway.sendAndWait(new StartBpjsVisitAttemptCommand(registrationId, attempt));
            return true;
        } catch (RuntimeException e) {
            if (ErrorCode.BPJS_VISIT_NOT_DUE.name().equals(errorCode(e)) || concurrent(e)) {
                LOG.debug("PCare attempt {} of {} taken elsewhere or not due", attempt, registrationId);
            } else {
                LOG.warn("Could not start PCare attempt {} of {}: {}", attempt, registrationId, describe(e));
            }
            return false;
        }
    }

    /**
     * A failure as a log line may name it: its class and error code, never its message (a driver's or a parser's
     * message may quote the card number or the participant it was about).
     */
    private static String describe(Throwable failure) {
        String code = errorCode(failure);
        return failure.getClass().getName() + (code == null ? "" : " [" + code + "]")
                + (failure.getCause() == null ? "" : " <- " + failure.getCause().getClass().getName());
    }

    private static String errorCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException handlerFailure && handlerFailure.getDetails().isPresent()) {
                return handlerFailure.getDetails().get().toString();
            }
        }
        return null;
    }

    private static boolean concurrent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
