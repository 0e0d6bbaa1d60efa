package id.giliran.history.ui;

import com.vaadin.flow.component.Component;
import id.giliran.api.history.TimelineEntry;

import java.util.List;
import java.util.Map;

/**
 * The Indonesian label of an event ({@code history.event.<Type>} in the translations, e.g. "Nomor
 * dipanggil ke Loket 1"), its {@code {0}}, {@code {1}} filled from the event's fields named here; an
 * event without a label reads as its class name in words ("Ticket registration released").
 */
final class EventLabels {

    static final String PREFIX = "history.event.";

    /** The fields a label shows, in the order of its placeholders. */
    static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("TicketCalledEvent", List.of("counterNumber")),
            Map.entry("TicketRecalledEvent", List.of("counterNumber")),
            Map.entry("TicketDirectedToClinicEvent", List.of("clinicCode")),
            Map.entry("RegistrationStartedEvent", List.of("registrationNumber")),
            Map.entry("RegistrationNumberAllocatedEvent", List.of("registrationNumber")),
            Map.entry("MandatoryInformationGivenEvent", List.of("item")),
            Map.entry("PatientRegisteredEvent", List.of("medicalRecordNumber")),
            Map.entry("UserRolesAssignedEvent", List.of("roles[0]")),
            Map.entry("ClinicRegisteredEvent", List.of("clinicCode")),
            Map.entry("ClinicConfiguredEvent", List.of("clinicCode")));

    private EventLabels() {
    }

    static String of(Component component, TimelineEntry entry) {
        String key = PREFIX + entry.eventType();
        String label = component.getTranslation(key, arguments(entry));
        return label.equals(key) || label.startsWith("!{") ? words(entry.eventType()) : label;
    }

    private static Object[] arguments(TimelineEntry entry) {
        List<String> names = ARGUMENTS.getOrDefault(entry.eventType(), List.of());
        return names.stream().map(name -> {
            String value = entry.field(name);
            return value == null ? "—" : value;
        }).toArray();
    }

    /** "TicketRegistrationReleasedEvent" → "Ticket registration released". */
    static String words(String eventType) {
        String name = eventType.endsWith("Event") ? eventType.substring(0, eventType.length() - "Event".length())
                : eventType;
        String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? eventType : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
