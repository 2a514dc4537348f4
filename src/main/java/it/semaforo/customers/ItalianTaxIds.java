package it.semaforo.customers;

import java.util.regex.Pattern;

/**
 * Check-digit validation of Italian tax identifiers, so that a mistyped number is rejected before it is stored or
 * sent to a paid service.
 */
public final class ItalianTaxIds {

    private static final Pattern PARTITA_IVA = Pattern.compile("\\d{11}");
    /**
     * Personal codice fiscale: surname(3) name(3) year(2) month(1) day(2) municipality(4) check(1). With omocodia any
     * digit of year, day and municipality may be replaced by one of the letters LMNPQRSTUV.
     */
    private static final Pattern CODICE_FISCALE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    /** Values of the characters in odd positions (1st, 3rd, ...), indexed by digit, then by letter. */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
        16, 10, 22, 25, 24, 23};

    private ItalianTaxIds() {
    }

    /** Eleven digits, not all zero in the company number, with the Luhn-style check digit. */
    public static boolean isValidPartitaIva(String value) {
        if (value == null || !PARTITA_IVA.matcher(value).matches() || value.startsWith("0000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = value.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == value.charAt(10) - '0';
    }

    /**
     * A personal codice fiscale (16 characters, omocodia allowed) with its check character, or the 11-digit codice
     * fiscale of a company, which follows the partita IVA rule. Upper case only: normalise before calling.
     */
    public static boolean isValidCodiceFiscale(String value) {
        if (value == null) {
            return false;
        }
        if (value.length() == 11) {
            return isValidPartitaIva(value);
        }
        if (!CODICE_FISCALE.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = value.charAt(i);
            boolean oddPosition = i % 2 == 0;
            if (Character.isDigit(c)) {
                sum += oddPosition ? ODD_DIGITS[c - '0'] : c - '0';
            } else {
                sum += oddPosition ? ODD_LETTERS[c - 'A'] : c - 'A';
            }
        }
        return value.charAt(15) == (char) ('A' + sum % 26);
    }
}
