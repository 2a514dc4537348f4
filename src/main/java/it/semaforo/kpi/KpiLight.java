package it.semaforo.kpi;

import java.math.BigDecimal;

/** A KPI's current value and the colour its definition gives it. */
public record KpiLight(KpiDefinition definition, BigDecimal value, Light light) {

    public boolean isProblem() {
        return light != Light.GREEN;
    }
}
