package id.giliran.bpjs.pcare;

/**
 * Receives the log record of every PCare call, successful or not, on the calling thread. A
 * listener that throws does not affect the call.
 */
@FunctionalInterface
public interface PcareCallListener {

    PcareCallListener NONE = call -> { };

    void onCall(PcareCall call);
}
