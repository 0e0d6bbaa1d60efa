package id.giliran.counseling.command;

import id.giliran.api.common.TextLimit;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.counseling.DeclineCounselingAlternativesCommand;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.PostponeCounselingCommand;
import id.giliran.api.counseling.RequestCounselingCommand;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SaveCounselorProfileCommand;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Specialization;
import id.giliran.command.TextLimitCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static id.giliran.counseling.command.Calendars.AS_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_OTHER_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_STUDENT;
import static id.giliran.counseling.command.Calendars.COUNSELOR;
import static id.giliran.counseling.command.Calendars.HOURS;
import static id.giliran.counseling.command.Calendars.NOW;
import static id.giliran.counseling.command.Calendars.PROFILE;
import static id.giliran.counseling.command.Calendars.STUDENT;
import static id.giliran.counseling.command.Calendars.requested;
import static id.giliran.counseling.command.Calendars.thursday;
import static id.giliran.counseling.command.Calendars.tuesday;

/** Every free-text field of the counselor's calendar: accepted at its limit, refused one character over. */
class CounselorTextLimitsTest {

    static Stream<TextLimitCase> fields() {
        return Stream.of(
                new TextLimitCase("profile name", TextLimit.PERSON_NAME, text -> profile(text, "bio", "S.Pd."),
                        AS_COUNSELOR),
                new TextLimitCase("bio", TextLimit.BIO, text -> profile("Bu Sari", text, "S.Pd."), AS_COUNSELOR),
                new TextLimitCase("qualifications", TextLimit.QUALIFICATIONS, text -> profile("Bu Sari", "bio", text),
                        AS_COUNSELOR),
                new TextLimitCase("topic", TextLimit.TOPIC, text -> request("Andi", text, null), AS_STUDENT,
                        PROFILE, HOURS),
                new TextLimitCase("student name", TextLimit.PERSON_NAME, text -> request(text, "Nilai turun", null),
                        AS_STUDENT, PROFILE, HOURS),
                new TextLimitCase("on-behalf requester", TextLimit.PERSON_NAME, text -> request("Andi", "Nilai turun",
                        new OnBehalfRequest(text, RequesterRelation.WALI_KELAS, "sering bolos")), AS_OTHER_COUNSELOR,
                        PROFILE, HOURS),
                new TextLimitCase("on-behalf reason", TextLimit.REASON, text -> request("Andi", "Nilai turun",
                        new OnBehalfRequest("Pak Joko", RequesterRelation.WALI_KELAS, text)), AS_OTHER_COUNSELOR,
                        PROFILE, HOURS),
                new TextLimitCase("cancel reason", TextLimit.REASON,
                        text -> new CancelCounselingCommand(COUNSELOR, "b1", text), AS_STUDENT,
                        PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                new TextLimitCase("postpone reason", TextLimit.REASON,
                        text -> new PostponeCounselingCommand(COUNSELOR, "b1", text, List.of(thursday(10, 0))),
                        AS_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                new TextLimitCase("decline reason", TextLimit.REASON,
                        text -> new DeclineCounselingAlternativesCommand(COUNSELOR, "b1", text), AS_STUDENT,
                        PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                        CounselingBookingTest.postponed("b1", tuesday(9, 0), thursday(10, 0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void acceptsTheLimitAndRefusesOneCharacterMore(TextLimitCase field) {
        field.verify(Calendars.fixture(new Calendars.MutableClock(NOW)));
    }

    private static SaveCounselorProfileCommand profile(String name, String bio, String qualifications) {
        return new SaveCounselorProfileCommand(COUNSELOR, name, Set.of(Specialization.AKADEMIK), bio, qualifications,
                Set.of(SessionChannel.TATAP_MUKA), null);
    }

    private static RequestCounselingCommand request(String studentName, String topic, OnBehalfRequest onBehalf) {
        return new RequestCounselingCommand(COUNSELOR, "b2", STUDENT, studentName, tuesday(10, 0), topic,
                SessionChannel.TATAP_MUKA, onBehalf);
    }
}
