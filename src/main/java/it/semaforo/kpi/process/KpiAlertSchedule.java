package it.semaforo.kpi.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cycle of the {@code kpi-alerts} timer start event, {@code ${kpiAlertSchedule.cycle}}: the property
 * {@code semaforo.kpi.alert-cycle} (ISO 8601 repeating interval, default {@code R/PT15M}). The engine evaluates it
 * while deploying the model, so this bean depends on nothing but the property.
 */
// public: the engine's expression language only calls methods of public classes
@Component("kpiAlertSchedule")
public class KpiAlertSchedule {

    private final String cycle;

    KpiAlertSchedule(@Value("${semaforo.kpi.alert-cycle:R/PT15M}") String cycle) {
        this.cycle = cycle;
    }

    public String getCycle() {
        return cycle;
    }
}
