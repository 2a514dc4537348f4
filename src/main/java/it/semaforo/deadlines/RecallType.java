package it.semaforo.deadlines;

/** How the customer is (to be) contacted. */
public enum RecallType {
    CALL, EMAIL, VISIT, OTHER
}
