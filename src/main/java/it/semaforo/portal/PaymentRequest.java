package it.semaforo.portal;

import java.math.BigDecimal;

/**
 * What a payment provider is asked to collect.
 *
 * @param reference the order's payment reference (causale), unique per renewed period
 * @param amount    EUR, scale 2
 */
public record PaymentRequest(String reference, BigDecimal amount, String description, String payerEmail) {
}
