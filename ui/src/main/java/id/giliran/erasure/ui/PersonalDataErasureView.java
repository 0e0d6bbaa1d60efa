package id.giliran.erasure.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.privacy.ErasureSubjectView;
import id.giliran.api.privacy.ErasureView;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ADMIN: "Hapus data pribadi". Choose a patient (by No. RM) or an account (by username), see who it is (no more than
 * the No. RM or the username and roles) and what the erasure does (for a patient: the retention rule of PMK 24/2022
 * and the first day erasure is allowed), give the written request's reference and the reason, confirm that it cannot
 * be undone; below, the erasures done.
 */
@Route("admin/hapus-data")
@Menu(title = "menu.erasure", order = 18)
@RolesAllowed("ADMIN")
public class PersonalDataErasureView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Formats.INDONESIAN);

    private final ErasureService erasures;
    final RadioButtonGroup<SubjectKind> kind = new RadioButtonGroup<>();
    final TextField subjectField = new TextField();
    final Button find = new Button();
    final Div subjectCard = new Div();
    final TextField requestReference = new TextField();
    final TextArea reason = new TextArea();
    final Button erase = new Button();
    final Grid<ErasureView> done = new Grid<>();
    private ErasureSubjectView subject;

    public PersonalDataErasureView(ErasureService erasures) {
        this.erasures = erasures;
        kind.setId("erasure-kind");
        kind.setLabel(getTranslation("erasure.kind"));
        kind.setItems(SubjectKind.values());
        kind.setItemLabelGenerator(choice -> getTranslation("erasure.kind." + choice.name()));
        kind.setValue(SubjectKind.PATIENT);
        kind.addValueChangeListener(change -> {
            labelSubjectField();
            show(null);
        });
        subjectField.setId("erasure-subject-field");
        subjectField.setClearButtonVisible(true);
        // a username is an e-mail address: wide enough to read it whole
        subjectField.setWidth("22rem");
        labelSubjectField();
        find.setId("erasure-find");
        find.setText(getTranslation("erasure.find"));
        find.addClickListener(click -> find());
        subjectField.addKeyPressListener(Key.ENTER, press -> find());
        HorizontalLayout lookup = new HorizontalLayout(subjectField, find);
        lookup.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        subjectCard.setId("erasure-subject");
        requestReference.setId("erasure-reference");
        requestReference.setLabel(getTranslation("erasure.reference"));
        requestReference.setHelperText(getTranslation("erasure.reference.hint"));
        requestReference.setRequiredIndicatorVisible(true);
        requestReference.setWidthFull();
        requestReference.setMaxLength(TextLimit.REQUEST_REFERENCE.max());
        reason.setId("erasure-reason");
        reason.setLabel(getTranslation("erasure.reason"));
        reason.setHelperText(getTranslation("erasure.reason.hint"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMaxLength(TextLimit.ERASURE_REASON.max());
        erase.setId("erasure-erase");
        erase.setText(getTranslation("erasure.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.addClickListener(click -> confirm());

        done.setId("erasures");
        done.setAllRowsVisible(true);
        // the request's reference and the reason are read whole: they wrap and take the room the others leave
        done.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        done.addColumn(row -> Formats.date(row.erasedAt().atZone(erasures.zone()).toLocalDate()) + " "
                + Formats.time(row.erasedAt(), erasures.zone())).setHeader(getTranslation("erasure.column.when"))
            .setAutoWidth(true).setFlexGrow(0);
        done.addColumn(row -> getTranslation("erasure.kind." + row.kind().name()) + " " + row.subjectLabel())
            .setHeader(getTranslation("erasure.column.subject")).setAutoWidth(true).setFlexGrow(0);
        done.addColumn(ErasureView::requestReference).setHeader(getTranslation("erasure.column.reference"));
        done.addColumn(ErasureView::reason).setHeader(getTranslation("erasure.column.reason")).setFlexGrow(2);
        done.addColumn(ErasureView::erasedBy).setHeader(getTranslation("erasure.column.by")).setAutoWidth(true)
            .setFlexGrow(0);

        add(new H2(getTranslation("erasure.title")), new Paragraph(getTranslation("erasure.intro")), kind, lookup,
                subjectCard, requestReference, reason, erase, new H3(getTranslation("erasure.done")), done);
        show(null);
        refresh();
    }

    private void labelSubjectField() {
        boolean patient = kind.getValue() == SubjectKind.PATIENT;
        subjectField.setLabel(getTranslation(patient ? "erasure.find.patient" : "erasure.find.account"));
        subjectField.setPlaceholder(getTranslation(patient ? "erasure.find.patient.hint"
                : "erasure.find.account.hint"));
    }

    /** Looks the subject up; an unknown one is said so and nothing can be erased. */
    void find() {
        try {
            Optional<ErasureSubjectView> found = kind.getValue() == SubjectKind.PATIENT
                    ? erasures.findPatient(subjectField.getValue()) : erasures.findAccount(subjectField.getValue());
            show(found.orElse(null));
            if (found.isEmpty()) {
                ErrorText.show(this, new ErrorText.UserError(ErrorCode.ERASURE_SUBJECT_UNKNOWN, "not found"));
            }
        } catch (RuntimeException failure) {
            show(null);
            ErrorText.show(this, failure);
        }
    }

    private void show(ErasureSubjectView found) {
        subject = found;
        subjectCard.removeAll();
        erase.setEnabled(found != null && !found.erased() && !insideRetention(found));
        if (found == null) {
            subjectCard.add(new Paragraph(getTranslation("erasure.none")));
            return;
        }
        for (String line : describe(found)) {
            subjectCard.add(new Paragraph(line));
        }
    }

    /**
     * A patient whose record must still be kept: the card says until when, and the button stays off (the command
     * side refuses it anyway, e.g. when the period was counted differently a moment ago).
     */
    private boolean insideRetention(ErasureSubjectView found) {
        return found.kind() == SubjectKind.PATIENT && found.erasableFrom() != null
                && erasures.today().isBefore(found.erasableFrom());
    }

    /** Who it is and what the erasure does, as lines of text. */
    List<String> describe(ErasureSubjectView found) {
        List<String> lines = new ArrayList<>();
        if (found.kind() == SubjectKind.PATIENT) {
            lines.add(getTranslation("erasure.subject.patient", found.medicalRecordNumber()));
            lines.add(getTranslation("erasure.subject.opened", day(found.recordOpenedOn())));
            lines.add(found.lastVisit() == null ? getTranslation("erasure.subject.no-visit")
                    : getTranslation("erasure.subject.last-visit", day(found.lastVisit())));
        } else {
            lines.add(getTranslation("erasure.subject.account", found.subjectId(), found.roles().stream().sorted()
                    .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", "))));
        }
        if (found.erased()) {
            // a fact, true right after this admin's erasure as well as later ("sebelumnya" is the refusal's word)
            lines.add(getTranslation("erasure.subject.erased"));
            return lines;
        }
        if (found.kind() == SubjectKind.PATIENT) {
            lines.add(getTranslation("erasure.effect.patient"));
            boolean allowed = !erasures.today().isBefore(found.erasableFrom());
            lines.add(getTranslation(allowed ? "erasure.retention.over" : "erasure.retention.running",
                    period(found.retention()), day(found.erasableFrom())));
        } else {
            lines.add(getTranslation("erasure.effect.account"));
        }
        return lines;
    }

    /** Refuses an empty reference or reason on the spot; otherwise asks to confirm what cannot be undone. */
    void confirm() {
        if (subject == null) {
            return;
        }
        requestReference.setInvalid(requestReference.getValue().isBlank());
        reason.setInvalid(reason.getValue().isBlank());
        if (requestReference.isInvalid() || reason.isInvalid()) {
            requestReference.setErrorMessage(getTranslation("erasure.required"));
            reason.setErrorMessage(getTranslation("erasure.required"));
            ErrorText.show(this, new ErrorText.UserError(ErrorCode.ERASURE_REASON_REQUIRED, "reference and reason"));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("erasure-confirm");
        dialog.setHeader(getTranslation("erasure.confirm.title", label(subject)));
        dialog.setText(getTranslation("erasure.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("erasure.cancel"));
        dialog.setConfirmText(getTranslation("erasure.erase"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.addConfirmListener(event -> eraseConfirmed());
        dialog.open();
    }

    void eraseConfirmed() {
        ErasureSubjectView erasing = subject;
        try {
            erasures.erase(erasing, requestReference.getValue(), reason.getValue());
            Notification.show(getTranslation("erasure.erased", label(erasing)), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            requestReference.clear();
            reason.clear();
            // emptied after success, not left empty by the admin: not marked as missing
            requestReference.setInvalid(false);
            reason.setInvalid(false);
        } catch (RuntimeException refused) {
            showRefusal(erasing, refused);
        }
        reload(erasing);
        refresh();
    }

    /** A retention refusal names the rule and the first day allowed (as the command side counts it now). */
    private void showRefusal(ErasureSubjectView erasing, RuntimeException refused) {
        if (ErrorText.codeOf(refused).orElse(null) != ErrorCode.ERASURE_RETENTION) {
            ErrorText.show(this, refused);
            return;
        }
        ErasureSubjectView now = currently(erasing).orElse(erasing);
        String text = now.erasableFrom() == null ? getTranslation("error.ERASURE_RETENTION")
                : getTranslation("erasure.retention.refused", period(now.retention()), day(now.erasableFrom()));
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Optional<ErasureSubjectView> currently(ErasureSubjectView erasing) {
        try {
            return erasures.subject(erasing.kind(), erasing.subjectId());
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    private void reload(ErasureSubjectView erasing) {
        if (erasing != null) {
            show(currently(erasing).orElse(null));
        }
    }

    void refresh() {
        done.setItems(erasures.erasures());
    }

    private String label(ErasureSubjectView found) {
        return found.kind() == SubjectKind.PATIENT ? found.medicalRecordNumber() : found.subjectId();
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    /** "P25Y" as "25 tahun", "P1Y6M" as "1 tahun 6 bulan". */
    String period(String iso) {
        Period period = Period.parse(iso);
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(getTranslation("erasure.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(getTranslation("erasure.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(getTranslation("erasure.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erasure.title");
    }
}
