package it.semaforo.credit.sandbox;

import java.time.LocalDate;

/** An insolvency or voluntary procedure in a report. */
public record Procedure(ProcedureType type, LocalDate date, String description) {
}
