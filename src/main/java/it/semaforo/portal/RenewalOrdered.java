package it.semaforo.portal;

import java.math.BigDecimal;

/**
 * A customer renewed a service on the portal: the process side starts the order's {@code renewal-order}. The
 * reference and amount are what administration looks for on the bank statement.
 */
public record RenewalOrdered(long orderId, boolean paymentPending, String paymentReference, BigDecimal amount) {
}
