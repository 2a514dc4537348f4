package it.semaforo.portal;

/** The visual cue of an active service: green far from expiry, yellow inside the renewal window, red at the end. */
public enum Urgency {
    GREEN, YELLOW, RED
}
