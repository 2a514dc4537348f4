package it.semaforo.deals.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Values as Camunda Forms and the REST API deliver them: numbers as Long, Double or text, date-times as ISO text with
 * or without an offset (without one it is Rome time), or as {@link Date}.
 */
final class FormValues {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private FormValues() {
    }

    static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number number && !(value instanceof BigDecimal)
                ? new BigDecimal(number.toString()) : new BigDecimal(value.toString().strip());
    }

    static int minutes(Object value) {
        BigDecimal minutes = decimal(value);
        return minutes == null ? 0 : Math.max(0, minutes.intValue());
    }

    static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(ROME).toInstant();
        }
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
