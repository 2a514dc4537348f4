package it.semaforo.credit;

/** Kinds of change in the provider's feed ({@code GET {base}/changes}). */
public enum RiskEventType {
    PROTEST, INSOLVENCY, VOLUNTARY_PROCEDURE, FORECLOSURE, RATING_CHANGE
}
