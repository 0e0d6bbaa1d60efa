package id.giliran.api.queue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call a waiting ticket to a front-desk counter. */
public record CallTicketCommand(
        @TargetAggregateIdentifier String ticketId,
        String counterId,
        int counterNumber) {
}
