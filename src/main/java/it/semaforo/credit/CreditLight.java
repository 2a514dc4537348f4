package it.semaforo.credit;

/** The credit light of a subject, decided by the {@code credit-risk} DMN table. */
public enum CreditLight {
    GREEN, YELLOW, RED
}
