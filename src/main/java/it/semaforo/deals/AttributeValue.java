package it.semaforo.deals;

/** An attribute of a deal with its value in canonical text form. */
public record AttributeValue(DealAttribute attribute, String value) {
}
