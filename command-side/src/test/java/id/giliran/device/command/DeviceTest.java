package id.giliran.device.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.device.DeviceEnrolledEvent;
import id.giliran.api.device.DeviceKind;
import id.giliran.api.device.DeviceRegisteredEvent;
import id.giliran.api.device.DeviceRevokedEvent;
import id.giliran.api.device.EnrolDeviceCommand;
import id.giliran.api.device.RegisterDeviceCommand;
import id.giliran.api.device.RevokeDeviceCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

class DeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:30:00Z");
    private static final String CODE = "a".repeat(64);
    private static final String TOKEN = "b".repeat(64);

    private FixtureConfiguration<Device> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Device.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
    }

    private static DeviceRegisteredEvent registered() {
        return new DeviceRegisteredEvent("kiosk-1", "Kios lobi", DeviceKind.KIOSK, CODE, NOW.minusSeconds(60));
    }

    @Test
    void canRegisterAKiosk() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDeviceCommand("kiosk-1", "  Kios lobi ", DeviceKind.KIOSK, CODE))
               .expectEvents(new DeviceRegisteredEvent("kiosk-1", "Kios lobi", DeviceKind.KIOSK, CODE, NOW));
    }

    @Test
    void cannotRegisterADeviceWithoutANameOrWithAnOverlongOne() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDeviceCommand("kiosk-1", " ", DeviceKind.KIOSK, CODE))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RegisterDeviceCommand("kiosk-1", "x".repeat(Device.NAME_MAX + 1), DeviceKind.DISPLAY, CODE))
               .expectException(BusinessRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void cannotRegisterADeviceWithAnEnrolmentCodeInClear() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDeviceCommand("kiosk-1", "Kios lobi", DeviceKind.KIOSK, "K7M2Q9XA"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void canEnrolABrowserWithTheLinksCode() {
        fixture.given(registered())
               .when(new EnrolDeviceCommand("kiosk-1", CODE, TOKEN))
               .expectEvents(new DeviceEnrolledEvent("kiosk-1", TOKEN, NOW));
    }

    @Test
    void cannotEnrolWithAWrongCode() {
        fixture.given(registered())
               .when(new EnrolDeviceCommand("kiosk-1", "c".repeat(64), TOKEN))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DEVICE_ENROLMENT_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotEnrolASecondBrowserWithTheSameLink() {
        fixture.given(registered(), new DeviceEnrolledEvent("kiosk-1", TOKEN, NOW.minusSeconds(30)))
               .when(new EnrolDeviceCommand("kiosk-1", CODE, "c".repeat(64)))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DEVICE_ENROLMENT_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotEnrolARevokedDevice() {
        fixture.given(registered(), new DeviceRevokedEvent("kiosk-1", NOW.minusSeconds(30)))
               .when(new EnrolDeviceCommand("kiosk-1", CODE, TOKEN))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DEVICE_ENROLMENT_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void canRevokeAnEnrolledDevice() {
        fixture.given(registered(), new DeviceEnrolledEvent("kiosk-1", TOKEN, NOW.minusSeconds(30)))
               .when(new RevokeDeviceCommand("kiosk-1"))
               .expectEvents(new DeviceRevokedEvent("kiosk-1", NOW));
    }

    @Test
    void canRevokeAgainWithoutAnyChange() {
        fixture.given(registered(), new DeviceRevokedEvent("kiosk-1", NOW.minusSeconds(30)))
               .when(new RevokeDeviceCommand("kiosk-1"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void cannotEnrolWithALinkOlderThanADay() {
        fixture.given(new DeviceRegisteredEvent("kiosk-1", "Kios lobi", DeviceKind.KIOSK, CODE,
                       NOW.minus(EnrolDeviceCommand.LINK_VALID_FOR).minusSeconds(1)))
               .when(new EnrolDeviceCommand("kiosk-1", CODE, TOKEN))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DEVICE_ENROLMENT_INVALID.name())
               .expectNoEvents();
    }
}
