package it.semaforo.console;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.platform.Money;

/**
 * Dates, money and numbers as the console shows them, in the reader's language and the business's time zone.
 * Templates call it as {@code @fmt}: {@code ${@fmt.money(d.amount)}}.
 */
@Component("fmt")
class ConsoleFormat {

    private static final Locale ITALIAN = Locale.ITALY;
    private static final Locale ENGLISH = Locale.UK;

    private final Clock clock;
    private final MessageSource messages;

    ConsoleFormat(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static Locale formatLocale() {
        return english() ? ENGLISH : ITALIAN;
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(english() ? "d MMM yyyy" : "dd/MM/yyyy", formatLocale()).format(date);
    }

    /** ISO date for {@code <time datetime>} and date inputs. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(clock.getZone());
        return DateTimeFormatter.ofPattern(english() ? "d MMM yyyy HH:mm" : "dd/MM/yyyy HH:mm", formatLocale())
                .format(local);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return Money.format(amount, formatLocale());
    }

    /** A deal's phase as people read it: the label of a known user task, else its id (a phase added in Modeler). */
    public String phase(String phase) {
        if (phase == null) {
            return "";
        }
        return messages.getMessage("console.deal.phase." + phase, null, phase, LocaleContextHolder.getLocale());
    }

    public String kpiValue(KpiDefinition definition, BigDecimal value) {
        return value == null ? "" : definition.format(value, formatLocale());
    }
}
