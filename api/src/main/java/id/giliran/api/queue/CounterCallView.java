package id.giliran.api.queue;

import java.time.Instant;

/**
 * The latest call at one counter.
 *
 * @param announcement 1 for the call, 2 and more for each recall: the display speaks every new one
 */
public record CounterCallView(
        int counterNumber,
        String ticketNumber,
        String clinicName,
        Instant calledAt,
        int announcement) {
}
