package id.giliran.queue.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.ErrorText.UserError;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Takes tickets for the kiosk: the clinic list, and a ticket issued and shown as the queue sees it. */
@Service
public class KioskService {

    private final TicketCommands ticketCommands;
    private final MasterDataService masterData;
    private final Clock clock;

    KioskService(TicketCommands ticketCommands, MasterDataService masterData, Clock clock) {
        this.ticketCommands = ticketCommands;
        this.masterData = masterData;
        this.clock = clock;
    }

    public List<ClinicView> clinics() {
        return masterData.clinics();
    }

    /**
     * Issues a ticket and returns it once the queue's read model has it, so the number of tickets
     * ahead is the one the counters see.
     */
    public TicketView takeTicket(TicketRequest request) {
        if (request.category() == null || request.payment() == null) {
            throw new UserError(ErrorCode.INVALID_INPUT, "category and payment are required");
        }
        ClinicView clinic = clinics().stream()
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
