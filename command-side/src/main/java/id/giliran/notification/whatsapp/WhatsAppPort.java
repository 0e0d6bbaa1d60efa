package id.giliran.notification.whatsapp;

/** Sends one WhatsApp message, once: a port never retries by itself; the caller decides on the result. */
public interface WhatsAppPort {

    WhatsAppResult send(WhatsAppMessage message);
}
