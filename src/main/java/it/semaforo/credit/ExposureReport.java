package it.semaforo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Revenue by rating: what the customers owe or may bring (active deadlines and open deals) by rating class and
 * light. Every exposed customer falls in exactly one class and one light, so the classes add up to {@code total}, and
 * so do the lights.
 *
 * @param classes        one row per {@link RatingClass}, in order, each with its amounts per light
 * @param lights         the same amounts per light over all classes
 * @param atRisk         revenue at risk: the red amounts, and the red and yellow ones together
 * @param advancePayment customers for whom an advance payment is advisable (see {@link AdvisedReason}), largest
 *                       exposure first; they are listed even without exposure
 */
public record ExposureReport(LocalDate asOf, List<ClassRow> classes, Map<Light, Figures> lights, Figures total,
                             AtRisk atRisk, List<AdvancePayment> advancePayment) {

    /** The provider's rating class, A (best) to E, or why there is none. */
    public enum RatingClass {
        A, B, C, D, E,
        /** checked, but the provider does not know the subject */
        NOT_FOUND,
        /** never checked, or checked without a rating */
        NOT_RATED;

        boolean isPoor() {
            return this == D || this == E;
        }
    }

    /** The light of the latest check; UNCHECKED for a customer without one. */
    public enum Light {
        GREEN, YELLOW, RED, UNCHECKED
    }

    /** Administration's review of a red light, as stored with the credit status. */
    public enum Decision {
        ACCEPT, ADVANCE_PAYMENT, BLOCK_ORDERS
    }

    /** Why an advance payment is advisable. */
    public enum AdvisedReason {
        /** red, and administration has not decided yet */
        RED_UNDECIDED,
        /** administration decided to require an advance payment (whatever the light is now) */
        ADVANCE_PAYMENT_DECIDED,
        /** yellow with a poor rating class (D or E) */
        YELLOW_POOR_RATING
    }

    /**
     * Amounts in EUR of a group of customers.
     *
     * @param customers how many customers with exposure
     * @param deadlines active deadlines that are not over on the report's day
     * @param deals     the offer amounts of open deals
     * @param total     deadlines + deals
     */
    public record Figures(int customers, BigDecimal deadlines, BigDecimal deals, BigDecimal total) {

        static final Figures NONE = new Figures(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        static Figures ofCustomer(BigDecimal deadlines, BigDecimal deals) {
            return new Figures(1, deadlines, deals, deadlines.add(deals));
        }

        Figures plus(Figures other) {
            return new Figures(customers + other.customers, deadlines.add(other.deadlines), deals.add(other.deals),
                    total.add(other.total));
        }
    }

    /** A rating class: its amounts per light (every light present) and in all. */
    public record ClassRow(RatingClass ratingClass, Map<Light, Figures> byLight, Figures total) {
    }

    /** Revenue at risk: the total of the red customers, and of the red and yellow ones together. */
    public record AtRisk(BigDecimal red, BigDecimal redAndYellow) {
    }

    /** A customer to ask for an advance payment. */
    public record AdvancePayment(long customerId, String name, String vatNumber, Light light, RatingClass ratingClass,
                                 BigDecimal exposure, Decision decision, AdvisedReason reason) {
    }
}
