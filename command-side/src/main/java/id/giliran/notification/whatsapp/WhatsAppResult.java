package id.giliran.notification.whatsapp;

/** What became of one send: delivered to WhatsApp, failed, or unknown. */
public sealed interface WhatsAppResult {

    /** WhatsApp accepted the message; {@code messageId} is its {@code wamid...}. */
    record Delivered(String messageId) implements WhatsAppResult {
    }

    /** WhatsApp did not take the message; {@code retryable}: trying later may help. */
    record Failed(String reason, boolean retryable) implements WhatsAppResult {
    }

    /** No answer came (the read timed out): the message may have gone out, so it is never sent again. */
    record Uncertain(String reason) implements WhatsAppResult {
    }
}
