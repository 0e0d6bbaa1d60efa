package id.giliran.notification.query;

import id.giliran.api.notification.FindDueNotificationsQuery;
import id.giliran.api.notification.FindNotificationLogQuery;
import id.giliran.api.notification.NotificationAbandonedEvent;
import id.giliran.api.notification.NotificationAttemptFailedEvent;
import id.giliran.api.notification.NotificationAttemptStartedEvent;
import id.giliran.api.notification.NotificationDeliveredEvent;
import id.giliran.api.notification.NotificationStatus;
import id.giliran.api.notification.TurnNotificationRequestedEvent;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationProjectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    /** The booking account (a phone-number username would put the number in the clear as an id). */
    static final String PATIENT = "pasien@contoh.id";

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private NotificationProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        projection = new NotificationProjection(mongo.template(), privacy.fields());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void requested(String ticketId, String number, Instant at) {
        projection.on(new TurnNotificationRequestedEvent("turn:" + ticketId, ticketId, TODAY, number, "Poli Umum",
                "+6281234567890", 3, at, PATIENT));
    }

    private String opened(String sealed) {
        return privacy.cipher().open(sealed).orElse(PersonalData.ERASED);
    }

    @Test
    void aRequestedNotificationIsDueAtOnceWithItsPhoneSealedForTheSender() {
        requested("t-1", "A-012", T0);

        assertThat(projection.handle(new FindDueNotificationsQuery(T0.minusSeconds(1), 20))).isEmpty();
        assertThat(projection.handle(new FindDueNotificationsQuery(T0, 20)))
                .singleElement()
                .satisfies(due -> {
                    assertThat(due.notificationId()).isEqualTo("turn:t-1");
                    assertThat(due.phone()).startsWith("gpd1:");
                    assertThat(opened(due.phone())).isEqualTo("+6281234567890");
                    assertThat(due.status()).isEqualTo(NotificationStatus.PENDING);
                    assertThat(due.attempts()).isZero();
                    assertThat(due.ticketNumber()).isEqualTo("A-012");
                    assertThat(due.ahead()).isEqualTo(3);
                });
    }

    @Test
    void aNotificationBeingSentIsNotDue() {
        requested("t-1", "A-012", T0);
        projection.on(new NotificationAttemptStartedEvent("turn:t-1", 1, T0.plusSeconds(1)), T0.plusSeconds(1));

        assertThat(projection.handle(new FindDueNotificationsQuery(T0.plusSeconds(3600), 20))).isEmpty();
        assertThat(projection.handle(new FindNotificationLogQuery(TODAY))).singleElement()
                .satisfies(log -> {
                    assertThat(log.status()).isEqualTo(NotificationStatus.SENDING);
                    assertThat(log.attempts()).isEqualTo(1);
                    assertThat(log.updatedAt()).isEqualTo(T0.plusSeconds(1));
                });
    }

    @Test
    void aFailedAttemptIsDueAgainAtItsNextAttemptTime() {
        requested("t-1", "A-012", T0);
        projection.on(new NotificationAttemptStartedEvent("turn:t-1", 1, T0), T0);
        projection.on(new NotificationAttemptFailedEvent("turn:t-1", 1, "HTTP 503", true, T0.plusSeconds(30), T0),
                T0.plusSeconds(1));

        assertThat(projection.handle(new FindDueNotificationsQuery(T0.plusSeconds(29), 20))).isEmpty();
        assertThat(projection.handle(new FindDueNotificationsQuery(T0.plusSeconds(30), 20))).singleElement()
                .satisfies(due -> {
                    assertThat(due.status()).isEqualTo(NotificationStatus.PENDING);
                    assertThat(due.attempts()).isEqualTo(1);
                    assertThat(due.lastError()).isEqualTo("HTTP 503");
                });
    }

    @Test
    void aDeliveredOrAbandonedNotificationIsNeverDueAgain() {
        requested("t-1", "A-012", T0);
        requested("t-2", "A-013", T0);
        projection.on(new NotificationAttemptStartedEvent("turn:t-1", 1, T0), T0);
        projection.on(new NotificationDeliveredEvent("turn:t-1", 1, "wamid.HBgM", T0), T0.plusSeconds(1));
        projection.on(new NotificationAttemptStartedEvent("turn:t-2", 1, T0), T0);
        projection.on(new NotificationAttemptFailedEvent("turn:t-2", 1, "token expired", false, null, T0), T0);
        projection.on(new NotificationAbandonedEvent("turn:t-2", "token expired"), T0);

        assertThat(projection.handle(new FindDueNotificationsQuery(T0.plusSeconds(3600), 20))).isEmpty();
        assertThat(projection.handle(new FindNotificationLogQuery(TODAY)))
                .extracting(TurnNotificationView::ticketNumber, TurnNotificationView::status,
                        TurnNotificationView::providerMessageId, TurnNotificationView::lastError)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A-012", NotificationStatus.DELIVERED, "wamid.HBgM", null),
                        org.assertj.core.groups.Tuple.tuple("A-013", NotificationStatus.FAILED, null, "token expired"));
    }

    @Test
    void theDueOnesComeOldestFirstUpToTheLimit() {
        requested("t-2", "A-013", T0.plusSeconds(5));
        requested("t-1", "A-012", T0);
        requested("t-3", "A-014", T0.plusSeconds(9));

        assertThat(projection.handle(new FindDueNotificationsQuery(T0.plusSeconds(10), 2)))
                .extracting(TurnNotificationView::ticketNumber).containsExactly("A-012", "A-013");
    }

    @Test
    void theAdminsLogShowsTheDayWithMaskedPhones() {
        requested("t-1", "A-012", T0);
        projection.on(new TurnNotificationRequestedEvent("turn:t-9", "t-9", TODAY.plusDays(1), "A-001", "Poli Umum",
                "+6281234567890", 3, T0, null));

        assertThat(projection.handle(new FindNotificationLogQuery(TODAY))).singleElement()
                .satisfies(log -> assertThat(log.phone()).isEqualTo("+62812****7890"));
    }

    @Test
    void phonesAreMaskedButForTheOperatorPrefixAndTheLastFourDigits() {
        assertThat(NotificationProjection.maskPhone("+6281234567890")).isEqualTo("+62812****7890");
        assertThat(NotificationProjection.maskPhone("+62812")).isEqualTo("******");
        assertThat(NotificationProjection.maskPhone(null)).isNull();
        assertThat(NotificationProjection.maskPhone(PersonalData.ERASED)).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void aResetClearsTheReadModel() {
        requested("t-1", "A-012", T0);
        projection.reset();

        assertThat(projection.handle(new FindNotificationLogQuery(TODAY))).isEmpty();
    }

    // --- personal data: sealed at rest, blanked on erasure ---

    @Test
    void canKeepThePhoneOnlySealed() {
        requested("t-1", "A-012", T0);
        projection.on(new TurnNotificationRequestedEvent("turn:t-2", "t-2", TODAY, "A-013", "Poli Umum",
                "+6289876543210", 3, T0, null));

        assertThat(String.join("\n", privacy.storedDocuments(java.util.Set.of("notifications"))))
                .doesNotContain("81234567890\"", "6289876543210");
        assertThat(projection.handle(new FindDueNotificationsQuery(T0, 20))).extracting(due -> opened(due.phone()))
                .containsExactlyInAnyOrder("+6281234567890", "+6289876543210");
    }

    @Test
    void canRemoveThePhonesOfAnErasedAccountAtOnceAndKeepTheRest() {
        requested("t-1", "A-012", T0);
        projection.on(new TurnNotificationRequestedEvent("turn:t-2", "t-2", TODAY, "A-013", "Poli Umum",
                "+6289876543210", 3, T0, "+6289876543210"));
        projection.on(new NotificationAttemptStartedEvent("turn:t-1", 1, T0), T0);
        projection.on(new NotificationAttemptFailedEvent("turn:t-1", 1, "HTTP 503", true, T0.plusSeconds(30), T0), T0);

        projection.on(privacy.eraseAccount(PATIENT));

        TurnNotificationView due = projection.handle(new FindDueNotificationsQuery(T0.plusSeconds(30), 20)).stream()
                .filter(notification -> notification.ticketId().equals("t-1")).findFirst().orElseThrow();
        assertThat(due.phone()).as("still due, so the sender gives it up").isEqualTo(PersonalData.ERASED);
        assertThat(due.attempts()).isEqualTo(1);
        assertThat(due.lastError()).isEqualTo("HTTP 503");
        assertThat(projection.handle(new FindNotificationLogQuery(TODAY)))
                .extracting(TurnNotificationView::ticketNumber, TurnNotificationView::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-012", PersonalData.ERASED),
                        org.assertj.core.groups.Tuple.tuple("A-013", "+62898****3210"));
        assertThat(mongo.template().findById("turn:t-1", NotificationDocument.class).phone())
                .as("the sealed value itself is gone").isEqualTo(PersonalData.ERASED);
    }

    @Test
    void canShowTheErasedMarkWhileTheErasureIsOnItsWayToTheReadModel() {
        requested("t-1", "A-012", T0);

        privacy.eraseAccount(PATIENT);

        assertThat(projection.handle(new FindNotificationLogQuery(TODAY))).singleElement()
                .satisfies(log -> assertThat(log.phone()).isEqualTo(PersonalData.ERASED));
        assertThat(opened(projection.handle(new FindDueNotificationsQuery(T0, 20)).get(0).phone()))
                .isEqualTo(PersonalData.ERASED);
    }

    @Test
    void cannotBringAPhoneBackWhenReplayedAfterAnErasure() {
        requested("t-1", "A-012", T0);
        PersonalDataErasedEvent erased = privacy.eraseAccount(PATIENT);
        projection.on(erased);

        projection.reset();
        projection.on(new TurnNotificationRequestedEvent("turn:t-1", "t-1", TODAY, "A-012", "Poli Umum",
                PersonalData.ERASED, 3, T0, PATIENT));
        projection.on(erased);

        assertThat(projection.handle(new FindNotificationLogQuery(TODAY))).singleElement()
                .satisfies(log -> assertThat(log.phone()).isEqualTo(PersonalData.ERASED));
    }
}
