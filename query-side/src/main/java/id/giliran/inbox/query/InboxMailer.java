package id.giliran.inbox.query;

import id.giliran.api.identity.SystemWork;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.UserView;
import id.giliran.api.identity.Usernames;
import jakarta.mail.SendFailedException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends each inbox notice by e-mail to recipients whose username is an e-mail address (a notice to
 * a role: to every active account with that role and an e-mail username). A phone-number username
 * gets no mail. An e-mail carries no personal and no counseling content: the same neutral subject
 * line for every notice and a link to the screen (giliran.public-url + the notice's page); the title
 * and the body stay in the inbox, behind the sign-in. (Mail goes through other servers and mailboxes
 * a person may share: whether a student has counseling, with whom, when and why is told there only.)
 * An address the server rejects for good (5xx on the recipient) is logged and skipped; any other failure propagates, so the processor tries the event again (see
 * {@link InboxMailConfiguration}). A retried event may mail a person twice; it never mails nobody.
 */
@Component
@ProcessingGroup(InboxMailConfiguration.PROCESSING_GROUP)
@DisallowReplay
@ConditionalOnProperty(name = "giliran.mail.enabled", havingValue = "true")
class InboxMailer {

    private static final Logger LOG = LoggerFactory.getLogger(InboxMailer.class);
    /** The subject line of every notice mail. */
    static final String SUBJECT = "Pemberitahuan baru di Giliran";

    private final JavaMailSender mailSender;
    private final CounselingNotices notices;
    private final QueryGateway queryGateway;
    private final MailSettings settings;
    private final String publicUrl;

    InboxMailer(JavaMailSender mailSender, CounselingNotices notices, QueryGateway queryGateway,
                MailSettings settings, @Value("${giliran.public-url:http://localhost:8080}") String publicUrl) {
        this.mailSender = mailSender;
        this.notices = notices;
        this.queryGateway = queryGateway;
        this.settings = settings;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Every event: the notices it causes, if any. */
    @EventHandler
    void on(Object event) {
        for (Notice notice : notices.of(event)) {
            for (String address : addressesOf(notice.to())) {
                send(address, notice);
            }
        }
    }

    private Set<String> addressesOf(Recipient to) {
        Set<String> addresses = new LinkedHashSet<>();
        if (to.isRole()) {
            List<UserView> users = SystemWork.get(() -> queryGateway.query(new FindUsersQuery(),
                    ResponseTypes.multipleInstancesOf(UserView.class))).join();
            users.stream()
                 .filter(user -> user.active() && user.roles().contains(to.role()))
                 .forEach(user -> emailOf(user.username()).ifPresent(addresses::add));
        } else {
            emailOf(to.username()).ifPresent(addresses::add);
        }
        return addresses;
    }

    static Optional<String> emailOf(String username) {
        return Usernames.normalise(username).filter(normalised -> normalised.contains("@"));
    }

    private void send(String address, Notice notice) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(address);
        mail.setSubject(SUBJECT);
        mail.setText(textOf(notice));
        try {
            mailSender.send(mail);
        } catch (MailSendException failure) {
            if (!rejectedForGood(failure)) {
                throw failure;
            }
            LOG.warn("The mail server refused the address of an inbox notice for good; not sent (link {})",
                    notice.link());
        }
    }

    /** A line that says there is news, and the link: never the notice's title or body. */
    String textOf(Notice notice) {
        StringBuilder text = new StringBuilder("Ada pemberitahuan baru untuk Anda di Giliran. ")
                .append("Silakan masuk untuk membacanya.");
        text.append("\n\nBuka di Giliran: ").append(publicUrl).append('/')
            .append(notice.link() == null ? "" : notice.link());
        return text.append("\n\n--\nPesan ini dikirim otomatis oleh Giliran; mohon tidak membalas.").toString();
    }

    /** The server answered the recipient with a permanent (5xx) refusal: trying again would not help. */
    static boolean rejectedForGood(MailSendException failure) {
        List<Exception> causes = failure.getFailedMessages().isEmpty()
                ? List.of(failure) : List.copyOf(failure.getFailedMessages().values());
        return !causes.isEmpty() && causes.stream().allMatch(InboxMailer::refusesRecipient);
    }

    private static boolean refusesRecipient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
