package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BookingViewTest extends KaribuTest {

    private String patient;
    private BookingService bookings;

    @BeforeEach
    void signInAsANewPatient() {
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        callEveryWaitingTicket();
        bookings = context.getBean(BookingService.class);
        // a patient of their own per test: bookings stay in the shared application
        patient = "+62812" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        signIn(patient, Role.PASIEN);
    }

    private BookingView openBookingForm() {
        UI.getCurrent().navigate(BookingView.class);
        return (BookingView) UI.getCurrent().getCurrentView();
    }

    private void book(BookingView view, java.time.LocalDate day, String clinicCode) {
        view.serviceDate.setValue(day);
        view.clinic.setValue(clinicCode);
        view.payment.setValue(PaymentType.BPJS);
        _click(view.submit);
    }

    private String cardText(String number) {
        return _get(Div.class, spec -> spec.withId("mine-" + number)).getElement().getTextRecursively();
    }

    @Test
    void aPatientBooksForTodayAndSeesTheNumberCodeAndQr() {
        BookingView view = openBookingForm();
        assertThat(view.phone.getValue()).as("a phone username is the default WhatsApp number").isEqualTo(patient);
        book(view, bookings.today(), "UMUM");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyTicketsView.class);
        TicketView ticket = bookings.myTickets().get(0);
        assertThat(ticket.status()).isEqualTo(TicketStatus.BOOKED);
        assertThat(ticket.number()).matches("A-\\d{3}");
        assertThat(ticket.bookingCode()).matches("[2-9A-HJ-KM-NP-Z]{8}");
        assertThat(cardText(ticket.number())).contains("Menunggu kedatangan", "Poli Umum",
                "Kode booking: " + MyTicketsView.spaced(ticket.bookingCode()), "Saya sudah tiba");
        assertThat(_find(Image.class, spec -> spec.withClasses("giliran-qr"))).hasSize(1);

        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        assertThat(calling.waiting(50)).as("not called before the patient arrives")
                                       .extracting(TicketView::ticketId).doesNotContain(ticket.ticketId());
    }

    @Test
    void onePatientHoldsOneBookingPerClinicAndDayUntilItIsCancelled() {
        java.time.LocalDate inThreeDays = bookings.today().plusDays(3);
        book(openBookingForm(), inThreeDays, "GIGI");
        TicketView first = bookings.myTickets().get(0);
        assertThat(cardText(first.number())).as("no arrival before the day").doesNotContain("Saya sudah tiba");

        book(openBookingForm(), inThreeDays, "GIGI");
        expectNotifications("Antrean " + first.number() + " untuk " + Formats.date(inThreeDays) + " berhasil dipesan.",
                "Anda sudah memesan antrean untuk poli dan tanggal ini. "
                + "Batalkan dulu pesanan lama bila ingin mengganti.");
        assertThat(bookings.myTickets()).hasSize(1);

        UI.getCurrent().navigate(MyTicketsView.class);
        _click(_get(Button.class, spec -> spec.withId("mine-cancel-" + first.number())));
        _get(ConfirmDialog.class, spec -> spec.withId("mine-cancel-dialog"));
        ((MyTicketsView) UI.getCurrent().getCurrentView()).cancel(first);
        assertThat(cardText(first.number())).contains("Dibatalkan");

        book(openBookingForm(), inThreeDays, "GIGI");
        assertThat(bookings.myTickets()).extracting(TicketView::status)
                                        .containsExactly(TicketStatus.CANCELLED, TicketStatus.BOOKED);
    }

    @Test
    void theKioskConfirmsArrivalByCodeAndOnlyThenIsTheTicketCalled() {
        book(openBookingForm(), bookings.today(), "UMUM");
        TicketView booked = bookings.myTickets().get(0);

        signOut();
        UI.getCurrent().navigate(KioskView.class);
        _click(_get(Button.class, spec -> spec.withId("kiosk-arrival")));
        TextField code = _get(TextField.class, spec -> spec.withId("kiosk-booking-code"));
        code.setValue("ZZZZ ZZZZ");
        _click(_get(Button.class, spec -> spec.withId("kiosk-booking-find")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Kode booking tidak ditemukan untuk hari ini.");

        code.setValue(" " + MyTicketsView.spaced(booked.bookingCode()).toLowerCase() + " ");
        _click(_get(Button.class, spec -> spec.withId("kiosk-booking-find")));
        assertThat(_get(Div.class, spec -> spec.withId("kiosk-booking")).getElement().getTextRecursively())
                .contains(booked.number(), "Poli Umum");
        _click(_get(Button.class, spec -> spec.withId("kiosk-arrival-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("kiosk-ticket-number")).getText()).isEqualTo(booked.number());
        assertThat(_get(Div.class, spec -> spec.withId("kiosk-ticket")).getElement().getTextRecursively())
                .contains("Dipesan: ");
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        assertThat(calling.waiting(50)).extracting(TicketView::ticketId).contains(booked.ticketId());
        assertThatThrownBy(() -> bookings.confirmArrival(booked.ticketId(), ArrivalChannel.KIOSK))
                .satisfies(failure -> assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.TICKET_NOT_BOOKED));
    }

    @Test
    void aPatientConfirmsArrivalOnThePhoneAndIsToldWhenTheTurnIsNear() {
        book(openBookingForm(), bookings.today(), "KIA-KB");
        TicketView booked = bookings.myTickets().get(0);

        _click(_get(Button.class, spec -> spec.withId("mine-arrived-" + booked.number())));

        assertThat(cardText(booked.number())).contains("Menunggu dipanggil", "Tidak ada antrean sebelum Anda",
                "Giliran Anda hampir tiba (0 antrean lagi)");
        expectNotifications("Antrean " + booked.number() + " untuk " + Formats.date(booked.serviceDate())
                        + " berhasil dipesan.",
                "Kedatangan dikonfirmasi. Nomor " + booked.number() + " kini menunggu dipanggil.",
                "Nomor " + booked.number() + ": giliran Anda hampir tiba, 0 antrean lagi.");
    }

    @Test
    void aMalformedNikIsShownOnItsFieldAndNothingIsBooked() {
        BookingView view = openBookingForm();
        view.nik.setValue("3201");
        book(view, bookings.today(), "UMUM");

        assertThat(view.nik.isInvalid()).isTrue();
        assertThat(view.nik.getErrorMessage()).isEqualTo("NIK terdiri dari 16 angka.");
        assertThat(bookings.myTickets()).isEmpty();
    }

    @Test
    void aPatientSeesOnlyTheirOwnTickets() {
        book(openBookingForm(), bookings.today(), "UMUM");
        signIn("+6281300000001", Role.PASIEN);
        assertThat(bookings.myTickets()).extracting(TicketView::ticketId)
                                        .doesNotContainAnyElementsOf(List.of(patient));
        assertThat(bookings.myTickets()).allSatisfy(ticket -> assertThat(ticket.online()).isTrue());
    }
}
