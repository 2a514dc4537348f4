package it.semaforo.credit.sandbox;

/** What a change of the feed adds to a company's report. */
public enum ChangeType {
    PROTEST(true),
    INSOLVENCY(false),
    VOLUNTARY_PROCEDURE(false),
    FORECLOSURE(true),
    RATING_CHANGE(false);

    private final boolean carriesAmount;

    ChangeType(boolean carriesAmount) {
        this.carriesAmount = carriesAmount;
    }

    /** Protests and foreclosures have an amount; procedures and rating changes do not. */
    public boolean carriesAmount() {
        return carriesAmount;
    }
}
