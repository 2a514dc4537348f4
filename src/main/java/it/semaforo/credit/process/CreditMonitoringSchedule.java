package it.semaforo.credit.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cycle of the {@code credit-monitoring} timer start event, {@code ${creditMonitoringSchedule.cycle}}: the
 * property {@code semaforo.credit.monitoring-cycle} (ISO 8601 repeating interval, default {@code R/PT1H}).
 */
// public: the engine's expression language only calls methods of public classes
@Component("creditMonitoringSchedule")
public class CreditMonitoringSchedule {

    private final String cycle;

    CreditMonitoringSchedule(@Value("${semaforo.credit.monitoring-cycle:R/PT1H}") String cycle) {
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}
