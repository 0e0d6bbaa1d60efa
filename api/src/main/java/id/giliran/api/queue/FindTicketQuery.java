package id.giliran.api.queue;

/** One ticket, with how many are ahead of it; answered with {@code Optional<TicketView>}. */
public record FindTicketQuery(String ticketId) {
}
