package id.giliran.api.document;

import java.util.Set;

/** What the document store accepts: images or PDF, as told by their content. */
public final class Documents {

    public static final Set<String> ACCEPTED_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private Documents() {
    }
}
