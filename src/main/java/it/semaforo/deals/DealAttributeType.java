package it.semaforo.deals;

/** The kinds of value a deal attribute holds. */
public enum DealAttributeType {
    /** Any decimal number. */
    NUMBER,
    /** EUR, at most 2 decimals, not negative. */
    MONEY,
    /** Free text, up to 500 characters. */
    TEXT,
    /** One of the attribute's choices. */
    CHOICE,
    /** An ISO day (yyyy-MM-dd). */
    DATE
}
