package id.giliran.patient.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientErasedEvent;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.PatientUpdatedEvent;
import id.giliran.api.patient.RegisterPatientCommand;
import id.giliran.api.patient.Sex;
import id.giliran.api.patient.UpdatePatientCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class PatientTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-22T01:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String OFFICER = "loket1@puskesmas.id";
    static final MetaData AT_THE_DESK = MetaData.from(new Caller(OFFICER, Set.of(Role.PETUGAS_LOKET), "10.0.0.2")
            .toMetaData());

    /** Siti, born 15 January 1990: her NIK has day 15 + 40 = 55. */
    static final String SITI_NIK = "3201015501900002";

    private FixtureConfiguration<Patient> fixture;
    private FakeRegistry registry;

    /** The NIK claims and medical record numbers, as the registry aggregates would keep them. */
    static class FakeRegistry implements PatientRegistry {
        final Map<String, String> holders = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        long lastSequence = 123;

        @Override
        public void claimNik(String nik, String patientId) {
            String holder = holders.get(nik);
            if (holder != null && !holder.equals(patientId)) {
                throw new BusinessRuleViolation(ErrorCode.NIK_ALREADY_REGISTERED, PatientNik.alreadyRegistered(holder));
            }
            holders.put(nik, patientId);
            calls.add("claim " + nik);
        }

        @Override
        public void releaseNik(String nik, String patientId) {
            assertThat(holders.remove(nik)).isEqualTo(patientId);
            calls.add("release " + nik);
        }

        @Override
        public String nextMedicalRecordNumber(String patientId) {
            lastSequence++;
            return String.format("RM-%06d", lastSequence);
        }
    }

    @BeforeEach
    void setUp() {
        registry = new FakeRegistry();
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, JAKARTA));
        fixture.registerInjectableResource(registry);
    }

    /** Siti as the officer types her in: loose spacing, a local phone number, RT/RW without zeros. */
    static PatientDetails typed() {
        return new PatientDetails(" 3201 0155 0190 0002 ", "  Siti   Aminah ", "Bogor", LocalDate.of(1990, 1, 15),
                Sex.PEREMPUAN, "Jl. Melati No. 5", "3/5", "Cibinong", "Cibinong", "Kabupaten Bogor", "0812-3456-7890",
                BloodType.O, MaritalStatus.KAWIN, "Guru", "Penisilin", "0001234567890");
    }

    /** The same details in stored form. */
    static PatientDetails stored() {
        return new PatientDetails(SITI_NIK, "Siti Aminah", "Bogor", LocalDate.of(1990, 1, 15), Sex.PEREMPUAN,
                "Jl. Melati No. 5", "003/005", "Cibinong", "Cibinong", "Kabupaten Bogor", "+6281234567890", BloodType.O,
                MaritalStatus.KAWIN, "Guru", "Penisilin", "0001234567890");
    }

    static PatientDetails with(UnaryOperator<Map<String, Object>> change) {
        PatientDetails base = typed();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nik", base.nik());
        fields.put("name", base.name());
        fields.put("birthDate", base.birthDate());
        fields.put("sex", base.sex());
        fields.put("rtRw", base.rtRw());
        fields.put("phone", base.phone());
        fields.put("bpjsNumber", base.bpjsNumber());
        Map<String, Object> f = change.apply(fields);
        return new PatientDetails((String) f.get("nik"), (String) f.get("name"), base.birthPlace(),
                (LocalDate) f.get("birthDate"), (Sex) f.get("sex"), base.address(), (String) f.get("rtRw"),
                base.kelurahan(), base.kecamatan(), base.kabupaten(), (String) f.get("phone"), base.bloodType(),
                base.maritalStatus(), base.occupation(), base.allergies(), (String) f.get("bpjsNumber"));
    }

    static PatientRegisteredEvent registered() {
        return new PatientRegisteredEvent("p-1", "RM-000124", stored(), null, OFFICER, NOW);
    }

    @Test
    void canRegisterAPatientWhoGetsTheNextMedicalRecordNumber() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", typed(), null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload("RM-000124")
               .expectEvents(registered());
        assertThat(registry.holders).containsExactly(Map.entry(SITI_NIK, "p-1"));
    }

    @Test
    void canRegisterAPatientWithoutNikBpjsNumberOrPhone() {
        PatientDetails baby = new PatientDetails(null, "Bayi Ny. Siti", null, TODAY.minusDays(3), Sex.LAKI_LAKI,
                null, null, null, null, null, " ", null, null, null, null, "");
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-2", baby, null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PatientRegisteredEvent("p-2", "RM-000124", new PatientDetails(null, "Bayi Ny. Siti",
                       null, TODAY.minusDays(3), Sex.LAKI_LAKI, null, null, null, null, null, null, BloodType.UNKNOWN,
                       null, null, null, null), null, OFFICER, NOW));
        assertThat(registry.calls).isEmpty();
    }

    @Test
    void canRegisterANikThatDisagreesWhenTheOfficerGivesAReason() {
        PatientDetails otherDay = with(f -> {
            f.put("birthDate", LocalDate.of(1990, 1, 16));
            return f;
        });
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", otherDay, " Tanggal lahir di KTP salah cetak "), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PatientRegisteredEvent("p-1", "RM-000124", new PatientDetails(SITI_NIK, "Siti Aminah",
                       "Bogor", LocalDate.of(1990, 1, 16), Sex.PEREMPUAN, "Jl. Melati No. 5", "003/005", "Cibinong",
                       "Cibinong", "Kabupaten Bogor", "+6281234567890", BloodType.O, MaritalStatus.KAWIN, "Guru",
                       "Penisilin", "0001234567890"), "Tanggal lahir di KTP salah cetak", OFFICER, NOW));
    }

    @Test
    void cannotRegisterANikThatDisagreesWithoutAReasonAndNoNumberIsUsed() {
        for (PatientDetails disagreeing : List.of(
                with(f -> { f.put("birthDate", LocalDate.of(1990, 1, 16)); return f; }),
                with(f -> { f.put("sex", Sex.LAKI_LAKI); return f; }),
                with(f -> { f.put("nik", "3201013201900001"); return f; }))) {
            fixture.givenNoPriorActivity()
                   .when(new RegisterPatientCommand("p-1", disagreeing, " "), AT_THE_DESK)
                   .expectException(BusinessRuleViolation.class)
                   .expectExceptionDetails(ErrorCode.NIK_BIRTH_DATE_MISMATCH.name())
                   .expectNoEvents();
        }
        assertThat(registry.lastSequence).isEqualTo(123);
        assertThat(registry.calls).isEmpty();
    }

    @Test
    void cannotRegisterWithMalformedOrMissingDetails() {
        Map<ErrorCode, PatientDetails> cases = new LinkedHashMap<>();
        cases.put(ErrorCode.NIK_INVALID, with(f -> { f.put("nik", "32010155019000"); return f; }));
        cases.put(ErrorCode.BPJS_NUMBER_INVALID, with(f -> { f.put("bpjsNumber", "12345"); return f; }));
        cases.put(ErrorCode.PHONE_INVALID, with(f -> { f.put("phone", "siti@contoh.id"); return f; }));
        cases.put(ErrorCode.RT_RW_INVALID, with(f -> { f.put("rtRw", "tiga/lima"); return f; }));
        cases.put(ErrorCode.PATIENT_NAME_REQUIRED, with(f -> { f.put("name", "  "); return f; }));
        cases.put(ErrorCode.BIRTH_DATE_REQUIRED, with(f -> { f.put("birthDate", null); return f; }));
        cases.put(ErrorCode.BIRTH_DATE_IN_FUTURE, with(f -> { f.put("birthDate", TODAY.plusDays(1)); return f; }));
        cases.put(ErrorCode.SEX_REQUIRED, with(f -> { f.put("sex", null); return f; }));
        cases.forEach((code, details) -> fixture.givenNoPriorActivity()
                                                .when(new RegisterPatientCommand("p-1", details, null), AT_THE_DESK)
                                                .expectException(BusinessRuleViolation.class)
                                                .expectExceptionDetails(code.name())
                                                .expectNoEvents());
        assertThat(registry.lastSequence).isEqualTo(123);
    }

    @Test
    void canRegisterSomeoneBornToday() {
        PatientDetails newborn = new PatientDetails(null, "Bayi Ny. Ani", null, TODAY, Sex.PEREMPUAN, null, null,
                null, null, null, null, BloodType.UNKNOWN, null, null, null, null);
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-3", newborn, null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PatientRegisteredEvent("p-3", "RM-000124", newborn, null, OFFICER, NOW));
    }

    @Test
    void cannotRegisterANikAnotherPatientHoldsAndNoNumberIsUsed() {
        registry.holders.put(SITI_NIK, "p-0");
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", typed(), null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NIK_ALREADY_REGISTERED.name())
               .expectExceptionMessage("NIK already registered to patient p-0")
               .expectNoEvents();
        assertThat(registry.lastSequence).isEqualTo(123);
    }

    @Test
    void canUpdateAPatientSayingWhy() {
        PatientDetails moved = with(f -> { f.put("phone", "+62 813 1111 2222"); return f; });
        PatientDetails expected = new PatientDetails(SITI_NIK, "Siti Aminah", "Bogor", LocalDate.of(1990, 1, 15),
                Sex.PEREMPUAN, "Jl. Melati No. 5", "003/005", "Cibinong", "Cibinong", "Kabupaten Bogor",
                "+6281311112222", BloodType.O, MaritalStatus.KAWIN, "Guru", "Penisilin", "0001234567890");
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", moved, "Ganti nomor HP", null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(2L)
               .expectEvents(new PatientUpdatedEvent("p-1", expected, "Ganti nomor HP", null, OFFICER, NOW));
        assertThat(registry.calls).isEmpty();
    }

    @Test
    void cannotUpdateAPatientWithoutAReason() {
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", with(f -> { f.put("phone", "081311112222"); return f; }), " ",
                       null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.CHANGE_REASON_REQUIRED.name())
               .expectNoEvents();
    }

    @Test
    void cannotUpdateAPatientWithInvalidDetails() {
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", with(f -> { f.put("birthDate", TODAY.plusDays(2)); return f; }),
                       "Koreksi", null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.BIRTH_DATE_IN_FUTURE.name())
               .expectNoEvents();
    }

    @Test
    void canSendAnUpdateThatChangesNothingAndNothingIsRecorded() {
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", typed(), "Periksa ulang", null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(1L)
               .expectNoEvents();
    }

    @Test
    void canCorrectTheNikAndTheClaimMovesWithIt() {
        registry.holders.put(SITI_NIK, "p-1");
        String corrected = "3201025501900007";
        PatientDetails changed = with(f -> { f.put("nik", corrected); return f; });
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", changed, "NIK salah ketik", null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PatientUpdatedEvent("p-1", new PatientDetails(corrected, "Siti Aminah", "Bogor",
                       LocalDate.of(1990, 1, 15), Sex.PEREMPUAN, "Jl. Melati No. 5", "003/005", "Cibinong", "Cibinong",
                       "Kabupaten Bogor", "+6281234567890", BloodType.O, MaritalStatus.KAWIN, "Guru", "Penisilin",
                       "0001234567890"), "NIK salah ketik", null, OFFICER, NOW));
        assertThat(registry.holders).containsExactly(Map.entry(corrected, "p-1"));
        assertThat(registry.calls).containsExactly("release " + SITI_NIK, "claim " + corrected);
    }

    @Test
    void cannotCorrectTheNikToOneAnotherPatientHolds() {
        registry.holders.put(SITI_NIK, "p-1");
        registry.holders.put("3201025501900007", "p-9");
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", with(f -> { f.put("nik", "3201025501900007"); return f; }),
                       "NIK salah ketik", null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NIK_ALREADY_REGISTERED.name())
               .expectNoEvents();
    }

    @Test
    void cannotCorrectTheBirthDateAwayFromTheNikWithoutAReason() {
        fixture.given(registered())
               .when(new UpdatePatientCommand("p-1", with(f -> { f.put("birthDate", LocalDate.of(1990, 1, 5)); return f; }),
                       "Koreksi tanggal lahir", null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NIK_BIRTH_DATE_MISMATCH.name())
               .expectNoEvents();
    }

    @Test
    void canChangeOtherDataOfAPatientWhoseNikWasAcceptedDespiteAMismatch() {
        PatientDetails acceptedOnce = new PatientDetails(SITI_NIK, "Siti Aminah", "Bogor", LocalDate.of(1990, 1, 16),
                Sex.PEREMPUAN, "Jl. Melati No. 5", "003/005", "Cibinong", "Cibinong", "Kabupaten Bogor",
                "+6281234567890", BloodType.O, MaritalStatus.KAWIN, "Guru", "Penisilin", "0001234567890");
        PatientDetails newAllergy = new PatientDetails(SITI_NIK, "Siti Aminah", "Bogor", LocalDate.of(1990, 1, 16),
                Sex.PEREMPUAN, "Jl. Melati No. 5", "003/005", "Cibinong", "Cibinong", "Kabupaten Bogor",
                "+6281234567890", BloodType.O, MaritalStatus.KAWIN, "Guru", "Penisilin, udang", "0001234567890");
        fixture.given(new PatientRegisteredEvent("p-1", "RM-000124", acceptedOnce, "KTP salah cetak", OFFICER, NOW))
               .when(new UpdatePatientCommand("p-1", newAllergy, "Alergi baru", null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PatientUpdatedEvent("p-1", newAllergy, "Alergi baru", null, OFFICER, NOW));
    }

    @Test
    void cannotChangeAPatientWhosePersonalDataWasErased() {
        fixture.given(registered(), new PatientErasedEvent("p-1", NOW))
               .when(new UpdatePatientCommand("p-1", typed(), "Koreksi", null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.PATIENT_ERASED.name())
               .expectNoEvents();
    }
}
