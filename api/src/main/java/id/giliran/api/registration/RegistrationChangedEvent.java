package id.giliran.api.registration;

import id.giliran.api.queue.PaymentType;

public record RegistrationChangedEvent(String registrationId, PaymentType payment, String clinicCode, String doctorId,
                                       String notes) {
}
