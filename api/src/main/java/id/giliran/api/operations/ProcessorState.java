package id.giliran.api.operations;

/** berjalan / membangun ulang / berhenti / gagal. */
public enum ProcessorState {
    RUNNING,
    REPLAYING,
    STOPPED,
    FAILING
}
