package id.giliran.counseling.query;

import id.giliran.api.counseling.CounselingMessageSentEvent;
import id.giliran.api.counseling.CounselingMessageView;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.FindCounselingMessagesQuery;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CounselingChatProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");
    static final Slot SLOT = Slot.of(LocalDateTime.of(2026, 11, 23, 9, 0), 45);
    static final Caller SITI = new Caller("siti", Set.of(Role.SISWA), "10.0.0.1");
    static final Caller RINA = new Caller("rina", Set.of(Role.KONSELOR), "10.0.0.2");
    static final Caller BAYU = new Caller("bayu", Set.of(Role.SISWA), "10.0.0.3");
    static final Caller BUDI = new Caller("budi", Set.of(Role.KONSELOR), "10.0.0.4");
    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), "10.0.0.5");

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private CounselingChatProjection projection;
    private QueryGateway queries;
    private long sequence;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        projection = new CounselingChatProjection(mongo.template(), queryBus.queryUpdateEmitter(), privacy.fields());
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        projection.on(new CounselorProfileSavedEvent("rina", "Rina Wulandari", Set.of(Specialization.AKADEMIK), "",
                "", Set.of(SessionChannel.CHAT), null));
        request("b1", "siti", "Siti Aminah");
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void request(String bookingId, String student, String studentName) {
        projection.on(new CounselingRequestedEvent("rina", bookingId, student, studentName, SLOT, "Nilai turun",
                SessionChannel.CHAT, null, student, T0));
    }

    private static CounselingMessageSentEvent fromStudent(String messageId, String text, int minute) {
        return new CounselingMessageSentEvent("rina", "b1", messageId, "siti", "siti", false, text,
                T0.plusSeconds(60L * minute));
    }

    private static CounselingMessageSentEvent fromCounselor(String messageId, String text, int minute) {
        return new CounselingMessageSentEvent("rina", "b1", messageId, "siti", "rina", true, text,
                T0.plusSeconds(60L * minute));
    }

    private void sent(CounselingMessageSentEvent event) {
        projection.on(event, ++sequence, event.sentAt(), ReplayStatus.REGULAR);
    }

    private List<CounselingMessageView> chat(String bookingId, Caller caller) {
        return queries.query(GenericMessage.asMessage(new FindCounselingMessagesQuery(bookingId))
                                           .andMetaData(caller.toMetaData()),
                ResponseTypes.multipleInstancesOf(CounselingMessageView.class)).join();
    }

    private List<String> texts(String bookingId, Caller caller) {
        return chat(bookingId, caller).stream().map(CounselingMessageView::text).toList();
    }

    private SubscriptionQueryResult<List<CounselingMessageView>, CounselingMessageView> follow(String bookingId,
                                                                                                Caller caller) {
        return queries.subscriptionQuery(GenericMessage.asMessage(new FindCounselingMessagesQuery(bookingId))
                                                       .andMetaData(caller.toMetaData()),
                ResponseTypes.multipleInstancesOf(CounselingMessageView.class),
                ResponseTypes.instanceOf(CounselingMessageView.class));
    }

    @Test
    void canShowTheChatOldestFirstWithTheSendersNames() {
        sent(fromStudent("m1", "Bu, boleh bawa rapor?", 1));
        sent(fromCounselor("m2", "Boleh, silakan.", 5));
        sent(fromStudent("m3", "Terima kasih, Bu", 5));

        assertThat(chat("b1", SITI)).containsExactly(
                new CounselingMessageView("m1", "b1", "siti", "Siti Aminah", false, "Bu, boleh bawa rapor?",
                        T0.plusSeconds(60)),
                new CounselingMessageView("m2", "b1", "rina", "Rina Wulandari", true, "Boleh, silakan.",
                        T0.plusSeconds(300)),
                new CounselingMessageView("m3", "b1", "siti", "Siti Aminah", false, "Terima kasih, Bu",
                        T0.plusSeconds(300)));
    }

    @Test
    void canShowTheCounselorsLatestName() {
        sent(fromCounselor("m1", "Halo", 1));
        projection.on(new CounselorProfileSavedEvent("rina", "Rina Wulandari, S.Psi.", Set.of(Specialization.AKADEMIK),
                "", "", Set.of(SessionChannel.CHAT), null));

        assertThat(chat("b1", RINA)).singleElement()
                .satisfies(message -> assertThat(message.senderName()).isEqualTo("Rina Wulandari, S.Psi."));
    }

    @Test
    void canShowTheUsernameOfACounselorWithoutAProfileName() {
        projection.reset();
        request("b1", "siti", "Siti Aminah");
        sent(fromCounselor("m1", "Halo", 1));

        assertThat(chat("b1", SITI)).singleElement()
                .satisfies(message -> assertThat(message.senderName()).isEqualTo("rina"));
    }

    @Test
    void canShowTheChatToItsCounselorAndTheApplication() {
        sent(fromStudent("m1", "Halo", 1));

        assertThat(texts("b1", RINA)).containsExactly("Halo");
        assertThat(texts("b1", Caller.system())).containsExactly("Halo");
    }

    @Test
    void cannotShowTheChatToAnyoneElse() {
        sent(fromStudent("m1", "Halo", 1));

        assertThat(chat("b1", BAYU)).isEmpty();
        assertThat(chat("b1", BUDI)).isEmpty();
        assertThat(chat("b1", ADMIN)).isEmpty();
        assertThat(chat("b1", new Caller(null, Set.of(), null))).isEmpty();
    }

    @Test
    void cannotMixTheChatsOfTwoBookings() {
        request("b2", "siti", "Siti Aminah");
        sent(fromStudent("m1", "Tentang b1", 1));
        sent(new CounselingMessageSentEvent("rina", "b2", "m1", "siti", "siti", false, "Tentang b2",
                T0.plusSeconds(120)));

        assertThat(texts("b1", SITI)).containsExactly("Tentang b1");
        assertThat(texts("b2", SITI)).containsExactly("Tentang b2");
    }

    @Test
    void canHandleAMessageTwiceWithoutADuplicate() {
        CounselingMessageSentEvent message = fromStudent("m1", "Halo", 1);
        projection.on(message, 7L, message.sentAt(), ReplayStatus.REGULAR);
        projection.on(message, 7L, message.sentAt(), ReplayStatus.REPLAY);

        assertThat(texts("b1", SITI)).containsExactly("Halo");
    }

    @Test
    void canSendEachNewMessageToTheOpenChatsOfItsBookingOnly() {
        request("b2", "bayu", "Bayu");
        List<CounselingMessageView> student = new ArrayList<>();
        List<CounselingMessageView> counselor = new ArrayList<>();
        List<CounselingMessageView> otherBooking = new ArrayList<>();
        List<CounselingMessageView> stranger = new ArrayList<>();
        follow("b1", SITI).updates().subscribe(student::add);
        follow("b1", RINA).updates().subscribe(counselor::add);
        follow("b2", BAYU).updates().subscribe(otherBooking::add);
        follow("b1", BAYU).updates().subscribe(stranger::add);

        sent(fromStudent("m1", "Halo", 1));

        CounselingMessageView expected = new CounselingMessageView("m1", "b1", "siti", "Siti Aminah", false, "Halo",
                T0.plusSeconds(60));
        assertThat(student).containsExactly(expected);
        assertThat(counselor).containsExactly(expected);
        assertThat(otherBooking).isEmpty();
        assertThat(stranger).isEmpty();
    }

    @Test
    void cannotSendUpdatesWhileReplaying() {
        List<CounselingMessageView> student = new ArrayList<>();
        follow("b1", SITI).updates().subscribe(student::add);

        CounselingMessageSentEvent message = fromStudent("m1", "Halo", 1);
        projection.on(message, 1L, message.sentAt(), ReplayStatus.REPLAY);

        assertThat(student).isEmpty();
        assertThat(texts("b1", SITI)).containsExactly("Halo");
    }

    @Test
    void aResetClearsTheChats() {
        sent(fromStudent("m1", "Halo", 1));
        projection.reset();
        request("b1", "siti", "Siti Aminah");

        assertThat(chat("b1", SITI)).isEmpty();
    }

    // --- personal data: sealed at rest, blanked on erasure ---

    @Test
    void canKeepTheMessagesOnlySealedAndOpenThemForTheChat() {
        sent(fromStudent("m1", "Saya sedang ada masalah di rumah", 1));
        sent(fromCounselor("m2", "Boleh, bawa rapornya ya", 2));

        assertThat(String.join("\n", privacy.storedDocuments()))
                .contains("gpd1:")
                .doesNotContain("masalah di rumah", "rapornya");
        assertThat(texts("b1", SITI)).containsExactly("Saya sedang ada masalah di rumah", "Boleh, bawa rapornya ya");
    }

    @Test
    void canBlankAStudentsChatsAtOnceWhenTheirAccountIsErased() {
        request("b2", "bayu", "Bayu Saputra");
        sent(fromStudent("m1", "Saya sedang ada masalah di rumah", 1));
        sent(fromCounselor("m2", "Boleh, bawa rapornya ya", 2));
        sent(new CounselingMessageSentEvent("rina", "b2", "m3", "bayu", "bayu", false, "Halo Bu", T0));
        assertThat(chat("b1", SITI)).extracting(CounselingMessageView::senderName)
                .containsExactly("Siti Aminah", "Rina Wulandari");

        projection.on(privacy.eraseAccount("siti"));

        assertThat(chat("b1", RINA)).containsExactly(
                new CounselingMessageView("m1", "b1", "siti", PersonalData.ERASED, false, PersonalData.ERASED,
                        T0.plusSeconds(60)),
                new CounselingMessageView("m2", "b1", "rina", "Rina Wulandari", true, PersonalData.ERASED,
                        T0.plusSeconds(120)));
        assertThat(String.join("\n", privacy.storedDocuments())).doesNotContain("Siti Aminah");
        assertThat(mongo.template().findAll(CounselingChatProjection.ChatMessageDocument.class))
                .filteredOn(message -> message.studentUsername().equals("siti"))
                .extracting(CounselingChatProjection.ChatMessageDocument::text)
                .containsOnly(PersonalData.ERASED);
        assertThat(chat("b2", BAYU)).extracting(CounselingMessageView::senderName, CounselingMessageView::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bayu Saputra", "Halo Bu"));
    }

    @Test
    void canShowTheErasedMarkWhileTheErasureIsOnItsWayToTheReadModel() {
        sent(fromStudent("m1", "Saya sedang ada masalah di rumah", 1));

        privacy.eraseAccount("siti");

        assertThat(texts("b1", SITI)).containsExactly(PersonalData.ERASED);
    }

    @Test
    void cannotBringAnythingBackWhenReplayedAfterAnErasure() {
        sent(fromStudent("m1", "Saya sedang ada masalah di rumah", 1));
        PersonalDataErasedEvent erased = privacy.eraseAccount("siti");
        projection.on(erased);

        projection.reset();
        projection.on(new CounselorProfileSavedEvent("rina", "Rina Wulandari", Set.of(Specialization.AKADEMIK), "",
                "", Set.of(SessionChannel.CHAT), null));
        request("b1", "siti", PersonalData.ERASED);
        CounselingMessageSentEvent replayed = fromStudent("m1", PersonalData.ERASED, 1);
        projection.on(replayed, 1L, replayed.sentAt(), ReplayStatus.REPLAY);
        projection.on(erased);

        assertThat(chat("b1", SITI)).containsExactly(new CounselingMessageView("m1", "b1", "siti",
                PersonalData.ERASED, false, PersonalData.ERASED, T0.plusSeconds(60)));
    }
}
