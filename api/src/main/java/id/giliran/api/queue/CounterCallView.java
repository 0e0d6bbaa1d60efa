package id.giliran.api.queue;

import java.time.Instant;

/** The latest call at one counter. */
public record CounterCallView(
        int counterNumber,
        String ticketNumber,
        String clinicName,
        Instant calledAt) {
}
