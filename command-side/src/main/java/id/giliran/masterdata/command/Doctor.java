package id.giliran.masterdata.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.masterdata.DoctorScheduleSetEvent;
import id.giliran.api.masterdata.RegisterDoctorCommand;
import id.giliran.api.masterdata.SaveDoctorCommand;
import id.giliran.api.masterdata.ScheduleSlot;
import id.giliran.api.masterdata.SetDoctorScheduleCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Comparator;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A doctor of the Puskesmas and the weekly hours in which they practise at its clinics. */
@Aggregate
public class Doctor {

    @AggregateIdentifier
    private String doctorId;
    private boolean active;
    private List<ScheduleSlot> schedule = List.of();

    protected Doctor() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterDoctorCommand command, ClinicRules clinics) {
        if (doctorId != null) {
            return;
        }
        handle(new SaveDoctorCommand(command.doctorId(), command.name(), command.sipNumber(), command.clinicCode(),
                command.bpjsDoctorCode(), true), clinics);
        handle(new SetDoctorScheduleCommand(command.doctorId(), command.slots()), clinics);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SaveDoctorCommand command, ClinicRules clinics) {
        if (isBlank(command.doctorId()) || isBlank(command.name()) || isBlank(command.clinicCode())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a doctor needs a name and a clinic");
        }
        TextLimits.require(TextLimit.PERSON_NAME, command.name());
        TextLimits.require(TextLimit.SIP_NUMBER, command.sipNumber());
        TextLimits.require(TextLimit.BPJS_CODE, command.bpjsDoctorCode());
        if (clinics.rules(command.clinicCode()).isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.CLINIC_UNKNOWN, "no clinic " + command.clinicCode());
        }
        apply(new DoctorSavedEvent(command.doctorId(), command.name().strip(), strip(command.sipNumber()),
                command.clinicCode(), strip(command.bpjsDoctorCode()), command.active()));
    }

    @CommandHandler
    public void handle(SetDoctorScheduleCommand command, ClinicRules clinics) {
        List<ScheduleSlot> slots = command.slots() == null ? List.of() : command.slots();
        for (ScheduleSlot slot : slots) {
            if (slot == null || slot.day() == null || slot.start() == null || slot.end() == null
                    || !slot.start().isBefore(slot.end())) {
                throw new BusinessRuleViolation(ErrorCode.SCHEDULE_INVALID,
                        "each slot needs a day and a start before its end");
            }
            if (slot.clinicCode() == null || clinics.rules(slot.clinicCode()).isEmpty()) {
                throw new BusinessRuleViolation(ErrorCode.CLINIC_UNKNOWN, "no clinic " + slot.clinicCode());
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                if (slots.get(i).overlaps(slots.get(j))) {
                    throw new BusinessRuleViolation(ErrorCode.SCHEDULE_INVALID,
                            "slots on " + slots.get(i).day() + " overlap");
                }
            }
        }
        apply(new DoctorScheduleSetEvent(command.doctorId(), slots.stream()
                .sorted(Comparator.comparing(ScheduleSlot::day).thenComparing(ScheduleSlot::start))
                .toList()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Whether the doctor is active and has hours at the clinic on that day. */
    boolean practises(String clinicCode, java.time.LocalDate date) {
        return active && schedule.stream().anyMatch(slot -> slot.day() == date.getDayOfWeek()
                && slot.clinicCode().equals(clinicCode));
    }

    @EventSourcingHandler
    void on(DoctorSavedEvent event) {
        doctorId = event.doctorId();
        active = event.active();
    }

    @EventSourcingHandler
    void on(DoctorScheduleSetEvent event) {
        schedule = List.copyOf(event.slots());
    }
}
