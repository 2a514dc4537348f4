package it.semaforo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Moves the engine clock, which the domain's {@code Clock} follows too (Europe/Rome). Tests must call
 * {@link #reset()} when done.
 */
public final class EngineTime {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private EngineTime() {
    }

    public static void setTo(LocalDateTime romeTime) {
        ClockUtil.setCurrentTime(Date.from(romeTime.atZone(ROME).toInstant()));
    }

    public static void setTo(LocalDate day, int hour) {
        setTo(day.atTime(LocalTime.of(hour, 0)));
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ROME).toLocalDate();
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
