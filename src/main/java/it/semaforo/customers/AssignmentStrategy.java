package it.semaforo.customers;

/** How a rule picks one of its candidates. */
public enum AssignmentStrategy {
    /** Each in turn, by user id, continuing where the rule left off. */
    ROUND_ROBIN,
    /** The one owning the fewest customers for the role (ties: the smallest user id). */
    LEAST_LOADED
}
