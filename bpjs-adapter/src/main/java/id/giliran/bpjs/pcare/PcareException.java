package id.giliran.bpjs.pcare;

import java.util.Optional;

/**
 * A PCare call that failed, with its {@link PcareFailure kind}, the BPJS code and message when
 * BPJS answered, and the HTTP status when there was one.
 */
public class PcareException extends RuntimeException {

    private final PcareFailure failure;
    private final PcareAction action;
    private final Integer httpStatus;
    private final Integer bpjsCode;
    private final String bpjsMessage;

    public PcareException(PcareFailure failure, PcareAction action, Integer httpStatus, Integer bpjsCode,
                          String bpjsMessage, String detail, Throwable cause) {
        super(action + ": " + failure + (bpjsCode != null ? " (" + bpjsCode + ")" : "")
                + (bpjsMessage != null ? " " + PcareMasking.text(bpjsMessage) : "")
                + (detail != null ? " - " + PcareMasking.text(detail) : ""), cause);
        this.failure = failure;
        this.action = action;
        this.httpStatus = httpStatus;
        this.bpjsCode = bpjsCode;
        this.bpjsMessage = bpjsMessage;
    }

    public PcareFailure failure() {
        return failure;
    }

    public PcareAction action() {
        return action;
    }

    public boolean isTransient() {
        return failure.isTransient();
    }

    public Optional<Integer> httpStatus() {
        return Optional.ofNullable(httpStatus);
    }

    public Optional<Integer> bpjsCode() {
        return Optional.ofNullable(bpjsCode);
    }

    /** BPJS's own message (metaData.message), as it sent it. */
    public Optional<String> bpjsMessage() {
        return Optional.ofNullable(bpjsMessage);
    }

    /** For the officer: the explanation of the kind, followed by BPJS's message when there is one. */
    public String explanationForOfficer() {
        return bpjsMessage == null || bpjsMessage.isBlank()
                ? failure.explanation()
                : failure.explanation() + " Pesan BPJS: " + bpjsMessage;
    }
}
