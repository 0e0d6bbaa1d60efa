package id.giliran.queue.ui;

import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** What a patient fills in to book a ticket online. NIK, BPJS number and phone are optional. */
public class BookingForm {

    @NotNull(message = "{booking.date.required}")
    private LocalDate serviceDate;

    @NotBlank(message = "{booking.clinic.required}")
    private String clinicCode;

    @NotNull(message = "{booking.category.required}")
    private TicketCategory category = TicketCategory.GENERAL;

    private PriorityReason priorityReason;

    @NotNull(message = "{booking.payment.required}")
    private PaymentType payment;

    @Pattern(regexp = "|[0-9]{16}", message = "{booking.nik.invalid}")
    private String nik = "";

    @Pattern(regexp = "|[0-9]{13}", message = "{booking.bpjs.invalid}")
    private String bpjsNumber = "";

    private String phone = "";

    @AssertTrue(message = "{booking.reason.required}")
    public boolean isReasonGivenForPriority() {
        return category != TicketCategory.PRIORITY || priorityReason != null;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public String getClinicCode() {
        return clinicCode;
    }

    public void setClinicCode(String clinicCode) {
        this.clinicCode = clinicCode;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public void setCategory(TicketCategory category) {
        this.category = category;
    }

    public PriorityReason getPriorityReason() {
        return priorityReason;
    }

    public void setPriorityReason(PriorityReason priorityReason) {
        this.priorityReason = priorityReason;
    }

    public PaymentType getPayment() {
        return payment;
    }

    public void setPayment(PaymentType payment) {
        this.payment = payment;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getBpjsNumber() {
        return bpjsNumber;
    }

    public void setBpjsNumber(String bpjsNumber) {
        this.bpjsNumber = bpjsNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
