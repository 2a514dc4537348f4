package it.semaforo.deals.process;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How long each phase of a deal may stay open: {@code ${dealSla.of('UserTask_Qualify')}} for the escalation timer,
 * {@code ${dealSla.dueOf('UserTask_Qualify')}} for the task's due date. Read from {@code semaforo.deals.sla} by task
 * id (ignoring case and punctuation, as configuration keys get normalised), else {@code semaforo.deals.default-sla}:
 * a phase added in Modeler gets the default without code.
 */
// public: the engine's expression language only calls methods of public classes
@Component("dealSla")
public class DealSla {

    private final DealProcessSettings settings;
    private final Clock clock;

    DealSla(DealProcessSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** ISO 8601 duration of the phase. */
    public String of(String taskId) {
        return durationOf(taskId).toString();
    }

    /** When the phase, entered now, is due. */
    public Date dueOf(String taskId) {
        return Date.from(clock.instant().plus(durationOf(taskId)));
    }

    Duration durationOf(String taskId) {
        return settings.sla().entrySet().stream()
                .filter(entry -> normalised(entry.getKey()).equals(normalised(taskId)))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElse(settings.defaultSla());
    }

    private static String normalised(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
