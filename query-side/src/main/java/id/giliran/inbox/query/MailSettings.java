package id.giliran.inbox.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inbox notices by e-mail ({@code giliran.mail.*}; the SMTP server itself is Spring's
 * {@code spring.mail.host/port/username/password}).
 *
 * @param enabled off by default: the embedded default has no SMTP server; env GILIRAN_MAIL_ENABLED
 * @param from    the sender, e.g. {@code Giliran BK <bk@sekolah.sch.id>}; env GILIRAN_MAIL_FROM
 */
@ConfigurationProperties("giliran.mail")
record MailSettings(@DefaultValue("false") boolean enabled,
                    @DefaultValue("Giliran <no-reply@localhost>") String from) {
}
