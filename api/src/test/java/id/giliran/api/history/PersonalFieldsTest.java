package id.giliran.api.history;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one policy of what the history masks, and how. */
class PersonalFieldsTest {

    @Test
    void personalFieldsAreKnownByTheirOwnNameWhereverTheyAreNested() {
        assertThat(PersonalFields.isPersonal("PatientRegisteredEvent", "details.nik")).isTrue();
        assertThat(PersonalFields.isPersonal("PatientRegisteredEvent", "details.birthDate")).isTrue();
        assertThat(PersonalFields.isPersonal("PatientRegisteredEvent", "details.allergies")).isTrue();
        assertThat(PersonalFields.isPersonal("TicketBookedEvent", "phone")).isTrue();
        assertThat(PersonalFields.isPersonal("CounselingRequestedEvent", "topic")).isTrue();
        assertThat(PersonalFields.isPersonal("CounselingMessageSentEvent", "text")).isTrue();
        assertThat(PersonalFields.isPersonal("Registration", "notes")).isTrue();
        assertThat(PersonalFields.isPersonal("Patient", "aliases[2]")).isFalse();
        assertThat(PersonalFields.isPersonal("TicketCalledEvent", "counterNumber")).isFalse();
        assertThat(PersonalFields.isPersonal("PatientRegisteredEvent", "medicalRecordNumber")).isFalse();
    }

    @Test
    void aNameIsPersonalButThatOfAClinicADoctorOrACounselorsProfile() {
        assertThat(PersonalFields.isPersonal("PatientRegisteredEvent", "details.name")).isTrue();
        assertThat(PersonalFields.isPersonal("UserRegisteredEvent", "displayName")).isTrue();
        assertThat(PersonalFields.isPersonal("ClinicRegisteredEvent", "name")).isFalse();
        assertThat(PersonalFields.isPersonal("CounselorProfileSavedEvent", "name")).isFalse();
        assertThat(PersonalFields.isPersonal("Counselor", "name")).isFalse();
    }

    @Test
    void onlyTheFirstAndLastCharactersShow() {
        assertThat(PersonalFields.mask("3201234567890001")).isEqualTo("3" + "•".repeat(14) + "1");
        assertThat(PersonalFields.mask("Siti")).isEqualTo("S••i");
        assertThat(PersonalFields.mask("AB")).isEqualTo("••");
        assertThat(PersonalFields.mask("")).isEqualTo("•");
        assertThat(PersonalFields.mask(null)).isNull();
        assertThat(PersonalFields.shown("PatientRegisteredEvent", "details.name", "Siti Aminah")).isEqualTo("S•••••••••h");
        assertThat(PersonalFields.shown("TicketCalledEvent", "counterNumber", "1")).isEqualTo("1");
    }

    record Details(@id.giliran.api.privacy.PersonalData String motherName, String clinic) {
    }

    record SomethingHappenedEvent(String id, java.util.List<Details> family, @id.giliran.api.privacy.PersonalData
            String remark) {
    }

    @Test
    void fieldsMarkedPersonalAreMaskedWhateverTheirName() {
        assertThat(PersonalFields.isMarked(SomethingHappenedEvent.class, "family[0].motherName")).isTrue();
        assertThat(PersonalFields.isMarked(SomethingHappenedEvent.class, "remark")).isTrue();
        assertThat(PersonalFields.isMarked(SomethingHappenedEvent.class, "family[0].clinic")).isFalse();
        assertThat(PersonalFields.shown(SomethingHappenedEvent.class, "remark", "Sakit kepala")).isEqualTo("S••••••••••a");
        assertThat(PersonalFields.shown(SomethingHappenedEvent.class, "family[1].clinic", "UMUM")).isEqualTo("UMUM");
    }

    @Test
    void anErasedValueIsShownAsErased() {
        assertThat(PersonalFields.shown("PatientRegisteredEvent", "details.name", "[dihapus]")).isEqualTo("[dihapus]");
        assertThat(PersonalFields.shown(SomethingHappenedEvent.class, "remark", "[dihapus]")).isEqualTo("[dihapus]");
    }
}
