package id.giliran.api.queue;

import java.time.LocalDate;

/**
 * The calling day gave a turn to a category; with the ratio this decides the next turn.
 *
 * @param cycleRestarted this turn is the first of a new ratio cycle
 * @param fallback       the preferred kind had nobody waiting, so this kind was called instead and
 *                       the next turn starts a fresh cycle
 */
public record CallingTurnTakenEvent(String callingDayId, LocalDate serviceDate, TicketCategory category,
                                    String ticketId, boolean cycleRestarted, boolean fallback) {
}
