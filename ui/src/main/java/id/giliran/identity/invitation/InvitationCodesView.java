package id.giliran.identity.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.identity.InvitationCodeView;
import id.giliran.api.identity.IssueInvitationCodeCommand;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/**
 * ADMIN: the invitation codes with which students of a school or class open their own account. A new
 * code is shown once (only its keyed hash is kept); the list shows label, expiry, uses and whether revoked.
 */
@Route("admin/undangan-siswa")
@Menu(title = "menu.invitations", order = 10.5)
@RolesAllowed("ADMIN")
public class InvitationCodesView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationCodeService invitations;
    private final Clock clock;

    final TextField label = new TextField();
    final DatePicker lastDay = new DatePicker();
    final IntegerField maxUses = new IntegerField();
    final Button issue = new Button();
    final Span issued = new Span();
    final Grid<InvitationCodeView> codes = new Grid<>();

    public InvitationCodesView(InvitationCodeService invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
        label.setId("invitation-label");
        label.setLabel(getTranslation("invitations.label"));
        label.setHelperText(getTranslation("invitations.label.hint"));
        label.setMaxLength(IssueInvitationCodeCommand.LABEL_MAX);
        label.setRequiredIndicatorVisible(true);
        lastDay.setId("invitation-last-day");
        lastDay.setLabel(getTranslation("invitations.last-day"));
        lastDay.setHelperText(getTranslation("invitations.optional"));
        maxUses.setId("invitation-max-uses");
        maxUses.setLabel(getTranslation("invitations.max-uses"));
        maxUses.setHelperText(getTranslation("invitations.optional"));
        maxUses.setMin(1);
        issue.setId("invitation-issue");
        issue.setText(getTranslation("invitations.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(click -> issue());
        issued.setId("invitation-issued");
        issued.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");

        codes.setId("invitation-codes");
        codes.addColumn(InvitationCodeView::label).setHeader(getTranslation("invitations.label")).setAutoWidth(true);
        codes.addColumn(code -> when(code.issuedAt()))
             .setHeader(getTranslation("invitations.issued-at"));
        codes.addColumn(code -> code.expiresAt() == null ? getTranslation("invitations.no-end")
                     : when(code.expiresAt()))
             .setHeader(getTranslation("invitations.expires-at"));
        codes.addColumn(code -> code.uses() + (code.maxUses() == null ? "" : " / " + code.maxUses()))
             .setHeader(getTranslation("invitations.uses"));
        codes.addColumn(code -> getTranslation(code.revoked() ? "invitations.revoked" : "invitations.active"))
             .setHeader(getTranslation("invitations.status"));
        codes.addComponentColumn(this::revokeButton).setHeader(getTranslation("users.column.actions"));

        add(new H2(getTranslation("invitations.title")), new Paragraph(getTranslation("invitations.intro")),
                new HorizontalLayout(label, lastDay, maxUses), issue, issued, codes);
        refresh();
    }

    private String when(java.time.Instant instant) {
        return Formats.date(instant.atZone(clock.getZone()).toLocalDate()) + " " + Formats.time(instant, clock.getZone());
    }

    void refresh() {
        codes.setItems(invitations.codes());
    }

    void issue() {
        try {
            String code = invitations.issue(label.getValue(), lastDay.getValue(), maxUses.getValue());
            issued.setText(getTranslation("invitations.issued", code));
            label.clear();
            lastDay.clear();
            maxUses.clear();
            refresh();
        } catch (RuntimeException refused) {
            ErrorText.show(this, refused);
        }
    }

    private Button revokeButton(InvitationCodeView code) {
        Button revoke = new Button(getTranslation("invitations.revoke"), click -> {
            try {
                invitations.revoke(code.invitationId());
                Notification.show(getTranslation("invitations.revoked-done"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (RuntimeException refused) {
                ErrorText.show(this, refused);
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(!code.revoked());
        return revoke;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitations.title");
    }
}
