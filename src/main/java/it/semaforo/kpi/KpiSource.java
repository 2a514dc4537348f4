package it.semaforo.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a module adds a KPI: a Spring bean that measures the KPI with the same code, on indexed domain queries (never
 * on process variables). The definition gives the lead time and thresholds; the source only measures.
 */
public interface KpiSource {

    /** The code of the {@code kpi_definition} row this source measures. */
    String code();

    /** The current value: a count, or an amount in EUR. */
    BigDecimal measure(KpiDefinition definition, LocalDate today);
}
