package it.semaforo.credit.sandbox;

/** Procedure concorsuali: imposed by a court on insolvency, or asked for by the company itself (concordato). */
public enum ProcedureType {
    INSOLVENCY,
    VOLUNTARY
}
