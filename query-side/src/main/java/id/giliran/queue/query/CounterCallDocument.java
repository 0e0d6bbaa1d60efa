package id.giliran.queue.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/** The latest call at one counter on one service day; {@code announcement} counts the call and its recalls. */
@Document("queue_counter_calls")
record CounterCallDocument(
        @Id String id,
        String serviceDate,
        int counterNumber,
        String ticketId,
        String ticketNumber,
        String clinicName,
        Instant calledAt,
        int announcement) {

    static String id(LocalDate serviceDate, int counterNumber) {
        return serviceDate + "#" + counterNumber;
    }
}
