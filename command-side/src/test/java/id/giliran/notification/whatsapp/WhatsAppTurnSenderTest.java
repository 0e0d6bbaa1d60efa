package id.giliran.notification.whatsapp;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.notification.FindDueNotificationsQuery;
import id.giliran.api.notification.NotificationStatus;
import id.giliran.api.notification.RecordNotificationDeliveredCommand;
import id.giliran.api.notification.RecordNotificationFailedCommand;
import id.giliran.api.notification.StartNotificationAttemptCommand;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.privacy.PersonalData;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.privacy.PersonalDataCipher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WhatsAppTurnSenderTest {

    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    /** The number as the read model gives it: sealed with the booking account's key. */
    static final String SEALED_PHONE = "gpd1:2b7e1516-28ae-4d2a-a6ab-f7158809cf4f:c2VhbGVk";
    static final TurnNotificationView DUE = due(SEALED_PHONE);

    static TurnNotificationView due(String phone) {
        return new TurnNotificationView("turn:t-1", "t-1", LocalDate.of(2026, 11, 22), "A-012", "Poli Umum", phone, 3,
                NotificationStatus.PENDING, 0, NOW, null, null, NOW, NOW);
    }

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final PersonalDataCipher cipher = mock(PersonalDataCipher.class);
    private final List<Object> sent = new ArrayList<>();
    private final List<WhatsAppMessage> messages = new ArrayList<>();
    private WhatsAppResult answer = new WhatsAppResult.Delivered("wamid.1");
    private RuntimeException claimRefusal;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(cipher.open(SEALED_PHONE)).thenReturn(Optional.of("+6281234567890"));
        when(queries.query(eq(new FindDueNotificationsQuery(NOW, WhatsAppTurnSender.BATCH)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(DUE)));
        doAnswer(invocation -> {
            Object command = invocation.getArgument(0);
            if (command instanceof StartNotificationAttemptCommand && claimRefusal != null) {
                throw claimRefusal;
            }
            sent.add(command);
            return null;
        }).when(commands).sendAndWait(any());
    }

    private WhatsAppTurnSender sender(boolean enabled) {
        WhatsAppSettings settings = new WhatsAppSettings(enabled, URI.create("http://localhost"), "1065", "token",
                "giliran_antrean_dekat", "id", Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(30));
        WhatsAppPort port = message -> {
            messages.add(message);
            return answer;
        };
        return new WhatsAppTurnSender(commands, queries, port, settings, Clock.fixed(NOW, ZoneOffset.UTC), cipher);
    }

    @Test
    void claimsTheAttemptThenSendsOnceToTheOpenedNumberAndRecordsTheDelivery() {
        sender(true).sendDue();

        assertThat(messages).containsExactly(new WhatsAppMessage("+6281234567890", "A-012", 3, "Poli Umum"));
        assertThat(sent).containsExactly(new StartNotificationAttemptCommand("turn:t-1", 1),
                new RecordNotificationDeliveredCommand("turn:t-1", 1, "wamid.1"));
    }

    @Test
    void sendsNothingWhenTheClaimIsRefused() {
        claimRefusal = new BusinessRuleViolation(ErrorCode.NOTIFICATION_NOT_DUE, "taken");

        sender(true).sendDue();

        assertThat(messages).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void recordsARetryableFailureAsRetryable() {
        answer = new WhatsAppResult.Failed("HTTP 503", true);

        sender(true).sendDue();

        assertThat(sent).last().isEqualTo(new RecordNotificationFailedCommand("turn:t-1", 1, "HTTP 503", true));
    }

    @Test
    void recordsAnUnknownOutcomeAsAFailureNeverRetried() {
        answer = new WhatsAppResult.Uncertain("read timeout");

        sender(true).sendDue();

        assertThat(sent).last().isEqualTo(new RecordNotificationFailedCommand("turn:t-1", 1,
                "Hasil tidak diketahui: read timeout", false));
    }

    @Test
    void recordsWhyNothingWasSentWhenWhatsAppIsOff() {
        sender(false).sendDue();

        assertThat(messages).isEmpty();
        assertThat(sent).containsExactly(new StartNotificationAttemptCommand("turn:t-1", 1),
                new RecordNotificationFailedCommand("turn:t-1", 1, "WhatsApp belum dikonfigurasi", false));
    }

    @Test
    void givesUpWithoutSendingWhenTheAccountsNumberWasErasedFromTheReadModel() {
        sender(true).send(due(PersonalData.ERASED));

        assertThat(messages).isEmpty();
        assertThat(sent).containsExactly(new StartNotificationAttemptCommand("turn:t-1", 1),
                new RecordNotificationFailedCommand("turn:t-1", 1, WhatsAppTurnSender.NO_NUMBER, false));
        assertThat(WhatsAppTurnSender.NO_NUMBER).doesNotContain("+62", "0812");
    }

    @Test
    void givesUpWithoutSendingWhenTheNumbersKeyIsDestroyed() {
        when(cipher.open(SEALED_PHONE)).thenReturn(Optional.empty());

        sender(true).sendDue();

        assertThat(messages).isEmpty();
        assertThat(sent).last()
                .isEqualTo(new RecordNotificationFailedCommand("turn:t-1", 1, WhatsAppTurnSender.NO_NUMBER, false));
    }

    @Test
    void sendsANumberStoredBeforeSealingAsItIs() {
        sender(true).send(due("+6289876543210"));

        assertThat(messages).containsExactly(new WhatsAppMessage("+6289876543210", "A-012", 3, "Poli Umum"));
    }

    @Test
    void givesUpWhenTheNumberCannotBeOpenedAndNamesNoNumber() {
        when(cipher.open(SEALED_PHONE)).thenThrow(new IllegalStateException("key store incomplete"));

        sender(true).sendDue();

        assertThat(messages).isEmpty();
        assertThat(sent).last().isEqualTo(new RecordNotificationFailedCommand("turn:t-1", 1,
                "Nomor WhatsApp tidak dapat dibuka (IllegalStateException); tidak dikirim", false));
    }
}
