package id.giliran.counseling.ui;

import java.util.Locale;

/** Element ids from usernames (e-mail addresses, phone numbers): letters and digits only. */
final class DomIds {

    private DomIds() {
    }

    static String of(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
