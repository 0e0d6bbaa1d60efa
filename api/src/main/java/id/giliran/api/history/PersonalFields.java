package id.giliran.api.history;

import java.util.Set;

/**
 * The one place that decides which fields of events and aggregate states are personal (NIK, names,
 * birth data, addresses, phones, BPJS numbers, health and counseling content, free-text notes and
 * reasons) and how the history shows them: only their first and last characters. Both AUDITOR and
 * ADMIN see them masked: neither needs the person's data to follow what happened to a record.
 * A field is known by its own name (the last part of {@code a.b[0].c}); {@code name} is personal
 * except in the master data of staff and places (clinics, doctors, counters, counselors' profiles).
 * (Issue #14 will mark personal fields in {@code api} itself; this list then gives way to those marks.)
 */
public final class PersonalFields {

    static final Set<String> PERSONAL = Set.of(
            "nik", "name", "displayname", "participantname", "studentname", "patient", "patientname",
            "birthplace", "birthdate", "sex", "address", "rtrw", "kelurahan", "kecamatan", "kabupaten",
            "phone", "phonenumber", "whatsapp", "bpjsnumber", "cardnumber", "bloodtype", "maritalstatus",
            "occupation", "allergies", "notes", "note", "text", "topic", "reason", "nikmismatchreason",
            "cancelreason", "requestbody", "responsebody", "filename", "bio", "requestername");

    /** Types whose {@code name} is a place's or a member of staff's, shown as it is. */
    static final Set<String> PUBLIC_NAME_TYPES = Set.of("Clinic", "Doctor", "Counter", "Counselor",
            "ClinicRegisteredEvent", "ClinicConfiguredEvent", "DoctorSavedEvent", "CounterRegisteredEvent",
            "CounselorProfileSavedEvent");

    private static final char MASK = '•';

    private PersonalFields() {
    }

    /** Whether the field {@code path} of an event or aggregate of {@code type} (simple class name) is personal. */
    public static boolean isPersonal(String type, String path) {
        String field = lastPart(path).toLowerCase(java.util.Locale.ROOT);
        if (field.equals("name") && type != null && PUBLIC_NAME_TYPES.contains(type)) {
            return false;
        }
        return PERSONAL.contains(field);
    }

    /** The value as the history shows it. */
    public static String shown(String type, String path, String value) {
        return value == null || !isPersonal(type, path) ? value : mask(value);
    }

    /** Keeps the first and the last character, hides the rest (and short values wholly). */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= 2) {
            return String.valueOf(MASK).repeat(Math.max(length, 1));
        }
        int first = value.codePointAt(0);
        int last = value.codePointBefore(value.length());
        return new StringBuilder().appendCodePoint(first).append(String.valueOf(MASK).repeat(length - 2))
                                  .appendCodePoint(last).toString();
    }

    private static String lastPart(String path) {
        String withoutIndex = path.replaceAll("\\[\\d+]$", "");
        int dot = withoutIndex.lastIndexOf('.');
        return dot < 0 ? withoutIndex : withoutIndex.substring(dot + 1);
    }
}
