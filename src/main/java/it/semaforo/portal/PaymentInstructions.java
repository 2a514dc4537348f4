package it.semaforo.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the customer does to pay an order that is not paid at once: a bank transfer to {@code iban} (empty when the
 * bank details come from administration) with {@code reference} as causale by {@code dueBy}.
 */
public record PaymentInstructions(String beneficiary, String iban, String reference, BigDecimal amount,
                                  LocalDate dueBy) {
}
