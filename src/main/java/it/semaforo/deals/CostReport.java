package it.semaforo.deals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What activities cost in a period, grouped by {@code groupBy}; the rows add up to {@code total}. */
public record CostReport(AnalyticsPeriod period, Long campaignId, List<CostDimension> groupBy, List<Row> rows,
                         Totals total) {

    /** One group: its keys by dimension name ({@code role}, {@code month}, …), in the order asked. */
    public record Row(Map<String, String> keys, Totals totals) {
    }

    public record Totals(long count, long minutes, BigDecimal cost) {

        static final Totals NONE = new Totals(0, 0, BigDecimal.ZERO.setScale(2));

        Totals plus(Activity activity) {
            return new Totals(count + 1, minutes + activity.getDurationMinutes(), cost.add(activity.getCost()));
        }

        Totals plus(Totals other) {
            return new Totals(count + other.count, minutes + other.minutes, cost.add(other.cost));
        }
    }
}
