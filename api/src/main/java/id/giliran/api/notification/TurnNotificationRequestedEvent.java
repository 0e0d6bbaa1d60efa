package id.giliran.api.notification;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;

/** A "your turn is near" WhatsApp message was asked for; it is due at once. */
public record TurnNotificationRequestedEvent(
        String notificationId,
        String ticketId,
        LocalDate serviceDate,
        String ticketNumber,
        String clinicName,
        @PersonalData String phone,
        int ahead,
        Instant requestedAt,
        @DataSubject(SubjectKind.ACCOUNT) String patient) {
}
