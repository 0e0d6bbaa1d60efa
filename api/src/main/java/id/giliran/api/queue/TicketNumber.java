package id.giliran.api.queue;

import java.util.Objects;

/**
 * A ticket number: the queue line's prefix and the ticket's place in that line on its service
 * day, shown as {@code P-001}.
 */
public record TicketNumber(String prefix, int sequence) {

    public TicketNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    public String display() {
        return prefix + "-" + String.format("%03d", sequence);
    }

    @Override
    public String toString() {
        return display();
    }
}
