package id.giliran.api.bpjs;

import java.time.LocalDate;

/**
 * What identifies a visit registered with PCare: the queue number BPJS gave it ("noUrut") with
 * the card, date and clinic it was registered for; everything needed to delete it again.
 */
public record VisitNumber(String cardNumber, LocalDate visitDate, String clinicCode, String queueNumber) {
}
