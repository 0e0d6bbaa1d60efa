package id.giliran.history.query;

import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.history.FindRecordQuery;
import id.giliran.api.history.RecordKind;
import id.giliran.api.history.RecordRef;
import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.query.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The finder for each kind of record, against documents as the read models store them. */
class RecordFinderTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private EmbeddedMongo mongo;
    private RecordFinder finder;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        finder = new RecordFinder(mongo.template());
        var template = mongo.template();
        template.insert(new Document("_id", "t-yesterday").append("number", "A-012").append("serviceDate", "2026-11-29"),
                "queue_tickets");
        template.insert(new Document("_id", "t-today").append("number", "A-012").append("serviceDate", "2026-11-30"),
                "queue_tickets");
        template.insert(new Document("_id", "r-1").append("registrationNumber", "REG-20261130-0001"), "registrations");
        template.insert(new Document("_id", "p-1").append("medicalRecordNumber", "RM-000123").append("recordKey", "RM000123"),
                "patients");
        template.insert(new Document("_id", "b-1").append("counselorId", "konselor@giliran.id"), "counseling_bookings");
        template.insert(new Document("_id", "konselor@giliran.id"), "counselor_directory");
        template.insert(new Document("_id", "auditor@giliran.id"), "user_accounts");
        template.insert(new Document("_id", "UMUM"), "clinics");
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private Optional<RecordRef> find(RecordKind kind, String text, LocalDate date) {
        return finder.handle(new FindRecordQuery(kind, text, date));
    }

    @Test
    void aTicketByItsNumberOnItsDay() {
        assertThat(find(RecordKind.TICKET, "A-012", DAY)).contains(new RecordRef(RecordKind.TICKET, "t-today", null));
        assertThat(find(RecordKind.TICKET, " a-12 ", DAY)).map(RecordRef::aggregateId).contains("t-today");
        assertThat(find(RecordKind.TICKET, "a12", DAY.minusDays(1))).map(RecordRef::aggregateId).contains("t-yesterday");
        assertThat(find(RecordKind.TICKET, "A-012", DAY.plusDays(1))).isEmpty();
        assertThat(find(RecordKind.TICKET, "A-012", null)).as("a number needs its day").isEmpty();
    }

    @Test
    void aRegistrationAPatientAndABookingByWhatThePaperSays() {
        assertThat(find(RecordKind.REGISTRATION, "reg-20261130-0001", null)).map(RecordRef::aggregateId).contains("r-1");
        assertThat(find(RecordKind.PATIENT, "rm-000123", null)).map(RecordRef::aggregateId).contains("p-1");
        assertThat(find(RecordKind.PATIENT, "RM 000123", null)).map(RecordRef::aggregateId).contains("p-1");
        assertThat(find(RecordKind.COUNSELING_BOOKING, "b-1", null))
                .contains(new RecordRef(RecordKind.COUNSELING_BOOKING, "konseling:konselor@giliran.id", "b-1"));
    }

    @Test
    void counselorsAccountsClinicsAndSettingsByTheirNames() {
        assertThat(find(RecordKind.COUNSELOR, "Konselor@Giliran.id", null)).map(RecordRef::aggregateId)
                                                                          .contains("konseling:konselor@giliran.id");
        assertThat(find(RecordKind.USER_ACCOUNT, "auditor@giliran.id", null)).map(RecordRef::aggregateId)
                                                                           .contains("auditor@giliran.id");
        assertThat(find(RecordKind.CLINIC, "umum", null)).map(RecordRef::aggregateId).contains("UMUM");
        assertThat(find(RecordKind.SETTING, "Antrean", null)).map(RecordRef::aggregateId)
                                                           .contains(ConfigureQueueCommand.SETTINGS_ID);
        assertThat(find(RecordKind.SETTING, "layanan-bk", null)).map(RecordRef::aggregateId).contains(ServiceFrame.ID);
    }

    @Test
    void nothingFoundForUnknownOrEmptyText() {
        for (RecordKind kind : RecordKind.values()) {
            assertThat(find(kind, "tidak-ada-999", DAY)).as(kind.name()).isEmpty();
            assertThat(find(kind, "  ", DAY)).as(kind.name()).isEmpty();
        }
        assertThat(find(null, "A-012", DAY)).isEmpty();
    }
}
