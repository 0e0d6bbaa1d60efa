package id.giliran.api.history;

import id.giliran.api.privacy.PersonalData;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * The one place that decides which fields of events and aggregate states are personal (NIK, names,
 * birth data, addresses, phones, BPJS numbers, health and counseling content, free-text notes and
 * reasons) and how the history shows them: only their first and last characters. Both AUDITOR and
 * ADMIN see them masked: neither needs the person's data to follow what happened to a record.
 * A field is known by its own name (the last part of {@code a.b[0].c}); {@code name} is personal
 * except in the master data of staff and places (clinics, doctors, counters, counselors' profiles).
 * The {@link id.giliran.api.privacy.PersonalData} marks on events are the rule ({@link #isMarked}); the names
 * below also cover aggregates' fields (not marked) and events written before the marks. An erased value
 * ({@link id.giliran.api.privacy.PersonalData#ERASED}) is shown as it is.
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
        return value == null || value.equals(PersonalData.ERASED) || !isPersonal(type, path) ? value : mask(value);
    }

    /** Whether the field {@code path} ({@code a.b[0].c}) of a record of {@code type} is marked {@link PersonalData}. */
    public static boolean isMarked(Class<?> type, String path) {
        Class<?> current = type;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]", "");
            if (current == null || !current.isRecord()) {
                return false;
            }
            RecordComponent component = null;
            for (RecordComponent candidate : current.getRecordComponents()) {
                if (candidate.getName().equals(name)) {
                    component = candidate;
                }
            }
            if (component == null) {
                return false;
            }
            if (component.isAnnotationPresent(PersonalData.class)) {
                return true;
            }
            current = component.getType();
            if (java.util.Collection.class.isAssignableFrom(current)
                    && component.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                current = element;
            }
        }
        return false;
    }

    /** The value as the history shows it, the marks of the event's class counted too. */
    public static String shown(Class<?> eventType, String path, String value) {
        if (value == null || value.equals(PersonalData.ERASED)) {
            return value;
        }
        return isMarked(eventType, path) ? mask(value) : shown(eventType.getSimpleName(), path, value);
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
