package id.giliran.registration.command;

import id.giliran.api.registration.RegistrationNumberAllocatedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The registrations of one day, numbered one after the other (one at a time, in the registration's unit of work). */
@Aggregate
public class RegistrationDay {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    @AggregateIdentifier
    private String registrationDayId;
    private int lastSequence;

    protected RegistrationDay() {
        // for Axon
    }

    static String id(LocalDate day) {
        return "registrations@" + day;
    }

    String allocate(LocalDate day, String registrationId) {
        int next = lastSequence + 1;
        apply(new RegistrationNumberAllocatedEvent(id(day), day, next, registrationId));
        return String.format("REG-%s-%04d", BASIC.format(day), next);
    }

    @EventSourcingHandler
    void on(RegistrationNumberAllocatedEvent event) {
        registrationDayId = event.registrationDayId();
        lastSequence = event.sequence();
    }
}
