package id.giliran.counseling.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.common.TextLimit;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.identity.Role;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text longer than its field's limit that passes the browser (the field's maxLength is the same number) is
 * refused by the aggregate, and the screen names the field and its limit in Indonesian.
 */
class TextLimitOnScreenTest extends KaribuTest {

    @Test
    void aBioOverItsLimitIsRefusedNamingTheFieldAndNothingIsSaved() {
        signIn("konselor" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@sekolah.id", Role.KONSELOR);
        UI.getCurrent().navigate(CounselorProfileView.class);
        CounselorProfileView profile = (CounselorProfileView) UI.getCurrent().getCurrentView();
        assertThat(profile.bio.getMaxLength()).isEqualTo(TextLimit.BIO.max());
        assertThat(profile.name.getMaxLength()).isEqualTo(TextLimit.PERSON_NAME.max());

        profile.name.setValue("Konselor Uji");
        profile.channels.setValue(Set.of(SessionChannel.TATAP_MUKA));
        profile.bio.setValue("a".repeat(TextLimit.BIO.max() + 1));
        _click(profile.save);

        expectNotifications("Biografi terlalu panjang: paling banyak 600 karakter. Persingkat lalu coba lagi; "
                + "tidak ada yang disimpan.");
        assertThat(context.getBean(CounselingService.class).me()).isEmpty();
    }
}
