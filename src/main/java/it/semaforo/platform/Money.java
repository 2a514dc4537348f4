package it.semaforo.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts are EUR: written as the reader's language writes them (450,00 € in Italian, €450.00 in English). */
public final class Money {

    private static final Currency EUR = Currency.getInstance("EUR");

    private Money() {
    }

    public static String format(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EUR);
        return format.format(amount);
    }
}
