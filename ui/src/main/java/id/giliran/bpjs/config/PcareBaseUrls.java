package id.giliran.bpjs.config;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What a PCare base URL must be: https, so the consumer id, the signature, the user key and the PCare user's
 * password never cross a network in clear. Plain http only on this machine (localhost / 127.0.0.1 / ::1): the
 * in-app sandbox and a local test double.
 */
public final class PcareBaseUrls {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private PcareBaseUrls() {
    }

    /** https anywhere, or http on this machine. */
    public static boolean secure(URI baseUrl) {
        if (baseUrl == null || baseUrl.getHost() == null) {
            return false;
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        return "https".equals(scheme)
                || "http".equals(scheme) && LOCAL_HOSTS.contains(baseUrl.getHost().toLowerCase(Locale.ROOT));
    }

    /** The same host (case-insensitive); port and path may differ. */
    public static boolean sameHost(URI one, URI other) {
        return one.getHost() != null && other.getHost() != null
                && one.getHost().equalsIgnoreCase(other.getHost());
    }
}
