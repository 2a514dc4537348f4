package it.semaforo.credit;

import java.util.List;
import java.util.Optional;

/** A customer's credit standing (none before the first check) and its latest checks, newest first. */
public record CustomerCredit(long customerId, Optional<CreditStatus> status, List<CreditCheck> recentChecks) {
}
