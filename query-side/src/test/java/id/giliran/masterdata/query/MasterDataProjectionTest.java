package id.giliran.masterdata.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.masterdata.FindClinicsQuery;
import id.giliran.api.masterdata.FindCountersQuery;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasterDataProjectionTest {

    private EmbeddedMongo mongo;
    private MasterDataProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new MasterDataProjection(mongo.template());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void clinicsAreListedInPrefixOrder() {
        projection.on(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"));
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));

        assertThat(projection.handle(new FindClinicsQuery()))
                .containsExactly(new ClinicView("UMUM", "Poli Umum", "A", "", 0, true, 1),
                        new ClinicView("GIGI", "Poli Gigi", "B", "", 0, true, 2));

        projection.on(new ClinicConfiguredEvent("GIGI", "Poli Gigi & Mulut", "002", 40, false, 0));
        assertThat(projection.handle(new FindClinicsQuery()))
                .containsExactly(new ClinicView("GIGI", "Poli Gigi & Mulut", "B", "002", 40, false, 0),
                        new ClinicView("UMUM", "Poli Umum", "A", "", 0, true, 1));
    }

    @Test
    void countersAreListedByNumber() {
        projection.on(new CounterRegisteredEvent("LOKET-2", 2, "Loket 2"));
        projection.on(new CounterRegisteredEvent("LOKET-1", 1, "Loket 1"));

        assertThat(projection.handle(new FindCountersQuery()))
                .containsExactly(new CounterView("LOKET-1", 1, "Loket 1"), new CounterView("LOKET-2", 2, "Loket 2"));
    }

    @Test
    void aResetEmptiesTheReadModel() {
        projection.on(new CounterRegisteredEvent("LOKET-1", 1, "Loket 1"));
        projection.reset();

        assertThat(projection.handle(new FindCountersQuery())).isEmpty();
    }

    @Test
    void theDoctorsOnDutyAreThoseWithASlotAtTheClinicThatWeekday() {
        var monday = java.time.LocalDate.of(2026, 11, 23);
        var morning = new id.giliran.api.masterdata.ScheduleSlot(java.time.DayOfWeek.MONDAY,
                java.time.LocalTime.of(7, 30), java.time.LocalTime.of(11, 0), "UMUM");
        var afternoon = new id.giliran.api.masterdata.ScheduleSlot(java.time.DayOfWeek.MONDAY,
                java.time.LocalTime.of(11, 0), java.time.LocalTime.of(14, 0), "UMUM");
        var tuesdayAtGigi = new id.giliran.api.masterdata.ScheduleSlot(java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(7, 30), java.time.LocalTime.of(14, 0), "GIGI");
        projection.on(new id.giliran.api.masterdata.DoctorSavedEvent("d1", "dr. Sari", "SIP-1", "UMUM", "", true));
        projection.on(new id.giliran.api.masterdata.DoctorScheduleSetEvent("d1", java.util.List.of(afternoon)));
        projection.on(new id.giliran.api.masterdata.DoctorSavedEvent("d2", "dr. Ahmad", "SIP-2", "UMUM", "", true));
        projection.on(new id.giliran.api.masterdata.DoctorScheduleSetEvent("d2", java.util.List.of(morning, tuesdayAtGigi)));
        projection.on(new id.giliran.api.masterdata.DoctorSavedEvent("d3", "dr. Cuti", "SIP-3", "UMUM", "", false));
        projection.on(new id.giliran.api.masterdata.DoctorScheduleSetEvent("d3", java.util.List.of(morning)));

        assertThat(projection.handle(new id.giliran.api.masterdata.FindDoctorsOnDutyQuery("UMUM", monday)))
                .as("active doctors only, the earliest start first")
                .extracting(id.giliran.api.masterdata.DoctorView::name).containsExactly("dr. Ahmad", "dr. Sari");
        assertThat(projection.handle(new id.giliran.api.masterdata.FindDoctorsOnDutyQuery("GIGI", monday))).isEmpty();
        assertThat(projection.handle(new id.giliran.api.masterdata.FindDoctorsOnDutyQuery("GIGI", monday.plusDays(1))))
                .extracting(id.giliran.api.masterdata.DoctorView::doctorId).containsExactly("d2");
        assertThat(projection.handle(new id.giliran.api.masterdata.FindDoctorsQuery()))
                .extracting(id.giliran.api.masterdata.DoctorView::name).containsExactly("dr. Ahmad", "dr. Cuti", "dr. Sari");
    }
}
