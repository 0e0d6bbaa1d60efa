package id.giliran.device.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.device.DeviceKind;
import id.giliran.api.device.DeviceView;
import id.giliran.ui.ErrorText.UserError;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which kiosk or display the browser of the current request is: an enrolled device (by the token in its cookie),
 * or an unregistered browser (by its client address). A revoked device is refused; an unregistered browser is
 * refused only while {@link DeviceSettings#required()}. Asked again at every request that matters (opening the
 * kiosk or display, each ticket, each display poll), so a revocation takes effect at the device's next request.
 */
@Component
public class DeviceGate {

    /** The cookie an enrolled browser keeps its device token in (HttpOnly; Secure over https). */
    public static final String COOKIE = "giliran-perangkat";
    /**
     * Browsers keep a cookie at most 400 days (Chrome caps it there); the kiosk and display renew it each time
     * they open, so a device in daily use never falls out.
     */
    static final Duration COOKIE_LIFETIME = Duration.ofDays(400);

    private final DeviceService devices;
    private final DeviceSettings settings;

    DeviceGate(DeviceService devices, DeviceSettings settings) {
        this.devices = devices;
        this.settings = settings;
    }

    /** The current request's browser as a {@code kind}: allowed (with the key its rate limits count under) or refused. */
    public Standing standing(DeviceKind kind) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Optional<DeviceView> device = token(request).flatMap(devices::byToken);
        if (device.isPresent() && device.get().revoked()) {
            return new Standing(ErrorCode.DEVICE_REVOKED, null, device.get());
        }
        if (device.isPresent() && device.get().kind() == kind) {
            return new Standing(null, "device:" + device.get().deviceId(), device.get());
        }
        if (settings.required()) {
            return new Standing(ErrorCode.DEVICE_NOT_REGISTERED, null, null);
        }
        String address = request == null ? null : request.getRemoteAddr();
        return new Standing(null, "address:" + (address == null ? "unknown" : address), null);
    }

    /** Keeps {@code token} in this browser's cookie (for the enrolment page, and to renew it before it expires). */
    void keep(String token) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Renews the cookie of an allowed, enrolled device (so it outlives the browsers' 400-day cap). */
    public void renew(Standing standing) {
        if (standing.allowed() && standing.device() != null) {
            token(VaadinRequest.getCurrent()).ifPresent(this::keep);
        }
    }

    private static Optional<String> token(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName()))
                     .map(Cookie::getValue).findFirst();
    }

    /**
     * @param refusal null when allowed, else why not ({@link ErrorCode#DEVICE_REVOKED},
     *                {@link ErrorCode#DEVICE_NOT_REGISTERED})
     * @param rateKey what the device's rate limits count under: {@code device:<id>} or {@code address:<client>}
     * @param device  the enrolled device, if the browser is one
     */
    public record Standing(ErrorCode refusal, String rateKey, DeviceView device) {

        public boolean allowed() {
            return refusal == null;
        }

        /** An allowed browser counted under {@code rateKey} (for tests and trusted callers). */
        public static Standing allowedAs(String rateKey) {
            return new Standing(null, rateKey, null);
        }

        /** Throws the refusal, if any. */
        public Standing require() {
            if (refusal != null) {
                throw new UserError(refusal, "this browser may not act as the kiosk or display");
            }
            return this;
        }
    }
}
