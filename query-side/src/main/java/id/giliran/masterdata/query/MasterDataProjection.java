package id.giliran.masterdata.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.masterdata.DoctorScheduleSetEvent;
import id.giliran.api.masterdata.DoctorView;
import id.giliran.api.masterdata.FindDoctorsOnDutyQuery;
import id.giliran.api.masterdata.FindDoctorsQuery;
import id.giliran.api.masterdata.ScheduleSlot;
import id.giliran.api.masterdata.FindClinicsQuery;
import id.giliran.api.masterdata.FindCountersQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** Clinics (in kiosk order, with their quota and BPJS code) and counters, as every view that lets a person choose one lists them. */
@Component
@ProcessingGroup("master-data")
class MasterDataProjection {

    private final MongoTemplate mongo;

    MasterDataProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClinicRegisteredEvent event) {
        // a new clinic takes tickets without a limit and stands by its letter until an admin says otherwise
        mongo.save(new ClinicDocument(event.clinicCode(), event.name(), event.ticketPrefix(), "", 0, true,
                event.ticketPrefix().charAt(0) - 'A' + 1));
    }

    @EventHandler
    void on(ClinicConfiguredEvent event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.clinicCode())),
                new Update().set("name", event.name()).set("bpjsPoliCode", event.bpjsPoliCode())
                            .set("dailyQuota", event.dailyQuota()).set("active", event.active())
                            .set("displayOrder", event.displayOrder()),
                ClinicDocument.class);
    }

    @EventHandler
    void on(CounterRegisteredEvent event) {
        mongo.save(new CounterDocument(event.counterId(), event.number(), event.name()));
    }

    @EventHandler
    void on(DoctorSavedEvent event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.doctorId())),
                new Update().set("name", event.name()).set("sipNumber", event.sipNumber())
                            .set("clinicCode", event.clinicCode()).set("bpjsDoctorCode", event.bpjsDoctorCode())
                            .set("active", event.active()).setOnInsert("schedule", List.of()),
                DoctorDocument.class);
    }

    @EventHandler
    void on(DoctorScheduleSetEvent event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.doctorId())),
                new Update().set("schedule", event.slots().stream()
                        .map(slot -> new DoctorDocument.Slot(slot.day().name(), slot.start().toString(),
                                slot.end().toString(), slot.clinicCode()))
                        .toList()),
                DoctorDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ClinicDocument.class);
        mongo.remove(new Query(), CounterDocument.class);
        mongo.remove(new Query(), DoctorDocument.class);
    }

    @QueryHandler
    List<DoctorView> handle(FindDoctorsQuery query) {
        return mongo.find(new Query().with(Sort.by("name")), DoctorDocument.class).stream()
                    .map(MasterDataProjection::toView)
                    .toList();
    }

    /** Active doctors with a slot at the clinic on that weekday, the earliest start first. */
    @QueryHandler
    List<DoctorView> handle(FindDoctorsOnDutyQuery query) {
        DayOfWeek day = query.date().getDayOfWeek();
        return mongo.find(Query.query(Criteria.where("active").is(true)
                                              .and("schedule").elemMatch(Criteria.where("day").is(day.name())
                                                                                 .and("clinicCode").is(query.clinicCode()))),
                            DoctorDocument.class).stream()
                    .map(MasterDataProjection::toView)
                    .sorted(Comparator.comparing((DoctorView doctor) -> doctor.schedule().stream()
                                    .filter(slot -> slot.day() == day && slot.clinicCode().equals(query.clinicCode()))
                                    .map(ScheduleSlot::start).min(Comparator.naturalOrder()).orElse(LocalTime.MAX))
                            .thenComparing(DoctorView::name))
                    .toList();
    }

    private static DoctorView toView(DoctorDocument doctor) {
        List<ScheduleSlot> schedule = doctor.schedule() == null ? List.of() : doctor.schedule().stream()
                .map(slot -> new ScheduleSlot(DayOfWeek.valueOf(slot.day()), LocalTime.parse(slot.start()),
                        LocalTime.parse(slot.end()), slot.clinicCode()))
                .toList();
        return new DoctorView(doctor.doctorId(), doctor.name(), doctor.sipNumber(), doctor.clinicCode(),
                doctor.bpjsDoctorCode(), doctor.active(), schedule);
    }

    @QueryHandler
    List<ClinicView> handle(FindClinicsQuery query) {
        return mongo.find(new Query().with(Sort.by("displayOrder", "ticketPrefix")), ClinicDocument.class).stream()
                    .map(clinic -> new ClinicView(clinic.clinicCode(), clinic.name(), clinic.ticketPrefix(),
                            clinic.bpjsPoliCode(), clinic.dailyQuota(), clinic.active(), clinic.displayOrder()))
                    .toList();
    }

    @QueryHandler
    List<CounterView> handle(FindCountersQuery query) {
        return mongo.find(new Query().with(Sort.by("number")), CounterDocument.class).stream()
                    .map(counter -> new CounterView(counter.counterId(), counter.number(), counter.name()))
                    .toList();
    }
}
