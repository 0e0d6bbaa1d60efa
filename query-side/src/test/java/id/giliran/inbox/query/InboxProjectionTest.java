package id.giliran.inbox.query;

import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingMessageSentEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingReminderDueEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselingResponseOverdueEvent;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.inbox.CountUnreadInboxQuery;
import id.giliran.api.inbox.FindInboxQuery;
import id.giliran.api.inbox.InboxMessageView;
import id.giliran.api.inbox.InboxMessagesReadEvent;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InboxProjectionTest {

    static final String COUNSELOR = "bu.rina@sekolah.sch.id";
    static final String STUDENT = "budi@siswa.sch.id";
    static final String BOOKING = "b-1";
    static final Slot SLOT = Slot.of(LocalDateTime.of(2026, 11, 23, 9, 0), 45);
    static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
    static final Caller STUDENT_CALLER = new Caller(STUDENT, Set.of(Role.SISWA), "10.0.0.1");
    static final Caller COUNSELOR_CALLER = new Caller(COUNSELOR, Set.of(Role.KONSELOR), "10.0.0.2");
    static final Caller ADMIN_CALLER = new Caller("admin@sekolah.sch.id", Set.of(Role.ADMIN), "10.0.0.3");
    static final Caller OTHER_ADMIN = new Caller("wakasek@sekolah.sch.id", Set.of(Role.ADMIN), "10.0.0.4");

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private InboxProjection projection;
    private AnnotationEventHandlerAdapter handler;
    private QueryGateway queries;
    private int eventCount;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        InboxDirectory directory = new InboxDirectory(mongo.template(), privacy.fields());
        projection = new InboxProjection(mongo.template(), queryBus.queryUpdateEmitter(), directory,
                new CounselingNotices(directory), privacy.fields());
        handler = new AnnotationEventHandlerAdapter(projection);
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        publish(new CounselorProfileSavedEvent(COUNSELOR, "Bu Rina Wulandari", Set.of(Specialization.AKADEMIK),
                "", "", Set.of(SessionChannel.TATAP_MUKA), null));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    /** Handles the event as its processor would: a new message id, a timestamp, no metadata. */
    private String publish(Object event) {
        return publish(event, Map.of());
    }

    private String publish(Object event, Map<String, ?> metaData) {
        String eventId = "event-" + (++eventCount);
        deliver(new GenericEventMessage<>(eventId, event, metaData, T0.plusSeconds(eventCount)));
        return eventId;
    }

    private void deliver(GenericEventMessage<?> message) {
        try {
            handler.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void requested(OnBehalfRequest onBehalf) {
        publish(new CounselingRequestedEvent(COUNSELOR, BOOKING, STUDENT, "Budi Santoso", SLOT,
                "Kesulitan belajar matematika", SessionChannel.TATAP_MUKA, onBehalf,
                onBehalf == null ? STUDENT : COUNSELOR, T0));
    }

    private List<InboxMessageView> inbox(Caller caller) {
        return queries.query(GenericMessage.asMessage(new FindInboxQuery(50)).andMetaData(caller.toMetaData()),
                ResponseTypes.multipleInstancesOf(InboxMessageView.class)).join();
    }

    private long unread(Caller caller) {
        return queries.query(GenericMessage.asMessage(new CountUnreadInboxQuery()).andMetaData(caller.toMetaData()),
                ResponseTypes.instanceOf(Long.class)).join();
    }

    private void read(Caller caller, String... messageIds) {
        publish(new InboxMessagesReadEvent(caller.username(), List.of(messageIds), T0.plusSeconds(3600)),
                caller.toMetaData());
    }

    @Test
    void canTellTheCounselorOfANewRequestAndTheStudentThatItIsSent() {
        requested(null);

        assertThat(inbox(COUNSELOR_CALLER)).singleElement().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Permintaan konseling baru");
            assertThat(message.body()).contains("Budi Santoso", "Senin, 23 November 2026 pukul 09.00",
                    "Kesulitan belajar matematika", "tatap muka");
            assertThat(message.link()).isEqualTo("konselor/janji");
            assertThat(message.at()).isEqualTo(T0.plusSeconds(2));
            assertThat(message.read()).isFalse();
        });
        assertThat(inbox(STUDENT_CALLER)).singleElement().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Permintaan terkirim, menunggu konfirmasi");
            assertThat(message.body()).contains("Bu Rina Wulandari", "Senin, 23 November 2026 pukul 09.00");
            assertThat(message.link()).isEqualTo("konseling/janji-saya");
        });
    }

    @Test
    void canTellTheStudentOfARequestMadeOnTheirBehalf() {
        requested(new OnBehalfRequest("Ibu Sari", RequesterRelation.WALI_KELAS, "Nilai turun sejak bulan lalu"));

        assertThat(inbox(STUDENT_CALLER)).singleElement().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Permintaan konseling atas nama Anda");
            assertThat(message.body()).contains("diajukan atas nama Anda oleh Ibu Sari (wali kelas)",
                    "Nilai turun sejak bulan lalu", "Bu Rina Wulandari");
        });
        assertThat(inbox(COUNSELOR_CALLER)).singleElement()
                .satisfies(message -> assertThat(message.body()).contains("Ibu Sari (wali kelas)"));
    }

    @Test
    void canTellTheStudentThatTheCounselorConfirmed() {
        requested(null);
        publish(new CounselingConfirmedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, COUNSELOR, T0));

        assertThat(inbox(STUDENT_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Janji konseling dikonfirmasi");
            assertThat(message.body()).isEqualTo("Bu Rina Wulandari mengonfirmasi janji konseling Anda pada "
                    + "Senin, 23 November 2026 pukul 09.00 (tatap muka).");
        });
        assertThat(inbox(COUNSELOR_CALLER)).hasSize(1);
    }

    @Test
    void canTellTheCounselorWhenTheStudentCancels() {
        requested(null);
        publish(new CounselingCancelledEvent(COUNSELOR, BOOKING, STUDENT, SLOT, "Ada ujian susulan", true, STUDENT, T0));

        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Janji konseling dibatalkan siswa");
            assertThat(message.body()).contains("Budi Santoso", "Ada ujian susulan");
        });
        assertThat(inbox(STUDENT_CALLER)).hasSize(1);
    }

    @Test
    void canTellTheStudentWhenTheCounselorCancels() {
        requested(null);
        publish(new CounselingCancelledEvent(COUNSELOR, BOOKING, STUDENT, SLOT, "Rapat dinas", false, COUNSELOR, T0));

        assertThat(inbox(STUDENT_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Janji konseling dibatalkan");
            assertThat(message.body()).contains("Bu Rina Wulandari membatalkan", "Rapat dinas");
        });
        assertThat(inbox(COUNSELOR_CALLER)).hasSize(1);
    }

    @Test
    void canTellBothSidesWhenAnAdminCancels() {
        requested(null);
        publish(new CounselingCancelledEvent(COUNSELOR, BOOKING, STUDENT, SLOT, "Sekolah libur", false,
                ADMIN_CALLER.username(), T0));

        assertThat(inbox(STUDENT_CALLER)).first()
                .satisfies(message -> assertThat(message.body()).contains("dibatalkan oleh admin BK", "Sekolah libur"));
        assertThat(inbox(COUNSELOR_CALLER)).first()
                .satisfies(message -> assertThat(message.title()).isEqualTo("Janji konseling dibatalkan admin"));
    }

    @Test
    void canAskTheStudentToChooseAnAlternativeWhenPostponed() {
        requested(null);
        publish(new CounselingPostponedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, "Ada rapat mendadak",
                List.of(Slot.of(LocalDateTime.of(2026, 11, 24, 10, 0), 45),
                        Slot.of(LocalDateTime.of(2026, 11, 25, 13, 30), 45)), COUNSELOR, T0));

        assertThat(inbox(STUDENT_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Janji konseling diundur, mohon pilih waktu lain");
            assertThat(message.body()).contains("Ada rapat mendadak", "Selasa, 24 November 2026 pukul 10.00",
                    "Rabu, 25 November 2026 pukul 13.30", "pilih salah satu");
        });
    }

    @Test
    void canTellTheCounselorWhichAlternativeTheStudentChose() {
        requested(null);
        Slot chosen = Slot.of(LocalDateTime.of(2026, 11, 24, 10, 0), 45);
        publish(new CounselingAlternativeAcceptedEvent(COUNSELOR, BOOKING, STUDENT, chosen, T0));

        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Waktu pengganti dipilih");
            assertThat(message.body()).contains("Budi Santoso", "Selasa, 24 November 2026 pukul 10.00");
        });
    }

    @Test
    void canTellTheCounselorThatTheAlternativesWereDeclined() {
        requested(null);
        publish(new CounselingAlternativesDeclinedEvent(COUNSELOR, BOOKING, STUDENT, "Semua jam ada les", T0));

        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Waktu pengganti ditolak");
            assertThat(message.body()).contains("Budi Santoso", "Semua jam ada les");
        });
    }

    @Test
    void canThankTheStudentAfterASessionAndTellThemOfANoShow() {
        requested(null);
        publish(new CounselingCompletedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, T0));
        publish(new CounselingNoShowRecordedEvent(COUNSELOR, "b-2", STUDENT, SLOT, T0));

        assertThat(inbox(STUDENT_CALLER)).extracting(InboxMessageView::title).containsExactly(
                "Anda tercatat tidak hadir", "Terima kasih telah mengikuti konseling",
                "Permintaan terkirim, menunggu konfirmasi");
        assertThat(inbox(COUNSELOR_CALLER)).hasSize(1);
    }

    @Test
    void canFlagAnOverdueRequestToTheCounselorAndEveryAdminOnly() {
        requested(null);
        publish(new CounselingResponseOverdueEvent(COUNSELOR, BOOKING, STUDENT, T0, T0.plus(Duration.ofHours(24))));

        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Permintaan konseling belum ditanggapi");
            assertThat(message.body()).contains("belum ditanggapi lebih dari 24 jam", "Budi Santoso");
        });
        for (Caller admin : List.of(ADMIN_CALLER, OTHER_ADMIN)) {
            assertThat(inbox(admin)).singleElement().satisfies(message -> {
                assertThat(message.body()).contains("Budi Santoso", "Bu Rina Wulandari", "lebih dari 24 jam");
                assertThat(message.link()).isEqualTo("admin/konseling");
            });
        }
        assertThat(inbox(STUDENT_CALLER)).extracting(InboxMessageView::title)
                .doesNotContain("Permintaan konseling belum ditanggapi");
    }

    @Test
    void canRemindBothSidesOfASession() {
        requested(null);
        publish(new CounselingReminderDueEvent(COUNSELOR, BOOKING, STUDENT, ReminderKind.DAY_BEFORE, SLOT, T0));

        assertThat(inbox(STUDENT_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Pengingat: konseling 24 jam lagi");
            assertThat(message.body()).contains("Bu Rina Wulandari", "Senin, 23 November 2026 pukul 09.00");
        });
        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Pengingat: konseling 24 jam lagi");
            assertThat(message.body()).contains("Budi Santoso");
        });
    }

    @Test
    void canTellTheCounselorOfAStudentsChatMessageWithoutItsText() {
        requested(null);
        publish(new CounselingMessageSentEvent(COUNSELOR, BOOKING, "m-1", STUDENT, STUDENT, false,
                "Saya sedang ada masalah di rumah", T0));

        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Pesan baru dari siswa");
            assertThat(message.body()).isEqualTo("Budi Santoso mengirim pesan tentang janji konseling pada "
                    + "Senin, 23 November 2026 pukul 09.00. Buka percakapan untuk membacanya.");
            assertThat(message.link()).isEqualTo("konseling/percakapan/" + BOOKING);
        });
        assertThat(inbox(STUDENT_CALLER)).singleElement()
                .satisfies(message -> assertThat(message.title()).doesNotStartWith("Pesan baru"));
    }

    @Test
    void canTellTheStudentOfTheCounselorsChatMessageWithoutItsText() {
        requested(null);
        publish(new CounselingMessageSentEvent(COUNSELOR, BOOKING, "m-2", STUDENT, COUNSELOR, true,
                "Boleh, bawa rapornya ya", T0));

        assertThat(inbox(STUDENT_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Pesan baru dari Bu Rina Wulandari");
            assertThat(message.body()).contains("Bu Rina Wulandari", "Senin, 23 November 2026 pukul 09.00")
                                      .doesNotContain("rapor");
            assertThat(message.link()).isEqualTo("konseling/percakapan/" + BOOKING);
        });
        assertThat(inbox(COUNSELOR_CALLER)).singleElement()
                .satisfies(message -> assertThat(message.title()).isEqualTo("Permintaan konseling baru"));
    }

    @Test
    void canTellTheCounselorOfBookingsLeftOutsideNewHours() {
        requested(null);
        publish(new CounselorHoursSetEvent(COUNSELOR, List.of(), 45, 15, 120, List.of(BOOKING)));

        assertThat(inbox(COUNSELOR_CALLER)).first().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Janji di luar jam operasional");
            assertThat(message.body()).contains("1 janji berada di luar jam baru",
                    "Senin, 23 November 2026 pukul 09.00", "undur atau batalkan")
                    .as("a notice about several students names none").doesNotContain("Budi Santoso");
        });
    }

    @Test
    void cannotBotherTheCounselorWhenNewHoursLeaveNoBookingOutside() {
        publish(new CounselorHoursSetEvent(COUNSELOR, List.of(), 45, 15, 120, List.of()));
        publish(new CounselorHoursExceptionAddedEvent(COUNSELOR, new HoursException("x-1",
                LocalDate.of(2026, 11, 27), HoursExceptionKind.EXTRA_HOURS, LocalTime.of(13, 0), LocalTime.of(14, 0)),
                List.of()));

        assertThat(inbox(COUNSELOR_CALLER)).isEmpty();
    }

    @Test
    void canMarkOneMessageReadForItsReaderOnly() {
        requested(null);
        publish(new CounselingConfirmedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, COUNSELOR, T0));
        String confirmed = inbox(STUDENT_CALLER).get(0).messageId();

        read(STUDENT_CALLER, confirmed);

        assertThat(inbox(STUDENT_CALLER)).extracting(InboxMessageView::messageId, InboxMessageView::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(confirmed, true),
                        org.assertj.core.groups.Tuple.tuple(inbox(STUDENT_CALLER).get(1).messageId(), false));
        assertThat(unread(STUDENT_CALLER)).isEqualTo(1L);
        assertThat(unread(COUNSELOR_CALLER)).isEqualTo(1L);
    }

    @Test
    void canMarkAllMessagesRead() {
        requested(null);
        publish(new CounselingConfirmedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, COUNSELOR, T0));
        assertThat(unread(STUDENT_CALLER)).isEqualTo(2L);

        read(STUDENT_CALLER);

        assertThat(unread(STUDENT_CALLER)).isZero();
        assertThat(inbox(STUDENT_CALLER)).allMatch(InboxMessageView::read);
        assertThat(unread(COUNSELOR_CALLER)).isEqualTo(1L);
    }

    @Test
    void canKeepTheReadStateOfARoleMessagePerPerson() {
        requested(null);
        publish(new CounselingResponseOverdueEvent(COUNSELOR, BOOKING, STUDENT, T0, T0.plus(Duration.ofHours(24))));
        assertThat(unread(ADMIN_CALLER)).isEqualTo(1L);

        read(ADMIN_CALLER);

        assertThat(unread(ADMIN_CALLER)).isZero();
        assertThat(unread(OTHER_ADMIN)).isEqualTo(1L);
        assertThat(inbox(OTHER_ADMIN)).singleElement().satisfies(message -> assertThat(message.read()).isFalse());
    }

    @Test
    void cannotShowAnInboxToSomeoneNotSignedIn() {
        requested(null);

        assertThat(inbox(new Caller(Caller.ANONYMOUS, Set.of(), "10.0.0.9"))).isEmpty();
        assertThat(unread(Caller.system())).isZero();
    }

    @Test
    void canHandleAnEventTwiceWithoutADuplicateOrLosingTheReadState() {
        GenericEventMessage<CounselingConfirmedEvent> confirmed = new GenericEventMessage<>("confirmed-1",
                new CounselingConfirmedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, COUNSELOR, T0), Map.of(), T0);
        deliver(confirmed);
        read(STUDENT_CALLER, inbox(STUDENT_CALLER).get(0).messageId());

        deliver(confirmed);

        assertThat(inbox(STUDENT_CALLER)).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo("confirmed-1:user:" + STUDENT);
            assertThat(message.read()).isTrue();
        });
    }

    @Test
    void canFollowTheUnreadCountLiveForEachPersonOnly() {
        SubscriptionQueryResult<Long, Long> student = subscribe(STUDENT_CALLER);
        SubscriptionQueryResult<Long, Long> otherAdmin = subscribe(OTHER_ADMIN);
        SubscriptionQueryResult<Long, Long> admin = subscribe(ADMIN_CALLER);
        List<Long> studentCounts = new ArrayList<>();
        List<Long> otherAdminCounts = new ArrayList<>();
        List<Long> adminCounts = new ArrayList<>();
        student.updates().subscribe(studentCounts::add);
        otherAdmin.updates().subscribe(otherAdminCounts::add);
        admin.updates().subscribe(adminCounts::add);
        assertThat(student.initialResult().block()).isZero();

        requested(null);
        publish(new CounselingConfirmedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, COUNSELOR, T0));
        publish(new CounselingResponseOverdueEvent(COUNSELOR, BOOKING, STUDENT, T0, T0));
        read(ADMIN_CALLER);

        assertThat(studentCounts).containsExactly(1L, 2L);
        assertThat(adminCounts).containsExactly(1L, 0L);
        assertThat(otherAdminCounts).containsExactly(1L);
    }

    private SubscriptionQueryResult<Long, Long> subscribe(Caller caller) {
        return queries.subscriptionQuery(
                GenericMessage.asMessage(new CountUnreadInboxQuery()).andMetaData(caller.toMetaData()),
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(Long.class));
    }

    @Test
    void aResetClearsTheInbox() {
        requested(null);
        projection.reset();

        assertThat(inbox(STUDENT_CALLER)).isEmpty();
        assertThat(inbox(COUNSELOR_CALLER)).isEmpty();
    }

    // --- personal data: sealed at rest, blanked on erasure ---

    /** What a student's counseling puts in the inbox: a request on their behalf, a postponement, a cancellation. */
    private void everyCounselingText() {
        requested(new OnBehalfRequest("Ibu Sari", RequesterRelation.WALI_KELAS, "Nilai turun sejak bulan lalu"));
        publish(new CounselingPostponedEvent(COUNSELOR, BOOKING, STUDENT, SLOT, "Ada rapat mendadak",
                List.of(Slot.of(LocalDateTime.of(2026, 11, 24, 10, 0), 45)), COUNSELOR, T0));
        publish(new CounselingCancelledEvent(COUNSELOR, BOOKING, STUDENT, SLOT, "Ada ujian susulan", true, STUDENT,
                T0));
        publish(new CounselingMessageSentEvent(COUNSELOR, BOOKING, "m-1", STUDENT, STUDENT, false,
                "Saya sedang ada masalah di rumah", T0));
        publish(new CounselingResponseOverdueEvent(COUNSELOR, BOOKING, STUDENT, T0, T0));
    }

    @Test
    void canKeepNoCounselingContentInTheClear() {
        everyCounselingText();

        assertThat(String.join("\n", privacy.storedDocuments()))
                .contains("gpd1:", "Permintaan konseling baru")
                .doesNotContain("Budi Santoso", "Kesulitan belajar matematika", "Ibu Sari",
                        "Nilai turun sejak bulan lalu", "Ada rapat mendadak", "Ada ujian susulan", "masalah di rumah");
        assertThat(inbox(COUNSELOR_CALLER)).extracting(InboxMessageView::title)
                .allSatisfy(title -> assertThat(title).doesNotContain("Budi", "Kesulitan", "ujian", "rapat"));
        assertThat(inbox(COUNSELOR_CALLER)).extracting(InboxMessageView::body).anySatisfy(body ->
                assertThat(body).contains("Budi Santoso", "Kesulitan belajar matematika", "Ibu Sari"));
    }

    @Test
    void canBlankAStudentsNoticesAtOnceWhenTheirAccountIsErased() {
        everyCounselingText();
        publish(new CounselingRequestedEvent(COUNSELOR, "b-2", "ani@siswa.sch.id", "Ani Lestari", SLOT,
                "Bingung memilih jurusan", SessionChannel.CHAT, null, "ani@siswa.sch.id", T0));
        read(COUNSELOR_CALLER, inbox(COUNSELOR_CALLER).get(0).messageId());
        List<InboxMessageView> before = inbox(COUNSELOR_CALLER);
        long unreadBefore = unread(COUNSELOR_CALLER);

        projection.on(privacy.eraseAccount(STUDENT));

        List<InboxMessageView> after = inbox(COUNSELOR_CALLER);
        assertThat(after).extracting(InboxMessageView::messageId, InboxMessageView::title, InboxMessageView::at,
                        InboxMessageView::read)
                .containsExactlyElementsOf(before.stream().map(message -> org.assertj.core.groups.Tuple.tuple(
                        message.messageId(), message.title(), message.at(), message.read())).toList());
        assertThat(unread(COUNSELOR_CALLER)).isEqualTo(unreadBefore);
        assertThat(after).filteredOn(message -> !message.body().contains("Ani Lestari"))
                .hasSize(before.size() - 1)
                .extracting(InboxMessageView::body).containsOnly(PersonalData.ERASED);
        assertThat(inbox(STUDENT_CALLER)).isNotEmpty().extracting(InboxMessageView::body)
                .containsOnly(PersonalData.ERASED);
        assertThat(inbox(ADMIN_CALLER)).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo(PersonalData.ERASED));
        assertThat(inbox(COUNSELOR_CALLER).get(0).body()).contains("Ani Lestari", "Bingung memilih jurusan");
    }

    @Test
    void canWordALaterNoticeOfAnErasedStudentsBookingWithoutTheirName() {
        requested(null);
        projection.on(privacy.eraseAccount(STUDENT));

        publish(new CounselingReminderDueEvent(COUNSELOR, BOOKING, STUDENT, ReminderKind.HOUR_BEFORE, SLOT, T0));

        assertThat(inbox(COUNSELOR_CALLER).get(0).body()).startsWith("Sesi konseling dengan [dihapus] dimulai")
                .doesNotContain("Budi");
        assertThat(String.join("\n", privacy.storedDocuments())).doesNotContain("Budi Santoso");
    }

    @Test
    void cannotBringAnythingBackWhenReplayedAfterAnErasure() {
        requested(null);
        PersonalDataErasedEvent erased = privacy.eraseAccount(STUDENT);
        projection.on(erased);

        projection.reset();
        publish(new CounselorProfileSavedEvent(COUNSELOR, "Bu Rina Wulandari", Set.of(Specialization.AKADEMIK),
                "", "", Set.of(SessionChannel.TATAP_MUKA), null));
        publish(new CounselingRequestedEvent(COUNSELOR, BOOKING, STUDENT, PersonalData.ERASED, SLOT,
                PersonalData.ERASED, SessionChannel.TATAP_MUKA, null, STUDENT, T0));
        publish(new CounselingCancelledEvent(COUNSELOR, BOOKING, STUDENT, SLOT, PersonalData.ERASED, true, STUDENT,
                T0));
        publish(erased);

        assertThat(inbox(COUNSELOR_CALLER)).hasSize(2).extracting(InboxMessageView::body)
                .containsOnly(PersonalData.ERASED);
        assertThat(inbox(STUDENT_CALLER)).hasSize(1);
    }
}
