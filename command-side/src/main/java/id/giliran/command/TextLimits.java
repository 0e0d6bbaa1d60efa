package id.giliran.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;

/** The one check every command handler calls for its free-text fields (see {@link TextLimit}). */
public final class TextLimits {

    private TextLimits() {
    }

    /**
     * Refuses {@code text} with {@link ErrorCode#TEXT_TOO_LONG} when it is longer than {@code limit} once stripped
     * (null passes: whether a field is required is the handler's own rule). The message names the field and its
     * maximum, never the text.
     */
    public static void require(TextLimit limit, String text) {
        if (!limit.fits(text)) {
            throw new BusinessRuleViolation(ErrorCode.TEXT_TOO_LONG,
                    limit.name() + ": at most " + limit.max() + " characters");
        }
    }
}
