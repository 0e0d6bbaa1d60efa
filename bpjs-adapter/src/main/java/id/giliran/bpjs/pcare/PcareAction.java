package id.giliran.bpjs.pcare;

/** The PCare operations of {@link PcarePort}, named in call logs and failures. */
public enum PcareAction {
    FIND_PARTICIPANT_BY_CARD,
    FIND_PARTICIPANT_BY_NIK,
    ADD_VISIT,
    DELETE_VISIT,
    LIST_VISITS,
    LIST_CLINICS,
    LIST_DOCTORS
}
