package it.semaforo.deals;

/** Conditions of a deal list; each one given narrows it. {@code phase} is a user task id, or WON / LOST. */
public record DealFilter(DealStatus status, String phase, Long campaignId, Long customerId) {
}
