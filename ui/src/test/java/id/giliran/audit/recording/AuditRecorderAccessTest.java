package id.giliran.audit.recording;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.audit.LookupKey;
import id.giliran.api.audit.RecordAccessedEvent;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Read accesses: recorded for staff with ids only; refused when they cannot be recorded; not for the data subject. */
class AuditRecorderAccessTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    static final Caller OFFICER = new Caller("loket@giliran.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.3");

    private final List<Object> published = new ArrayList<>();
    private final EventGateway gateway = new EventGateway() {
        @Override
        public void publish(List<?> events) {
            events.forEach(event -> published.add(event instanceof org.axonframework.messaging.Message<?> message
                    ? message.getPayload() : event));
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super EventMessage<?>> interceptor) {
            return () -> true;
        }
    };

    @Test
    void aStaffReadIsRecordedWithWhoFromWhereWhichKindAndIdAndTheClocksTime() {
        new AuditRecorder(gateway, NoTransactionManager.INSTANCE, CLOCK)
                .recordAccessed(OFFICER, AccessKind.PATIENT_SEARCH, null, LookupKey.NAME, 3);

        assertThat(published).containsExactly(new RecordAccessedEvent(AccessKind.PATIENT_SEARCH, null, LookupKey.NAME,
                3, "loket@giliran.id", "PETUGAS_LOKET", "10.0.0.3", CLOCK.instant()));
    }

    @Test
    void aReadThatCannotBeRecordedIsRefused() {
        TransactionManager broken = () -> {
            throw new IllegalStateException("event store unreachable");
        };

        assertThatThrownBy(() -> new AuditRecorder(gateway, broken, CLOCK)
                .recordAccessed(OFFICER, AccessKind.PATIENT, "p-1"))
                .isInstanceOfSatisfying(UserError.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.ACCESS_NOT_RECORDED));
        assertThat(published).isEmpty();
    }

    @Test
    void aStudentReadingTheirOwnBookingOrSomebodyNotSignedInIsNotStaffAccess() {
        AuditRecorder recorder = new AuditRecorder(gateway, NoTransactionManager.INSTANCE, CLOCK);
        recorder.recordAccessed(new Caller("siswa@sekolah.id", Set.of(Role.SISWA), "10.0.0.4"),
                AccessKind.COUNSELING_BOOKING, "b-1");
        recorder.recordAccessed(new Caller(Caller.ANONYMOUS, Set.of(), "10.0.0.5"), AccessKind.PATIENT, "p-1");

        assertThat(published).isEmpty();
    }
}
