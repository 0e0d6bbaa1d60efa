package id.giliran.counseling.command;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingMessageSentEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.SendCounselingMessageCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static id.giliran.counseling.command.Calendars.AS_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_OTHER_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_OTHER_STUDENT;
import static id.giliran.counseling.command.Calendars.AS_STUDENT;
import static id.giliran.counseling.command.Calendars.AS_SYSTEM;
import static id.giliran.counseling.command.Calendars.COUNSELOR;
import static id.giliran.counseling.command.Calendars.HOURS;
import static id.giliran.counseling.command.Calendars.NOW;
import static id.giliran.counseling.command.Calendars.PROFILE;
import static id.giliran.counseling.command.Calendars.STUDENT;
import static id.giliran.counseling.command.Calendars.confirmed;
import static id.giliran.counseling.command.Calendars.instant;
import static id.giliran.counseling.command.Calendars.requested;
import static id.giliran.counseling.command.Calendars.session;
import static id.giliran.counseling.command.Calendars.thursday;
import static id.giliran.counseling.command.Calendars.tuesday;
import static id.giliran.counseling.command.CounselingBookingTest.postponed;
import static org.assertj.core.api.Assertions.assertThat;

class CounselingChatTest {

    private final Calendars.MutableClock clock = new Calendars.MutableClock(NOW);
    private FixtureConfiguration<Counselor> fixture;

    @BeforeEach
    void setUp() {
        fixture = Calendars.fixture(clock);
    }

    static SendCounselingMessageCommand send(String messageId, String text) {
        return new SendCounselingMessageCommand(COUNSELOR, "b1", messageId, text);
    }

    static CounselingMessageSentEvent sent(String messageId, String sender, boolean fromCounselor, String text,
                                           LocalDateTime at) {
        return new CounselingMessageSentEvent(COUNSELOR, "b1", messageId, STUDENT, sender, fromCounselor, text,
                instant(at));
    }

    private ResultValidator<Counselor> when(Object command, MetaData caller, Object... given) {
        return fixture.given(given).when(command, caller);
    }

    private void refused(ResultValidator<Counselor> result, ErrorCode code) {
        result.expectException(BusinessRuleViolation.class)
              .expectExceptionDetails(code.name())
              .expectNoEvents();
    }

