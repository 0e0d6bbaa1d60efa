package id.giliran.device.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.device.DeviceEnrolledEvent;
import id.giliran.api.device.DeviceRegisteredEvent;
import id.giliran.api.device.DeviceRevokedEvent;
import id.giliran.api.device.EnrolDeviceCommand;
import id.giliran.api.device.RegisterDeviceCommand;
import id.giliran.api.device.RevokeDeviceCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A kiosk or TV display ADMIN registered. Its one-time enrolment link is used once, within
 * {@link EnrolDeviceCommand#LINK_VALID_FOR} of the registration: the browser that opens it
 * becomes the device and keeps a token in a cookie. Revoking ends both the link and the token. Only keyed hashes
 * of the code and the token are ever in a command or an event.
 */
@Aggregate
public class Device {

    /** A device name is a short label such as "Kios lobi utama". */
    static final int NAME_MAX = 60;

    @AggregateIdentifier
    private String deviceId;
    private String enrolmentCodeHash;
    private Instant registeredAt;
    private boolean enrolled;
    private boolean revoked;

    protected Device() {
        // for Axon
    }

    @CommandHandler
    public Device(RegisterDeviceCommand command, Clock clock) {
        String name = command.name() == null ? "" : command.name().strip();
        if (command.deviceId() == null || command.deviceId().isBlank() || name.isEmpty() || name.length() > NAME_MAX
                || command.kind() == null || !isHash(command.enrolmentCodeHash())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "a device needs an id, a name of 1 to " + NAME_MAX + " characters, a kind and an enrolment code");
        }
        apply(new DeviceRegisteredEvent(command.deviceId(), name, command.kind(), command.enrolmentCodeHash(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(EnrolDeviceCommand command, Clock clock) {
        // one refusal for a wrong, used, expired or revoked link: the page tells nobody which it was
        boolean expired = clock.instant().isAfter(registeredAt.plus(EnrolDeviceCommand.LINK_VALID_FOR));
        if (revoked || enrolled || expired || command.enrolmentCodeHash() == null || !isHash(command.tokenHash())
                || !MessageDigest.isEqual(enrolmentCodeHash.getBytes(StandardCharsets.US_ASCII),
                command.enrolmentCodeHash().getBytes(StandardCharsets.US_ASCII))) {
            throw new BusinessRuleViolation(ErrorCode.DEVICE_ENROLMENT_INVALID,
                    "the enrolment link is unknown, used, expired or revoked");
        }
        apply(new DeviceEnrolledEvent(deviceId, command.tokenHash(), clock.instant()));
    }

    @CommandHandler
    public void handle(RevokeDeviceCommand command, Clock clock) {
        if (revoked) {
            return;
        }
        apply(new DeviceRevokedEvent(deviceId, clock.instant()));
    }

    @EventSourcingHandler
    void on(DeviceRegisteredEvent event) {
        deviceId = event.deviceId();
        enrolmentCodeHash = event.enrolmentCodeHash();
        registeredAt = event.registeredAt();
    }

    @EventSourcingHandler
    void on(DeviceEnrolledEvent event) {
        enrolled = true;
    }

    @EventSourcingHandler
    void on(DeviceRevokedEvent event) {
        revoked = true;
    }

    /** A keyed hash as the privacy module writes it: 64 hex digits. */
    private static boolean isHash(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }
}
