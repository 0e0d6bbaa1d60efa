package id.giliran.queue.ui;

import java.util.Locale;

/**
 * What the display says for a call, in Indonesian: the ticket number letter by letter and digit by
 * digit ("pe, nol nol tiga", never "O-O-three"), and the counter as a word:
 * "Nomor antrean, pe, nol nol tiga. Silakan menuju loket satu."
 */
public final class SpokenCall {

    private static final String[] DIGITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan"};
    private static final String[] LETTERS = {"a", "be", "ce", "de", "e", "ef", "ge", "ha", "i", "je", "ka", "el", "em",
            "en", "o", "pe", "ki", "er", "es", "te", "u", "fe", "we", "eks", "ye", "zet"};

    private SpokenCall() {
    }

    public static String text(String ticketNumber, int counterNumber) {
        StringBuilder number = new StringBuilder();
        for (char character : ticketNumber.toUpperCase(Locale.ROOT).toCharArray()) {
            if (character >= 'A' && character <= 'Z') {
                number.append(LETTERS[character - 'A']).append(", ");
            } else if (Character.isDigit(character)) {
                number.append(DIGITS[character - '0']).append(' ');
            }
        }
        return "Nomor antrean, " + number.toString().strip() + ". Silakan menuju loket " + words(counterNumber) + ".";
    }

    /** 1 to 99 as Indonesian words: "satu", "sebelas", "dua puluh satu". */
    static String words(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("a counter is numbered 1 to 99: " + number);
        }
        if (number < 10) {
            return DIGITS[number];
        }
        if (number == 10) {
            return "sepuluh";
        }
        if (number == 11) {
            return "sebelas";
        }
        if (number < 20) {
            return DIGITS[number - 10] + " belas";
        }
        String tens = DIGITS[number / 10] + " puluh";
        return number % 10 == 0 ? tens : tens + " " + DIGITS[number % 10];
    }
}
