package id.giliran.queue.ui;

import id.giliran.TestClock;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.ClinicTicketCount;
import id.giliran.api.queue.FindClinicTicketCountsQuery;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.device.ui.DeviceGate.Standing;
import id.giliran.infrastructure.RateLimits;
import id.giliran.ui.ErrorText;
import id.giliran.ui.KaribuTest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The kiosk's rate limit at the service, with a clock the test moves: a kiosk's tickets beyond its limit are
 * refused and nothing is issued, another kiosk goes on, and the first is served again after the refill.
 */
class KioskRateLimitTest extends KaribuTest {

    private static final TicketRequest GENERAL = new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "UGD");

    private final TestClock moving = new TestClock(Instant.parse("2026-11-30T01:00:00Z"));

    private KioskService kiosk;

    @BeforeEach
    void kioskWithTwoTicketsAMinute() {
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        callEveryWaitingTicket();
        RateLimits limits = new RateLimits(new RateLimits.Settings(Map.of(RateLimits.KIOSK_TICKETS, "2/PT1M")), moving);
        kiosk = new KioskService(context.getBean(TicketCommands.class), context.getBean(QueryGateway.class), masterData,
                context.getBean(Clock.class), limits);
    }

    @Test
    void aKiosksTicketBeyondItsLimitIsRefusedUntilTheRefillWhileAnotherKioskGoesOn() {
        Standing lobby = Standing.allowedAs("device:lobby");
        Standing upstairs = Standing.allowedAs("device:upstairs");
        kiosk.takeTicket(GENERAL, lobby);
        kiosk.takeTicket(GENERAL, lobby);
        long issued = issuedToday();

        assertThatThrownBy(() -> kiosk.takeTicket(GENERAL, lobby))
                .isInstanceOfSatisfying(KioskBusy.class, busy -> {
                    assertThat(busy.code()).isEqualTo(ErrorCode.KIOSK_BUSY);
                    assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(busy.retryAfterSeconds()).isEqualTo(30);
                });
        assertThat(issuedToday()).as("nothing issued for the refused ticket").isEqualTo(issued);

        assertThat(kiosk.takeTicket(GENERAL, upstairs).number()).isNotBlank();

        moving.advance(Duration.ofSeconds(30));
        assertThat(kiosk.takeTicket(GENERAL, lobby).number()).isNotBlank();
        assertThatThrownBy(() -> kiosk.takeTicket(GENERAL, lobby)).isInstanceOf(KioskBusy.class);
    }

    @Test
    void aRevokedOrUnregisteredKioskGetsNoTicketAndUsesNoneOfItsLimit() {
        for (ErrorCode refusal : new ErrorCode[] {ErrorCode.DEVICE_REVOKED, ErrorCode.DEVICE_NOT_REGISTERED}) {
            long issued = issuedToday();
            assertThatThrownBy(() -> kiosk.takeTicket(GENERAL, new Standing(refusal, null, null)))
                    .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(refusal));
            assertThat(issuedToday()).isEqualTo(issued);
        }
    }

    private long issuedToday() {
        return context.getBean(QueryGateway.class)
                      .query(new FindClinicTicketCountsQuery(LocalDate.now(context.getBean(Clock.class))),
                              ResponseTypes.multipleInstancesOf(ClinicTicketCount.class)).join().stream()
                      .filter(count -> count.clinicCode().equals("UGD")).mapToLong(ClinicTicketCount::issued).sum();
    }
}
