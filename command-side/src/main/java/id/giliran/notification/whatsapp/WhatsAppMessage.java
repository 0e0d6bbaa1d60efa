package id.giliran.notification.whatsapp;

/**
 * A "your turn is near" message: the approved template's three body parameters (ticket number,
 * tickets ahead, clinic) to one number.
 *
 * @param to the patient's number in +62 form
 */
public record WhatsAppMessage(String to, String ticketNumber, int ahead, String clinicName) {
}