    @Test
    void canSendAsTheStudentWhileTheRequestIsPending() {
        when(send("m1", "  Bu, boleh saya bawa rapor?  "), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)))
                .expectEvents(sent("m1", STUDENT, false, "Bu, boleh saya bawa rapor?", NOW));
    }

    @Test
    void canSendAsTheCounselorOfAConfirmedBooking() {
        when(send("m2", "Boleh, silakan."), AS_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                confirmed("b1", tuesday(9, 0), NOW))
                .expectEvents(sent("m2", COUNSELOR, true, "Boleh, silakan.", NOW));
    }

    @Test
    void canSendWhileThePostponedBookingAwaitsAnAnswer() {
        when(send("m1", "Kamis bisa?"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                postponed("b1", tuesday(9, 0), thursday(10, 0)))
                .expectEvents(sent("m1", STUDENT, false, "Kamis bisa?", NOW));
    }

    @Test
    void canSendUntilTheSessionEnds() {
        clock.set(tuesday(9, 44));
        when(send("m1", "Saya sudah di depan ruang BK"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                confirmed("b1", tuesday(9, 0), NOW))
                .expectEvents(sent("m1", STUDENT, false, "Saya sudah di depan ruang BK", tuesday(9, 44)));
    }

    @Test
    void canSendATextOfTheMaximumLength() {
        String longest = "a".repeat(SendCounselingMessageCommand.MAX_LENGTH);
        when(send("m1", longest), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)))
                .expectEvents(sent("m1", STUDENT, false, longest, NOW));
    }

    @Test
    void cannotSendAsAStranger() {
        refused(when(send("m1", "Halo"), AS_OTHER_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotSendAsAnotherStudent() {
        refused(when(send("m1", "Halo"), AS_OTHER_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotSendAsTheSystem() {
        refused(when(send("m1", "Halo"), AS_SYSTEM, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotSendAboutAnUnknownBooking() {
        refused(when(send("m1", "Halo"), AS_STUDENT, PROFILE, HOURS), ErrorCode.COUNSELING_NOT_FOUND);
    }

    @Test
    void cannotSendABlankText() {
        refused(when(send("m1", " \n\t "), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.COUNSELING_MESSAGE_INVALID);
    }

    @Test
    void cannotSendWithoutAText() {
        refused(when(send("m1", null), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.COUNSELING_MESSAGE_INVALID);
    }

    @Test
    void cannotSendATextTooLong() {
        refused(when(send("m1", "a".repeat(SendCounselingMessageCommand.MAX_LENGTH + 1)), AS_STUDENT, PROFILE, HOURS,
                requested("b1", tuesday(9, 0))), ErrorCode.COUNSELING_MESSAGE_INVALID);
    }

    @Test
    void cannotSendWithoutAMessageId() {
        refused(when(send(" ", "Halo"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.COUNSELING_MESSAGE_INVALID);
    }

    @Test
    void canRetryASendWithoutRecordingItTwice() {
        when(send("m1", "Halo"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                sent("m1", STUDENT, false, "Halo", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnotherSendersMessageId() {
        refused(when(send("m1", "Halo juga"), AS_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                sent("m1", STUDENT, false, "Halo", NOW)), ErrorCode.COUNSELING_MESSAGE_INVALID);
    }

    @Test
    void canSendANewMessageAfterAnEarlierOne() {
        when(send("m2", "Halo lagi"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                sent("m1", STUDENT, false, "Halo", NOW))
                .expectEvents(sent("m2", STUDENT, false, "Halo lagi", NOW));
    }

    @Test
    void cannotSendAfterACancellation() {
        refused(when(send("m1", "Halo"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)), "sakit", true, STUDENT,
                        instant(NOW))), ErrorCode.COUNSELING_CHAT_CLOSED);
    }

    @Test
    void cannotSendAfterTheAlternativesWereDeclined() {
        refused(when(send("m1", "Halo"), AS_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                postponed("b1", tuesday(9, 0), thursday(10, 0)),
                new CounselingAlternativesDeclinedEvent(COUNSELOR, "b1", STUDENT, null, instant(NOW))),
                ErrorCode.COUNSELING_CHAT_CLOSED);
    }

    @Test
    void cannotSendAfterTheSessionWasCompleted() {
        clock.set(tuesday(9, 30));
        refused(when(send("m1", "Terima kasih, Bu"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                confirmed("b1", tuesday(9, 0), NOW),
                new CounselingCompletedEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)), instant(tuesday(9, 30)))),
                ErrorCode.COUNSELING_CHAT_CLOSED);
    }

    @Test
    void cannotSendAfterANoShow() {
        clock.set(tuesday(9, 30));
        refused(when(send("m1", "Maaf, Bu"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                confirmed("b1", tuesday(9, 0), NOW),
                new CounselingNoShowRecordedEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)),
                        instant(tuesday(9, 30)))), ErrorCode.COUNSELING_CHAT_CLOSED);
    }

    @Test
    void cannotSendOnceAConfirmedSessionHasEnded() {
        clock.set(tuesday(9, 45));
        refused(when(send("m1", "Halo"), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                confirmed("b1", tuesday(9, 0), NOW)), ErrorCode.COUNSELING_CHAT_CLOSED);
    }

    @Test
    void canForgetTheMessageIdsOfAnEndedBooking() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), sent("m1", STUDENT, false, "Halo", NOW),
                       new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)), "sakit", true,
                               STUDENT, instant(NOW)))
               .when(CounselingBookingTest.request("b2", thursday(10, 0)), AS_STUDENT)
               .expectSuccessfulHandlerExecution()
               .expectState(counselor -> assertThat(snapshot(counselor)).doesNotContain("m1"));
    }

    @Test
    void canRememberOnlyTheLatestMessageIdsOfABooking() {
        Object[] given = new Object[3 + Counselor.REMEMBERED_MESSAGE_IDS + 1];
        given[0] = PROFILE;
        given[1] = HOURS;
        given[2] = requested("b1", tuesday(9, 0));
        for (int i = 0; i <= Counselor.REMEMBERED_MESSAGE_IDS; i++) {
            given[3 + i] = sent("id-" + i + "-x", STUDENT, false, "Pesan " + i, NOW);
        }
        // the oldest id is forgotten: sending it again records a new message
        when(send("id-0-x", "Pesan 0"), AS_STUDENT, given)
                .expectEvents(sent("id-0-x", STUDENT, false, "Pesan 0", NOW));
    }

    @Test
    void canSnapshotACalendarWithAChatWithoutItsTexts() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)))
               .when(send("m1", "Rahasia saya"), AS_STUDENT)
               .expectState(counselor -> {
                   String json = snapshot(counselor);
                   assertThat(json).contains("m1").doesNotContain("Rahasia");
                   Counselor restored = restore(json);
                   assertThat(snapshot(restored)).isEqualTo(json);
               });
    }

    /** As the application's serializer: Spring Boot's ObjectMapper (times as text, unknown properties ignored). */
    private static final JacksonSerializer SNAPSHOTS = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    private static String snapshot(Counselor counselor) {
        return SNAPSHOTS.serialize(counselor, String.class).getData();
    }

    private static Counselor restore(String json) {
        SerializedObject<String> serialized = new org.axonframework.serialization.SimpleSerializedObject<>(json,
                String.class, SNAPSHOTS.typeForClass(Counselor.class));
        return SNAPSHOTS.deserialize(serialized);
    }
}
