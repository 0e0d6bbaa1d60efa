package id.giliran.device.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.device.DeviceKind;
import id.giliran.api.device.DeviceView;
import id.giliran.api.device.EnrolDeviceCommand;
import id.giliran.api.device.FindDeviceByTokenQuery;
import id.giliran.api.device.FindDevicesQuery;
import id.giliran.api.device.RegisterDeviceCommand;
import id.giliran.api.device.RevokeDeviceCommand;
import id.giliran.privacy.KeyedHashes;
import id.giliran.ui.ErrorText.UserError;
import id.giliran.ui.ReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registered kiosks and displays: ADMIN registers (and gets the one-time enrolment code), lists and revokes them;
 * a browser that opens the link becomes the device. Codes and tokens are 256 random bits, kept nowhere in clear:
 * commands, events and the read model carry only their keyed hashes ({@link KeyedHashes#deviceSecret}).
 */
@Service
public class DeviceService {

    /** The route of the enrolment page; its link is {@code perangkat/daftar?kode=<deviceId>.<code>}. */
    public static final String ENROL_ROUTE = "perangkat/daftar";

    private static final Pattern ENROLMENT = Pattern.compile("([0-9a-f-]{36})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final KeyedHashes hashes;

    DeviceService(CommandGateway commandGateway, QueryGateway queryGateway, KeyedHashes hashes) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.hashes = hashes;
    }

    /** ADMIN: registers a device and answers its one-time enrolment code ({@code kode} of the link), shown once. */
    public String register(String name, DeviceKind kind) {
        String deviceId = UUID.randomUUID().toString();
        String code = secret();
        commandGateway.sendAndWait(new RegisterDeviceCommand(deviceId, name, kind, hashes.deviceSecret(code)));
        ReadModel.poll(() -> devices().stream().filter(device -> device.deviceId().equals(deviceId)).findFirst(),
                device -> true);
        return deviceId + "." + code;
    }

    /** ADMIN: every registered device, newest first. */
    public List<DeviceView> devices() {
        return queryGateway.query(new FindDevicesQuery(), ResponseTypes.multipleInstancesOf(DeviceView.class)).join();
    }

    /** ADMIN: the device's browser is refused from its next request on. */
    public void revoke(String deviceId) {
        commandGateway.sendAndWait(new RevokeDeviceCommand(deviceId));
        ReadModel.poll(() -> devices().stream().filter(device -> device.deviceId().equals(deviceId)).findFirst(),
                DeviceView::revoked);
    }

    /**
     * This browser becomes the device of the enrolment code {@code kode}; answers the device and the token its
     * cookie keeps. A wrong, used or revoked code is refused with {@link ErrorCode#DEVICE_ENROLMENT_INVALID}.
     */
    public Enrolled enrol(String kode) {
        Matcher parts = ENROLMENT.matcher(kode == null ? "" : kode.strip());
        if (!parts.matches()) {
            throw new UserError(ErrorCode.DEVICE_ENROLMENT_INVALID, "not an enrolment code");
        }
        String token = secret();
        String tokenHash = hashes.deviceSecret(token);
        try {
            commandGateway.sendAndWait(new EnrolDeviceCommand(parts.group(1), hashes.deviceSecret(parts.group(2)),
                    tokenHash));
        } catch (AggregateNotFoundException unknown) {
            throw new UserError(ErrorCode.DEVICE_ENROLMENT_INVALID, "no such device");
        }
        DeviceView device = ReadModel.poll(() -> byTokenHash(tokenHash), found -> true);
        return new Enrolled(device, token);
    }

    /** The device whose browser keeps {@code token}, revoked or not; empty for an unknown token. */
    public Optional<DeviceView> byToken(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return byTokenHash(hashes.deviceSecret(token));
    }

    private Optional<DeviceView> byTokenHash(String tokenHash) {
        return queryGateway.query(new FindDeviceByTokenQuery(tokenHash),
                ResponseTypes.optionalInstanceOf(DeviceView.class)).join();
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @param token the secret the browser's cookie keeps; never logged, never stored */
    public record Enrolled(DeviceView device, String token) {
    }
}
