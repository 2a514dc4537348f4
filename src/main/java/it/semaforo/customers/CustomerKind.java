package it.semaforo.customers;

/** Anagrafica kinds: customers buy, prospects are courted, suppliers sell to us. */
public enum CustomerKind {
    CUSTOMER, PROSPECT, SUPPLIER
}
