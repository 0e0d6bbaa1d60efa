package id.giliran.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.identity.Usernames;
import id.giliran.api.queue.Bookings;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PASIEN: book a queue ticket before coming — clinic, day (today up to a week ahead), category,
 * payment, and optionally NIK, BPJS number and a WhatsApp number for "your turn is near". Sized
 * for a phone.
 */
@Route("antrean-online")
@Menu(title = "menu.booking", order = 2)
@RolesAllowed("PASIEN")
public class BookingView extends VerticalLayout implements HasDynamicTitle {

    private final BookingService bookings;
    private final BeanValidationBinder<BookingForm> binder = new BeanValidationBinder<>(BookingForm.class);
    private final BookingForm form = new BookingForm();
    private Map<String, ClinicChoice> clinicChoices = Map.of();

    final DatePicker serviceDate = new DatePicker();
    final RadioButtonGroup<String> clinic = new RadioButtonGroup<>();
    final RadioButtonGroup<TicketCategory> category = new RadioButtonGroup<>();
    final RadioButtonGroup<PriorityReason> priorityReason = new RadioButtonGroup<>();
    final RadioButtonGroup<PaymentType> payment = new RadioButtonGroup<>();
    final TextField nik = new TextField();
    final TextField bpjsNumber = new TextField();
    final TextField phone = new TextField();
    final Button submit = new Button();

    public BookingView(BookingService bookings) {
        this.bookings = bookings;
        addClassName("giliran-mobile");

        serviceDate.setId("booking-date");
        serviceDate.setLabel(getTranslation("booking.date"));
        serviceDate.setHelperText(getTranslation("booking.date.hint", Bookings.DAYS_AHEAD));
        serviceDate.setLocale(Formats.INDONESIAN);
        serviceDate.setI18n(Formats.datePickerI18n(this));
        serviceDate.setMin(bookings.today());
        serviceDate.setMax(bookings.lastBookableDay());
        serviceDate.addValueChangeListener(change -> refreshClinics());

        clinic.setId("booking-clinic");
        clinic.setLabel(getTranslation("booking.clinic"));
        clinic.addThemeName("vertical");

        category.setId("booking-category");
        category.setLabel(getTranslation("booking.category"));
        category.setItems(TicketCategory.GENERAL, TicketCategory.PRIORITY);
        category.setItemLabelGenerator(choice -> getTranslation("category." + choice.name()));
        priorityReason.setId("booking-reason");
        priorityReason.setLabel(getTranslation("booking.reason"));
        priorityReason.setItems(PriorityReason.values());
        priorityReason.setItemLabelGenerator(reason -> getTranslation("priority-reason." + reason.name()));
        priorityReason.setVisible(false);
        category.addValueChangeListener(change -> priorityReason.setVisible(change.getValue() == TicketCategory.PRIORITY));

        payment.setId("booking-payment");
        payment.setLabel(getTranslation("booking.payment"));
        payment.setItems(PaymentType.values());
        payment.setItemLabelGenerator(choice -> getTranslation("payment." + choice.name()));

        nik.setId("booking-nik");
        nik.setLabel(getTranslation("booking.nik"));
        nik.setHelperText(getTranslation("booking.optional"));
        nik.setMaxLength(16);
        nik.setAllowedCharPattern("[0-9]");
        bpjsNumber.setId("booking-bpjs");
        bpjsNumber.setLabel(getTranslation("booking.bpjs"));
        bpjsNumber.setHelperText(getTranslation("booking.optional"));
        bpjsNumber.setMaxLength(13);
        bpjsNumber.setAllowedCharPattern("[0-9]");
        phone.setId("booking-phone");
        phone.setLabel(getTranslation("booking.phone"));
        phone.setHelperText(getTranslation("booking.phone.hint"));
        serviceDate.setWidthFull();
        for (TextField field : List.of(nik, bpjsNumber, phone)) {
            field.setWidthFull();
        }

        binder.forField(serviceDate).bind("serviceDate");
        binder.forField(clinic).bind("clinicCode");
        binder.forField(category).bind("category");
        binder.forField(priorityReason).bind("priorityReason");
        binder.forField(payment).bind("payment");
        binder.forField(nik).bind("nik");
        binder.forField(bpjsNumber).bind("bpjsNumber");
        binder.forField(phone)
              .withValidator(input -> input.isBlank()
                              || Usernames.normalise(input).filter(number -> number.startsWith("+62")).isPresent(),
                      getTranslation("error.PHONE_INVALID"))
              .bind("phone");
        form.setServiceDate(bookings.today());
        Usernames.normalise(bookings.patient()).filter(username -> username.startsWith("+62"))
                 .ifPresent(form::setPhone);
        binder.setBean(form);
        binder.addStatusChangeListener(status -> {
            String reasonError = form.isReasonGivenForPriority() ? null : getTranslation("error.PRIORITY_REASON_REQUIRED");
            priorityReason.setInvalid(reasonError != null && priorityReason.isVisible() && status.hasValidationErrors());
            priorityReason.setErrorMessage(reasonError);
        });

        submit.setText(getTranslation("booking.submit"));
        submit.setId("booking-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> book());

        Anchor mine = new Anchor("antrean-saya", getTranslation("booking.to-mine"));
        add(new H2(getTranslation("booking.title")), new Paragraph(getTranslation("booking.intro")), serviceDate,
                clinic, category, priorityReason, payment, nik, bpjsNumber, phone, submit, mine);
        refreshClinics();
    }

    private void refreshClinics() {
        if (serviceDate.getValue() == null) {
            clinic.setItems(List.of());
            return;
        }
        String chosen = clinic.getValue();
        clinicChoices = bookings.clinics(serviceDate.getValue()).stream()
                                .collect(Collectors.toMap(choice -> choice.clinic().clinicCode(), Function.identity(),
                                        (first, second) -> first, java.util.LinkedHashMap::new));
        clinic.setItems(clinicChoices.keySet());
        clinic.setItemLabelGenerator(code -> {
            ClinicChoice choice = clinicChoices.get(code);
            String left = choice.left() == null ? ""
                    : " · " + (choice.full() ? getTranslation("kiosk.clinic.full")
                    : getTranslation("kiosk.clinic.left", choice.left()));
            return choice.clinic().name() + left;
        });
        clinic.setItemEnabledProvider(code -> !clinicChoices.get(code).full());
        if (chosen != null && clinicChoices.containsKey(chosen) && !clinicChoices.get(chosen).full()) {
            clinic.setValue(chosen);
        }
    }

    void book() {
        try {
            if (!binder.validate().isOk() || !form.isReasonGivenForPriority()) {
                if (!form.isReasonGivenForPriority()) {
                    priorityReason.setInvalid(true);
                    priorityReason.setErrorMessage(getTranslation("error.PRIORITY_REASON_REQUIRED"));
                }
                return;
            }
            TicketView ticket = bookings.book(form);
            Notification.show(getTranslation("booking.done", ticket.number(), Formats.date(ticket.serviceDate())),
                    6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(MyTicketsView.class));
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            refreshClinics();
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.title");
    }
}
