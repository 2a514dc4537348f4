package it.semaforo.deals;

/** What was done with a customer; with the role doing it, it decides the activity's cost (see {@link CostRates}). */
public enum ActivityType {
    NOTE, CALL, INBOUND_CALL, PHONE_APPOINTMENT, MEETING, OFFER, APPROVAL, MESSAGE
}
