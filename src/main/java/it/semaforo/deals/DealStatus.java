package it.semaforo.deals;

/** A deal is open until it is won or lost. */
public enum DealStatus {
    OPEN, WON, LOST
}
