package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * "Panggil berikutnya": the calling day decides by the ratio whether a priority or a general
 * ticket is next and calls the first candidate of that kind that is still waiting. Answers the
 * called ticket's id, or null when no candidate is waiting. The candidates are the read model's
 * waiting tickets in calling order; the ticket aggregates have the last word.
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record CallNextTicketCommand(
        LocalDate serviceDate,
        String counterId,
        int counterNumber,
        List<String> priorityCandidates,
        List<String> generalCandidates) {

    @TargetAggregateIdentifier
    public String callingDayId() {
        return "calling@" + serviceDate;
    }
}
