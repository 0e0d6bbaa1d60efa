package id.giliran.inbox.query;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.giliran.api.counseling.CounselingMessageSentEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselingResponseOverdueEvent;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String COUNSELOR = "bu.rina@sekolah.sch.id";
    static final String STUDENT = "budi@siswa.sch.id";
    static final Slot SLOT = Slot.of(LocalDateTime.of(2026, 11, 23, 9, 0), 45);
    static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

    private EmbeddedMongo mongo;
    private CounselingNotices notices;
    private DefaultQueryGateway queries;

    /** The account read model as the mailer asks it (FindUsersQuery). */
    static class Accounts {
        @QueryHandler
        List<UserView> handle(FindUsersQuery query) {
            return List.of(
                    new UserView("admin@sekolah.sch.id", "Admin BK", Set.of(Role.ADMIN), true, T0),
                    new UserView("mantan.admin@sekolah.sch.id", "Mantan Admin", Set.of(Role.ADMIN), false, T0),
                    new UserView("+6281111111111", "Admin HP", Set.of(Role.ADMIN), true, T0),
                    new UserView("kepsek@sekolah.sch.id", "Kepala Sekolah", Set.of(Role.ADMIN, Role.AUDITOR), true, T0),
                    new UserView(STUDENT, "Budi Santoso", Set.of(Role.SISWA), true, T0));
        }
    }

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        InboxDirectory directory = new InboxDirectory(mongo.template(),
                new PersonalDataFixture(mongo.template()).fields());
        directory.counselorNamed(COUNSELOR, "Bu Rina Wulandari");
        notices = new CounselingNotices(directory);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new Accounts()).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private InboxMailer mailer(JavaMailSender sender) {
        return new InboxMailer(sender, notices, queries,
                new MailSettings(true, "Giliran BK <bk@sekolah.sch.id>"), "https://giliran.sekolah.sch.id/");
    }

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static JavaMailSenderImpl greenMail() {
        return senderTo(smtp.getSmtp().getPort());
    }

    private static CounselingRequestedEvent requestBy(String studentUsername) {
        return new CounselingRequestedEvent(COUNSELOR, "b-1", studentUsername, "Budi Santoso", SLOT,
                "Kesulitan belajar matematika", SessionChannel.TATAP_MUKA, null, studentUsername, T0);
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] received) throws Exception {
        Map<String, MimeMessage> mails = new LinkedHashMap<>();
        for (MimeMessage mail : received) {
            mails.put(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress(), mail);
        }
        return mails;
    }

    /** The decoded text (the body goes quoted-printable over the wire: "1×24 jam"). */
    private static String text(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    /** Subject line and text of a mail as received. */
    private static String whole(MimeMessage mail) throws Exception {
        return mail.getSubject() + "\n" + text(mail);
    }

    @Test
    void canMailEachNoticeToItsRecipientWithANeutralSubjectAndALinkToTheScreenOnly() throws Exception {
        mailer(greenMail()).on(requestBy(STUDENT));

        Map<String, MimeMessage> mails = byRecipient(smtp.getReceivedMessages());
        assertThat(mails).containsOnlyKeys(COUNSELOR, STUDENT);
        MimeMessage toCounselor = mails.get(COUNSELOR);
        assertThat(toCounselor.getSubject()).isEqualTo("Pemberitahuan baru di Giliran");
        assertThat(((InternetAddress) toCounselor.getFrom()[0]).getAddress()).isEqualTo("bk@sekolah.sch.id");
        assertThat(text(toCounselor)).contains("Ada pemberitahuan baru untuk Anda di Giliran",
                        "https://giliran.sekolah.sch.id/konselor/janji")
                .doesNotContain("Budi Santoso", "Senin, 23 November 2026", "Bu Rina");
        assertThat(mails.get(STUDENT).getSubject()).isEqualTo("Pemberitahuan baru di Giliran");
        assertThat(text(mails.get(STUDENT)))
                .contains("https://giliran.sekolah.sch.id/konseling/janji-saya");
    }

    @Test
    void canMailAChatMessageToTheOtherSideOnlyAndWithoutItsText() throws Exception {
        mongo.template().save(BookingFacts.of("b-1", COUNSELOR, STUDENT, "Budi Santoso", SessionChannel.CHAT, SLOT));

        mailer(greenMail()).on(new CounselingMessageSentEvent(COUNSELOR, "b-1", "m-1", STUDENT, STUDENT, false,
                "Saya sedang ada masalah di rumah", T0));

        Map<String, MimeMessage> mails = byRecipient(smtp.getReceivedMessages());
        assertThat(mails).containsOnlyKeys(COUNSELOR);
        assertThat(mails.get(COUNSELOR).getSubject()).isEqualTo("Pemberitahuan baru di Giliran");
        assertThat(whole(mails.get(COUNSELOR)))
                .contains("https://giliran.sekolah.sch.id/konseling/percakapan/b-1")
                .doesNotContain("masalah", "rumah", "Budi");
    }

    /**
     * Every kind of notice that tells a name, a topic, a reason or a message in the inbox, mailed: not one of
     * them, nor the session's time, is found in any mail's subject or text.
     */
    @Test
    void cannotPutAnyPersonalOrCounselingContentInAMail() throws Exception {
        InboxMailer mailer = mailer(greenMail());
        mongo.template().save(BookingFacts.of("b-1", COUNSELOR, STUDENT, "Budi Santoso", SessionChannel.CHAT, SLOT));
        mailer.on(new CounselingRequestedEvent(COUNSELOR, "b-1", STUDENT, "Budi Santoso", SLOT,
                "Kesulitan belajar matematika", SessionChannel.TATAP_MUKA,
                new OnBehalfRequest("Ibu Sari Wijaya", RequesterRelation.WALI_KELAS, "Sering murung di kelas"),
                COUNSELOR, T0));
        mailer.on(new CounselingPostponedEvent(COUNSELOR, "b-1", STUDENT, SLOT, "Ada rapat mendadak",
                List.of(Slot.of(LocalDateTime.of(2026, 11, 24, 10, 0), 45)), COUNSELOR, T0));
        mailer.on(new CounselingCancelledEvent(COUNSELOR, "b-1", STUDENT, SLOT, "Ada ujian susulan", true, STUDENT,
                T0));
        mailer.on(new CounselingMessageSentEvent(COUNSELOR, "b-1", "m-1", STUDENT, STUDENT, false,
                "Saya sedang ada masalah di rumah", T0));
        mailer.on(new CounselingMessageSentEvent(COUNSELOR, "b-1", "m-2", STUDENT, COUNSELOR, true,
                "Boleh, bawa rapornya ya", T0));
        mailer.on(new CounselingResponseOverdueEvent(COUNSELOR, "b-1", STUDENT, T0, T0));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSizeGreaterThanOrEqualTo(8);
        for (MimeMessage mail : received) {
            assertThat(whole(mail)).doesNotContain("Budi", "Santoso", "Kesulitan", "matematika", "Ibu Sari",
                    "Wijaya", "murung", "rapat mendadak", "ujian susulan", "masalah", "rapornya", "Bu Rina",
                    "Wulandari", "November", "pukul", "wali kelas", STUDENT);
            assertThat(mail.getSubject()).isEqualTo(InboxMailer.SUBJECT);
            assertThat(text(mail)).contains("https://giliran.sekolah.sch.id/");
        }
    }

    @Test
    void cannotMailSomeoneWhoseUsernameIsAPhoneNumber() throws Exception {
        mailer(greenMail()).on(requestBy("+6281234567890"));

        assertThat(byRecipient(smtp.getReceivedMessages())).containsOnlyKeys(COUNSELOR);
    }

    @Test
    void canMailAnAdminNoticeToEveryActiveAdminWithAnEmailUsername() throws Exception {
        mailer(greenMail()).on(new CounselingResponseOverdueEvent(COUNSELOR, "b-1", STUDENT, T0, T0));

        Map<String, MimeMessage> mails = byRecipient(smtp.getReceivedMessages());
        assertThat(mails).containsOnlyKeys(COUNSELOR, "admin@sekolah.sch.id", "kepsek@sekolah.sch.id");
        assertThat(mails.get("admin@sekolah.sch.id").getSubject()).isEqualTo(InboxMailer.SUBJECT);
        assertThat(text(mails.get("admin@sekolah.sch.id")))
                .contains("https://giliran.sekolah.sch.id/admin/konseling");
    }

    @Test
    void cannotMailAnythingForAnEventThatConcernsNobody() {
        mailer(greenMail()).on("not a counseling event");

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailServerThatCannotBeReachedMakesTheEventFailSoItIsTriedAgain() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        InboxMailer unreachable = mailer(senderTo(closedPort));

        assertThatThrownBy(() -> unreachable.on(requestBy(STUDENT))).isInstanceOf(MailSendException.class);
    }

    @Test
    void anAddressRefusedForGoodIsSkippedAndTheOthersAreStillMailed() throws Exception {
        mailer(refusing(COUNSELOR, true)).on(requestBy(STUDENT));

        assertThat(byRecipient(smtp.getReceivedMessages())).containsOnlyKeys(STUDENT);
    }

    @Test
    void anAddressRefusedForNowMakesTheEventFailSoItIsTriedAgain() {
        InboxMailer mailer = mailer(refusing(COUNSELOR, false));

        assertThatThrownBy(() -> mailer.on(requestBy(STUDENT))).isInstanceOf(MailSendException.class);
    }

    /**
     * GreenMail, except that the server answers {@code address} as a real one would: 550 (for good)
     * or 450 (for now), which Jakarta Mail reports as an invalid or a valid-unsent address.
     */
    private static JavaMailSender refusing(String address, boolean forGood) {
        return new JavaMailSenderImpl() {
            private final JavaMailSenderImpl delegate = greenMail();

            @Override
            public void send(SimpleMailMessage... messages) {
                for (SimpleMailMessage message : messages) {
                    if (Arrays.asList(message.getTo()).contains(address)) {
                        Address[] refused = {internet(address)};
                        SendFailedException failure = forGood
                                ? new SendFailedException("550 5.1.1 User unknown", null, null, null, refused)
                                : new SendFailedException("450 4.2.1 Try again later", null, null, refused, null);
                        throw new MailSendException(Map.of(message, failure));
                    }
                    delegate.send(message);
                }
            }
        };
    }

    private static InternetAddress internet(String address) {
        try {
            return new InternetAddress(address);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
