package id.giliran.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.notification.NotificationStatus;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code and value a screen can show has its Indonesian text. */
class TranslationsTest {

    private static Properties translations() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyErrorCodeAndEveryChoiceHasAText() throws IOException {
        Properties texts = translations();
        Stream.of(
                Stream.of(ErrorCode.values()).map(code -> "error." + code.name()),
                Stream.of(PriorityReason.values()).map(reason -> "priority-reason." + reason.name()),
                Stream.of(PaymentType.values()).map(payment -> "payment." + payment.name()),
                Stream.of(TicketCategory.values()).map(category -> "category." + category.name()),
                Stream.of(NotificationStatus.values()).map(status -> "notification-status." + status.name()),
                Stream.of(TextLimit.values()).map(limit -> "text-limit." + limit.name()),
                Stream.of("error.UNEXPECTED"))
              .flatMap(keys -> keys)
              .forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
}
