package it.semaforo.catalog;

/** Unit of a product's duration. */
public enum DurationUnit {
    DAYS, WEEKS, MONTHS, YEARS
}
