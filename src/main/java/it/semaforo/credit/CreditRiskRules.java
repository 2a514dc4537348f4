package it.semaforo.credit;

/**
 * The {@code credit-risk} DMN table as a plain function, for work outside the {@code credit-check} process (the
 * monitoring cycle recomputing a light after a change). Implemented by the process side.
 */
public interface CreditRiskRules {

    CreditLight lightFor(CreditFigures figures);
}
