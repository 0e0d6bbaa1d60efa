package id.giliran.patient.command;

import id.giliran.api.common.TextLimit;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.RegisterPatientCommand;
import id.giliran.api.patient.UpdatePatientCommand;
import id.giliran.command.TextLimitCase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.util.stream.Stream;

import static id.giliran.patient.command.PatientTest.AT_THE_DESK;

/** Every free-text field of a patient's record: accepted at its limit, refused one character over. */
class PatientTextLimitsTest {

    /** Siti without a NIK (so no NIK is claimed) and one text field replaced. */
    static PatientDetails withText(String field, String text) {
        PatientDetails s = PatientTest.stored();
        return new PatientDetails(null, field.equals("name") ? text : s.name(),
                field.equals("birthPlace") ? text : s.birthPlace(), s.birthDate(), s.sex(),
                field.equals("address") ? text : s.address(), s.rtRw(), field.equals("kelurahan") ? text : s.kelurahan(),
                field.equals("kecamatan") ? text : s.kecamatan(), field.equals("kabupaten") ? text : s.kabupaten(),
                s.phone(), s.bloodType(), s.maritalStatus(), field.equals("occupation") ? text : s.occupation(),
                field.equals("allergies") ? text : s.allergies(), s.bpjsNumber());
    }

    static Stream<TextLimitCase> textFields() {
        Stream<TextLimitCase> details = Stream.of(new Object[][] {
                {"name", TextLimit.PERSON_NAME}, {"birthPlace", TextLimit.PLACE}, {"address", TextLimit.ADDRESS},
                {"kelurahan", TextLimit.PLACE}, {"kecamatan", TextLimit.PLACE}, {"kabupaten", TextLimit.PLACE},
                {"occupation", TextLimit.OCCUPATION}, {"allergies", TextLimit.ALLERGIES}})
                .map(row -> new TextLimitCase((String) row[0], (TextLimit) row[1],
                        text -> new RegisterPatientCommand("p-9", withText((String) row[0], text), null), AT_THE_DESK));
        return Stream.concat(details, Stream.of(
                new TextLimitCase("change reason", TextLimit.REASON, text -> new UpdatePatientCommand("p-1",
                        PatientTest.typed(), text, null), AT_THE_DESK, PatientTest.registered()),
                new TextLimitCase("NIK mismatch reason", TextLimit.REASON, text -> new RegisterPatientCommand("p-9",
                        withText("name", "Siti Aminah"), text), AT_THE_DESK)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void acceptsTheLimitAndRefusesOneCharacterMore(TextLimitCase field) {
        field.verify(fixture());
    }

    private FixtureConfiguration<Patient> fixture() {
        FixtureConfiguration<Patient> fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(PatientTest.NOW, PatientTest.JAKARTA));
        fixture.registerInjectableResource(new PatientTest.FakeRegistry());
        return fixture;
    }
}
