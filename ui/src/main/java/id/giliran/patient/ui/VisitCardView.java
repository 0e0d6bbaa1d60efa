package id.giliran.patient.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.giliran.api.patient.PatientView;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.Formats;
import id.giliran.ui.QrCodes;
import jakarta.annotation.security.RolesAllowed;

/**
 * The visit card (kartu kunjungan) of a patient, to print at card size (85.6 × 54 mm) from the
 * browser: the Puskesmas, the card number (the No. RM), name, birth date and a QR code of the No. RM
 * for the front desk's scanner.
 */
@Route(value = "kartu-kunjungan", autoLayout = false)
@RolesAllowed({"PETUGAS_LOKET", "ADMIN"})
public class VisitCardView extends Div implements BeforeEnterObserver, com.vaadin.flow.router.HasUrlParameter<String>,
        HasDynamicTitle {

    private final PatientService patients;
    private final String facilityName;
    private String patientId;

    public VisitCardView(PatientService patients, GiliranProperties properties) {
        this.patients = patients;
        this.facilityName = properties.facilityName();
        addClassName("giliran-visit-card-page");
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event,
                             @com.vaadin.flow.router.OptionalParameter String parameter) {
        patientId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PatientView patient = patientId == null ? null : patients.visitCard(patientId).orElse(null);
        if (patient == null) {
            Paragraph unknown = new Paragraph(getTranslation("card.unknown"));
            unknown.setId("visit-card-unknown");
            add(unknown);
            return;
        }
        Div card = new Div();
        card.setId("visit-card");
        card.addClassName("giliran-visit-card");
        Span number = new Span(patient.medicalRecordNumber());
        number.setId("visit-card-number");
        number.addClassName("giliran-visit-card-number");
        Div text = new Div(new Paragraph(facilityName), new Paragraph(getTranslation("card.title")), number,
                new Paragraph(patient.details().name()),
                new Paragraph(patient.details().birthDate() == null ? "" : Formats.date(patient.details().birthDate())));
        text.addClassName("giliran-visit-card-text");
        card.add(text, QrCodes.image(patient.medicalRecordNumber(), getTranslation("card.qr")));
        Button print = new Button(getTranslation("card.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("visit-card-print");
        print.addClassName("giliran-no-print");
        add(card, print);
    }

    /** The card page prints on a card-sized page (CSS named page), not on the kiosk's receipt roll. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("document.documentElement.classList.add('giliran-print-card')");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().getPage().executeJs("document.documentElement.classList.remove('giliran-print-card')");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("card.title");
    }
}
