package it.semaforo.deadlines;

import java.math.BigDecimal;

/**
 * A customer's financial summary: what is running now (active deadlines) and what is concluded (renewed, expired,
 * cancelled), each as a count and a total amount in EUR.
 */
public record CustomerSummary(long customerId, Totals active, Totals concluded, Totals renewed, Totals expired,
                              Totals cancelled) {

    public record Totals(long count, BigDecimal amount) {

        static final Totals NONE = new Totals(0, BigDecimal.ZERO.setScale(2));

        Totals plus(Totals other) {
            return new Totals(count + other.count, amount.add(other.amount));
        }
    }
}
