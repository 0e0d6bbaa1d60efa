package id.giliran.api.queue;

/** How the visit is paid: BPJS Kesehatan or self-paying (umum). */
public enum PaymentType {
    BPJS,
    UMUM
}
