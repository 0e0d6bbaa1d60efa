package id.giliran.registration.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.CancelRegistrationCommand;
import id.giliran.api.registration.ChangeRegistrationCommand;
import id.giliran.api.registration.CompleteRegistrationCommand;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.MandatoryInformationGivenEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RecordBpjsCheckCommand;
import id.giliran.api.registration.RecordMandatoryInformationCommand;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationChangedEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.registration.StartRegistrationCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimitCase;
import id.giliran.masterdata.command.ClinicRules;
import id.giliran.masterdata.command.DoctorRoster;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RegistrationTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final MetaData OFFICER = MetaData.from(new Caller("loket@giliran.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.4")
            .toMetaData());
    static final RegistrationStartedEvent STARTED = new RegistrationStartedEvent("r1", "REG-20261123-0001", TODAY, "t1",
            "A-001", "p1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-ahmad", "", MedicalRecordStatus.CREATED,
            "loket@giliran.id", NOW);

    private FixtureConfiguration<Registration> fixture;
    private final List<String> ticketChanges = new ArrayList<>();
    private ErrorCode ticketRefusal;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Registration.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
        fixture.registerInjectableResource(new TicketHandOff() {
            @Override
            public ClaimedTicket claim(String ticketId, String registrationId, Clock clock) {
                if (ticketRefusal != null) {
                    throw new BusinessRuleViolation(ticketRefusal, "refused");
                }
                ticketChanges.add("claim " + ticketId);
                return new ClaimedTicket("A-001", TODAY);
            }

            @Override
            public void release(String ticketId, String registrationId) {
                ticketChanges.add("release " + ticketId);
            }

            @Override
            public void directToClinic(String ticketId, String registrationId, String clinicCode, Clock clock) {
                ticketChanges.add("direct " + ticketId + " to " + clinicCode);
            }
        });
        fixture.registerInjectableResource((RegistrationNumbers) (day, registrationId) -> "REG-20261123-0001");
        ClinicRules clinics = mock(ClinicRules.class);
        when(clinics.rules(anyString())).thenReturn(Optional.empty());
        when(clinics.rules("UMUM")).thenReturn(Optional.of(new ClinicRules.Rules(true, 0)));
        when(clinics.rules("GIGI")).thenReturn(Optional.of(new ClinicRules.Rules(true, 0)));
        fixture.registerInjectableResource(clinics);
        DoctorRoster roster = mock(DoctorRoster.class);
        when(roster.onDuty(eq("dr-ahmad"), eq("UMUM"), any())).thenReturn(true);
        when(roster.onDuty(eq("drg-rina"), eq("GIGI"), any())).thenReturn(true);
        fixture.registerInjectableResource(roster);
    }

    static StartRegistrationCommand start(String doctorId) {
        return new StartRegistrationCommand("r1", "t1", "p1", PatientKind.BARU, PaymentType.BPJS, "UMUM", doctorId, null);
    }

    static MandatoryInformationGivenEvent informed(MandatoryInformation item) {
        return new MandatoryInformationGivenEvent("r1", item, "loket@giliran.id", NOW);
    }

    static Object[] allInformed() {
        return Arrays.stream(MandatoryInformation.values()).map(RegistrationTest::informed).toArray();
    }

    @Test
    void canStartTheRegistrationOfACalledTicketWithANewMedicalRecord() {
        fixture.givenNoPriorActivity()
               .when(start("dr-ahmad"), OFFICER)
               .expectEvents(STARTED);
        assertThat(ticketChanges).containsExactly("claim t1");
    }

    @Test
    void aReturningPatientsRecordIsRetrieved() {
        fixture.givenNoPriorActivity()
               .when(new StartRegistrationCommand("r1", "t1", "p1", PatientKind.LAMA, PaymentType.UMUM, "UMUM", null,
                       " kontrol "), OFFICER)
               .expectEvents(new RegistrationStartedEvent("r1", "REG-20261123-0001", TODAY, "t1", "A-001", "p1",
                       PatientKind.LAMA, PaymentType.UMUM, "UMUM", null, "kontrol", MedicalRecordStatus.RETRIEVED,
                       "loket@giliran.id", NOW));
    }

    @Test
    void cannotStartWhenTheTicketIsNotAtACounterOrAlreadyRegistered() {
        ticketRefusal = ErrorCode.TICKET_ALREADY_REGISTERED;
        fixture.givenNoPriorActivity()
               .when(start("dr-ahmad"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_ALREADY_REGISTERED.name())
               .expectNoEvents();
    }

    @Test
    void cannotStartWithADoctorWhoIsNotOnDutyAtThatClinic() {
        fixture.givenNoPriorActivity()
               .when(start("drg-rina"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DOCTOR_NOT_ON_DUTY.name())
               .expectNoEvents();
    }

    @Test
    void cannotStartForAnUnknownClinic() {
        fixture.givenNoPriorActivity()
               .when(new StartRegistrationCommand("r1", "t1", "p1", PatientKind.BARU, PaymentType.BPJS, "JANTUNG",
                       null, null), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.CLINIC_UNKNOWN.name())
               .expectNoEvents();
        assertThat(ticketChanges).isEmpty();
    }

    @Test
    void canChangeTheClinicAndDoctorBeforeCompletion() {
        fixture.given(STARTED)
               .when(new ChangeRegistrationCommand("r1", PaymentType.UMUM, "GIGI", "drg-rina", "sakit gigi"))
               .expectEvents(new RegistrationChangedEvent("r1", PaymentType.UMUM, "GIGI", "drg-rina", "sakit gigi", "p1"));
    }

    @Test
    void canRecordEachMandatoryInformationOnce() {
        fixture.given(STARTED)
               .when(new RecordMandatoryInformationCommand("r1", MandatoryInformation.HAK_PASIEN), OFFICER)
               .expectEvents(informed(MandatoryInformation.HAK_PASIEN));
        fixture.given(STARTED, informed(MandatoryInformation.HAK_PASIEN))
               .when(new RecordMandatoryInformationCommand("r1", MandatoryInformation.HAK_PASIEN), OFFICER)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void cannotCompleteBeforeAllFourPiecesOfInformationAreGiven() {
        fixture.given(STARTED, informed(MandatoryInformation.HAK_PASIEN), informed(MandatoryInformation.KEWAJIBAN_PASIEN),
                       informed(MandatoryInformation.INFORMASI_PELAYANAN))
               .when(new CompleteRegistrationCommand("r1"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.MANDATORY_INFORMATION_MISSING.name())
               .expectNoEvents();
        assertThat(ticketChanges).isEmpty();
    }

    @Test
    void canCompleteDeliveringTheRecordAndDirectingTheTicketToTheClinic() {
        List<Object> history = new ArrayList<>(List.of(STARTED));
        history.addAll(List.of(allInformed()));
        fixture.given(history)
               .when(new CompleteRegistrationCommand("r1"), OFFICER)
               .expectEvents(new RegistrationCompletedEvent("r1", "t1", "p1", "UMUM", "dr-ahmad", "loket@giliran.id",
                       NOW));
        assertThat(ticketChanges).containsExactly("direct t1 to UMUM");
    }

    @Test
    void cannotCompleteWithoutADoctor() {
        List<Object> history = new ArrayList<>(List.of(new RegistrationStartedEvent("r1", "REG-20261123-0001", TODAY,
                "t1", "A-001", "p1", PatientKind.BARU, PaymentType.BPJS, "UMUM", null, "", MedicalRecordStatus.CREATED,
                "loket@giliran.id", NOW)));
        history.addAll(List.of(allInformed()));
        fixture.given(history)
               .when(new CompleteRegistrationCommand("r1"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DOCTOR_NOT_ON_DUTY.name())
               .expectNoEvents();
    }

    @Test
    void canCancelWithAReasonWhichReleasesTheTicket() {
        fixture.given(STARTED)
               .when(new CancelRegistrationCommand("r1", " salah pasien "), OFFICER)
               .expectEvents(new RegistrationCancelledEvent("r1", "t1", "salah pasien", "loket@giliran.id", NOW, "p1"));
        assertThat(ticketChanges).containsExactly("release t1");
    }

    @Test
    void cannotCancelWithoutAReasonOrTwice() {
        fixture.given(STARTED)
               .when(new CancelRegistrationCommand("r1", " "), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
        fixture.given(STARTED, new RegistrationCancelledEvent("r1", "t1", "salah", "loket@giliran.id", NOW, "p1"))
               .when(new CancelRegistrationCommand("r1", "lagi"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.REGISTRATION_CLOSED.name())
               .expectNoEvents();
    }

    @Test
    void cannotChangeACompletedRegistration() {
        fixture.given(STARTED, new RegistrationCompletedEvent("r1", "t1", "p1", "UMUM", "dr-ahmad", "loket@giliran.id",
                       NOW))
               .when(new RecordMandatoryInformationCommand("r1", MandatoryInformation.HAK_PASIEN), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.REGISTRATION_CLOSED.name())
               .expectNoEvents();
    }

    static RecordBpjsCheckCommand bpjsCheck(String card, boolean active) {
        return new RecordBpjsCheckCommand("r1", card, "SITI AMINAH", active, "KELAS III", "PBI (APBN)",
                "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31));
    }

    @Test
    void canRecordTheBpjsCheckOnTheRegistration() {
        fixture.given(STARTED)
               .when(bpjsCheck("0001234567890", true), OFFICER)
               .expectEvents(new BpjsParticipantCheckedEvent("r1", "0001234567890", "SITI AMINAH", true, "KELAS III",
                       "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31), "loket@giliran.id", NOW, "p1"));
    }

    @Test
    void canRecordAnInactiveParticipantAndCheckAgain() {
        fixture.given(STARTED, new BpjsParticipantCheckedEvent("r1", "0003456789012", "AGUS SETIAWAN", false, null,
                       null, null, null, "loket@giliran.id", NOW, "p1"))
               .when(bpjsCheck("0003456789012", false), OFFICER)
               .expectEvents(new BpjsParticipantCheckedEvent("r1", "0003456789012", "SITI AMINAH", false,
                       "KELAS III", "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31),
                       "loket@giliran.id", NOW, "p1"));
    }

    @Test
    void cannotRecordABpjsCheckWithoutA13DigitCardNumber() {
        fixture.given(STARTED)
               .when(bpjsCheck("12345", true), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.BPJS_NUMBER_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotRecordABpjsCheckOnACompletedRegistration() {
        fixture.given(STARTED, new RegistrationCompletedEvent("r1", "t1", "p1", "UMUM", "dr-ahmad",
                       "loket@giliran.id", NOW))
               .when(bpjsCheck("0001234567890", true), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.REGISTRATION_CLOSED.name())
               .expectNoEvents();
    }

    static Stream<TextLimitCase> textFields() {
        return Stream.of(
                new TextLimitCase("notes at the start", TextLimit.NOTES, text -> new StartRegistrationCommand("r1", "t1",
                        "p1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-ahmad", text), OFFICER),
                new TextLimitCase("notes changed", TextLimit.NOTES, text -> new ChangeRegistrationCommand("r1",
                        PaymentType.BPJS, "UMUM", "dr-ahmad", text), OFFICER, STARTED),
                new TextLimitCase("cancel reason", TextLimit.REASON, text -> new CancelRegistrationCommand("r1", text),
                        OFFICER, STARTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void acceptsTheLimitAndRefusesOneCharacterMore(TextLimitCase field) {
        field.verify(fixture);
    }
}
