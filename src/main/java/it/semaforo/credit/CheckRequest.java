package it.semaforo.credit;

import jakarta.validation.constraints.Size;

/**
 * What to check: a customer, supplier or prospect of the anagrafica ({@code customerId}) or a bare partita IVA
 * ({@code vatNumber}; linked to the customer that has it, if any), and why.
 */
public record CheckRequest(Long customerId, @Size(max = 11) String vatNumber, @Size(max = 500) String reason) {
}
