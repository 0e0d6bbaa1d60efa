package id.giliran.identity.invitation;

import com.vaadin.flow.component.UI;
import id.giliran.api.identity.InvitationCodeView;
import id.giliran.api.identity.Role;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvitationCodesViewTest extends KaribuTest {

    @Autowired
    InvitationCodeService invitations;

    private Optional<InvitationCodeView> listed(String label) {
        return invitations.codes().stream().filter(code -> code.label().equals(label)).findFirst();
    }

    @Test
    void anAdminIssuesACodeThatIsShownOnceAndKeptOnlyAsAHash() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(InvitationCodesView.class);
        InvitationCodesView view = (InvitationCodesView) UI.getCurrent().getCurrentView();
        view.label.setValue("SMAN 5 Kelas XII-3");
        view.maxUses.setValue(32);

        _click(view.issue);

        assertThat(view.issued.getText()).matches("Kode baru: [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4} \\(hanya ditampilkan sekali ini\\)");
        String code = view.issued.getText().substring("Kode baru: ".length(), "Kode baru: ".length() + 14);
        InvitationCodeView listed = await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> listed("SMAN 5 Kelas XII-3"), Optional::isPresent).orElseThrow();
        assertThat(listed.invitationId()).doesNotContain(code).isEqualTo(invitations.idOf(code)).hasSize(64);
        assertThat(listed.maxUses()).isEqualTo(32);
        assertThat(listed.revoked()).isFalse();
    }

    @Test
    void theDemoCodeExistsInDemoMode() {
        signIn("admin@giliran.id", Role.ADMIN);
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
               .until(() -> invitations.codes().stream()
                                       .anyMatch(code -> code.invitationId().equals(invitations.idOf(DemoInvitationCode.CODE))));
    }
}
