package it.semaforo.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Won value against cost in a period, by one dimension: the deals won (closed as won in the period) and their value,
 * the cost of the activities done in the period, the margin and the margin as a percentage of the won value.
 */
public record ProfitabilityReport(AnalyticsPeriod period, ProfitabilityDimension by, Long campaignId, List<Row> rows,
                                  Figures total) {

    /** {@code key} is what drill-down asks for; {@code label} is what people read (a campaign's name). */
    public record Row(String key, String label, Figures figures) {
    }

    /** Margin = won value − cost; {@code marginPercent} (margin over won value) is absent when nothing was won. */
    public record Figures(long wonDeals, BigDecimal wonValue, BigDecimal cost, BigDecimal margin,
                          BigDecimal marginPercent) {

        static final Figures NONE = of(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        static Figures of(long wonDeals, BigDecimal wonValue, BigDecimal cost) {
            BigDecimal margin = wonValue.subtract(cost);
            BigDecimal percent = wonValue.signum() == 0 ? null
                    : margin.multiply(BigDecimal.valueOf(100)).divide(wonValue, 1, RoundingMode.HALF_UP);
            return new Figures(wonDeals, wonValue, cost, margin, percent);
        }

        Figures won(BigDecimal value) {
            return of(wonDeals + 1, wonValue.add(value), cost);
        }

        Figures spent(BigDecimal amount) {
            return of(wonDeals, wonValue, cost.add(amount));
        }

        Figures plus(Figures other) {
            return of(wonDeals + other.wonDeals, wonValue.add(other.wonValue), cost.add(other.cost));
        }
    }
}
