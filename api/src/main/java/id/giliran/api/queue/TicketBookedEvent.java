package id.giliran.api.queue;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket was booked online; it holds its number and waits for the patient to arrive. */
public record TicketBookedEvent(
        String ticketId,
        LocalDate serviceDate,
        TicketNumber number,
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode,
        @DataSubject(SubjectKind.ACCOUNT) String patient,
        String bookingCode,
        @PersonalData String nik,
        @PersonalData String bpjsNumber,
        @PersonalData String phone,
        Instant bookedAt) {
}
