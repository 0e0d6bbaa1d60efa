package id.giliran.queue.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.queue.ClinicTicketCount;
import id.giliran.api.queue.FindClinicTicketCountsQuery;
import id.giliran.api.queue.FindQueueSettingsQuery;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.device.ui.DeviceGate.Standing;
import id.giliran.infrastructure.RateLimits;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/** Takes tickets for the kiosk: the clinic list, and a ticket issued and shown as the queue sees it. */
@Service
public class KioskService {

    private final TicketCommands ticketCommands;
    private final QueryGateway queryGateway;
    private final MasterDataService masterData;
    private final Clock clock;
    private final RateLimits rateLimits;

    KioskService(TicketCommands ticketCommands, QueryGateway queryGateway, MasterDataService masterData, Clock clock,
                 RateLimits rateLimits) {
        this.ticketCommands = ticketCommands;
        this.queryGateway = queryGateway;
        this.masterData = masterData;
        this.clock = clock;
        this.rateLimits = rateLimits;
    }

    /** The clinics taking tickets today, in kiosk order, with how many tickets each has left. */
    public List<ClinicChoice> clinics() {
        return clinics(LocalDate.now(clock));
    }

    /** The clinics taking tickets, in kiosk order, with how many tickets each has left on {@code day}. */
    public List<ClinicChoice> clinics(LocalDate day) {
        Map<String, Long> issued = queryGateway.query(new FindClinicTicketCountsQuery(day),
                        ResponseTypes.multipleInstancesOf(ClinicTicketCount.class)).join().stream()
                .collect(Collectors.toMap(ClinicTicketCount::clinicCode, ClinicTicketCount::issued));
        return masterData.clinics().stream()
                         .filter(ClinicView::active)
                         .map(clinic -> new ClinicChoice(clinic, clinic.dailyQuota() == 0 ? null
                                 : Math.max(0, clinic.dailyQuota() - issued.getOrDefault(clinic.clinicCode(), 0L))))
                         .toList();
    }

    /** The queue settings: whether the kiosk issues tickets now, and its hours. */
    public QueueSettingsView settings() {
        return queryGateway.query(new FindQueueSettingsQuery(), QueueSettingsView.class).join();
    }

    public boolean isOpenNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        return settings().isOpen(now.toLocalDate(), now.toLocalTime());
    }

    /**
     * The kiosk's ticket: refused for a browser that may not be the kiosk ({@link Standing#require}), and with
     * {@link KioskBusy} once the device (or, unregistered, its client address) took {@link RateLimits#KIOSK_TICKETS}
     * in a short time, so the public kiosk cannot drain a clinic's quota. Nothing is issued when refused.
     */
    public TicketView takeTicket(TicketRequest request, Standing kiosk) {
        admit(RateLimits.KIOSK_TICKETS, kiosk);
        return takeTicket(request);
    }

    /** Takes one from the kiosk's {@code limit}, or refuses with {@link KioskBusy}; refuses a refused browser first. */
    void admit(String limit, Standing kiosk) {
        kiosk.require();
        RateLimits.Admission admission = rateLimits.tryAcquire(limit, kiosk.rateKey());
        if (!admission.allowed()) {
            throw new KioskBusy(admission.retryAfter());
        }
    }

    /**
     * Issues a ticket without a kiosk's limit (the staff side, tests) and returns it once the queue's read model has it, so the number of tickets
     * ahead is the one the counters see.
     */
    public TicketView takeTicket(TicketRequest request) {
        if (request.category() == null || request.payment() == null) {
            throw new UserError(ErrorCode.INVALID_INPUT, "category and payment are required");
        }
        ClinicView clinic = masterData.clinics().stream()
                                     .filter(candidate -> candidate.clinicCode().equals(request.clinicCode()))
                                     .findFirst()
                                     .orElseThrow(() -> new UserError(ErrorCode.CLINIC_UNKNOWN,
                                             "unknown clinic " + request.clinicCode()));
        String prefix = request.category() == TicketCategory.PRIORITY
                ? TicketCategory.PRIORITY_PREFIX
                : clinic.ticketPrefix();
        String ticketId = UUID.randomUUID().toString();
        return ticketCommands.sendAndAwait(ticketId, new IssueTicketCommand(ticketId, LocalDate.now(clock), prefix,
                request.category(), request.priorityReason(), request.payment(), clinic.clinicCode()), issued -> true);
    }
}
