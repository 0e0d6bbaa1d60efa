package id.giliran.queue.query;

import java.time.LocalDate;

/**
 * Told by the queue projection, once per ticket, when a waiting ticket with a phone number has
 * come within the admin's "notify ahead" of being called. Never told while the projection replays.
 */
public interface TurnWatch {

    void turnNear(TurnNear near);

    /** A waiting ticket whose turn is near: {@code ahead} tickets are still called before it. */
    record TurnNear(String ticketId, LocalDate serviceDate, String ticketNumber, String clinicName, String phone,
                    long ahead, String patient) {
    }
}
