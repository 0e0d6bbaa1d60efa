package id.giliran.notification.whatsapp;

import id.giliran.api.identity.SystemWork;
import id.giliran.privacy.LogSafe;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.notification.FindDueNotificationsQuery;
import id.giliran.api.notification.RecordNotificationDeliveredCommand;
import id.giliran.api.notification.RecordNotificationFailedCommand;
import id.giliran.api.notification.StartNotificationAttemptCommand;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.privacy.PersonalData;
import id.giliran.command.Refusals;
import id.giliran.privacy.PersonalDataCipher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Sends the due "your turn is near" messages, every poll interval, as the application itself, said
 * explicitly ({@link SystemWork}: a scheduler thread has no request and no sign-in, and sends nothing without it). Each attempt is first claimed from the
 * notification aggregate; a claim refused means another sender has it or it is not due, and it is
 * left alone. Then WhatsApp is called once and the outcome recorded; an unknown outcome is recorded
 * as a failure that is not retried. With WhatsApp switched off (or without number id or token)
 * each due notification is recorded once as not sent, with that reason, so the admin's log is honest.
 * The number comes sealed from the read model and is opened here, just before the call; a notification whose
 * booking account was erased has none, and is given up unsent with a reason that names nobody.
 */
@Component
class WhatsAppTurnSender {

    static final int BATCH = 20;
    static final String NOT_CONFIGURED = "WhatsApp belum dikonfigurasi";
    static final String NO_NUMBER = "Tidak dikirim: nomor WhatsApp sudah dihapus (penghapusan data pribadi)";

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppTurnSender.class);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final WhatsAppPort whatsApp;
    private final WhatsAppSettings settings;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    WhatsAppTurnSender(CommandGateway commandGateway, QueryGateway queryGateway, WhatsAppPort whatsApp,
                       WhatsAppSettings settings, Clock clock, PersonalDataCipher cipher) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.whatsApp = whatsApp;
        this.settings = settings;
        this.clock = clock;
        this.cipher = cipher;
        if (configured()) {
            LOG.info("WhatsApp notifications on: {}", settings);
        }
    }

    @Scheduled(initialDelayString = "${giliran.whatsapp.poll-interval:5s}",
            fixedDelayString = "${giliran.whatsapp.poll-interval:5s}")
    void sendDue() {
        SystemWork.run(this::sendDueAsSystem);
    }

    private void sendDueAsSystem() {
        List<TurnNotificationView> due;
        try {
            due = queryGateway.query(new FindDueNotificationsQuery(clock.instant(), BATCH),
                    ResponseTypes.multipleInstancesOf(TurnNotificationView.class)).join();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for due notifications: {}", LogSafe.describe(e));
            return;
        }
        due.forEach(this::send);
    }

    void send(TurnNotificationView notification) {
        SystemWork.run(() -> sendAsSystem(notification));
    }

    private void sendAsSystem(TurnNotificationView notification) {
        int attempt = notification.attempts() + 1;
        if (!claim(notification, attempt)) {
            return;
        }
        record(notification, attempt, attempt(notification));
    }

    private WhatsAppResult attempt(TurnNotificationView notification) {
        Optional<String> phone;
        try {
            phone = phoneOf(notification);
        } catch (RuntimeException e) {
            return new WhatsAppResult.Failed("Nomor WhatsApp tidak dapat dibuka (" + e.getClass().getSimpleName()
                    + "); tidak dikirim", false);
        }
        if (phone.isEmpty()) {
            return new WhatsAppResult.Failed(NO_NUMBER, false);
        }
        if (!configured()) {
            return new WhatsAppResult.Failed(NOT_CONFIGURED, false);
        }
        try {
            return whatsApp.send(new WhatsAppMessage(phone.get(), notification.ticketNumber(), notification.ahead(),
                    notification.clinicName()));
        } catch (RuntimeException e) {
            return new WhatsAppResult.Uncertain("Kesalahan saat mengirim (" + e.getClass().getSimpleName()
                    + "); pesan mungkin sudah terkirim, tidak dikirim ulang");
        }
    }

    /**
     * The number opened: empty when there is none any more (the account's data erased: removed from the read
     * model, or its key destroyed). A number stored before sealing began is used as it is.
     */
    private Optional<String> phoneOf(TurnNotificationView notification) {
        String stored = notification.phone();
        if (stored == null || stored.isBlank() || PersonalData.ERASED.equals(stored)) {
            return Optional.empty();
        }
        return PersonalDataCipher.isSealed(stored) ? cipher.open(stored) : Optional.of(stored);
    }

    /** Takes the attempt; false when another sender has it, or it is no longer due. */
    private boolean claim(TurnNotificationView notification, int attempt) {
        try {
            commandGateway.sendAndWait(new StartNotificationAttemptCommand(notification.notificationId(), attempt));
            return true;
        } catch (RuntimeException e) {
            if (ErrorCode.NOTIFICATION_NOT_DUE.name().equals(Refusals.errorCode(e)) || Refusals.concurrent(e)) {
                LOG.debug("Attempt {} of {} taken elsewhere or not due", attempt, notification.notificationId());
            } else {
                LOG.warn("Could not start attempt {} of {}: {}", attempt, notification.notificationId(),
                        LogSafe.describe(e));
            }
            return false;
        }
    }

    private void record(TurnNotificationView notification, int attempt, WhatsAppResult result) {
        Object outcome;
        if (result instanceof WhatsAppResult.Delivered delivered) {
            outcome = new RecordNotificationDeliveredCommand(notification.notificationId(), attempt,
                    delivered.messageId());
        } else if (result instanceof WhatsAppResult.Failed failed) {
            outcome = new RecordNotificationFailedCommand(notification.notificationId(), attempt, failed.reason(),
                    failed.retryable());
        } else {
            outcome = new RecordNotificationFailedCommand(notification.notificationId(), attempt,
                    "Hasil tidak diketahui: " + ((WhatsAppResult.Uncertain) result).reason(), false);
        }
        try {
            commandGateway.sendAndWait(outcome);
        } catch (RuntimeException e) {
            // the attempt stays in progress: it is never sent again, and the admin's log shows it as sending
            LOG.error("Could not record the outcome of attempt {} of {} ({}): {}", attempt,
                    notification.notificationId(), result.getClass().getSimpleName(), LogSafe.describe(e));
        }
    }

    private boolean configured() {
        return settings.enabled() && notBlank(settings.phoneNumberId()) && notBlank(settings.accessToken());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
