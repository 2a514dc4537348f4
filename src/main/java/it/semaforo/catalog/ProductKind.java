package it.semaforo.catalog;

/** Goods sold once with an expiry (a licence, a warranty) or services that run for a period. */
public enum ProductKind {
    PRODUCT, SERVICE
}
