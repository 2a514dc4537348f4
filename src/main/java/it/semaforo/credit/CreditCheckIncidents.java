package it.semaforo.credit;

/** Whether a check's process is stuck on an incident (the provider failed beyond its retries). */
public interface CreditCheckIncidents {

    boolean hasIncident(String processInstanceId);
}
