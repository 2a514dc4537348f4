package it.semaforo.kpi;

/** What a KPI counts: a number of things, or an amount of money in EUR. */
public enum KpiMeasure {
    COUNT, AMOUNT
}
