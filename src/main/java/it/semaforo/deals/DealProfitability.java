package it.semaforo.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The deals behind profitability rows: for each deal (and key), its won value if it was won in the period, the cost
 * of its activities in the period and the margin. Activities without a deal are one line without {@code dealId}.
 * The lines of a key add up to that key's row.
 */
public record DealProfitability(AnalyticsPeriod period, ProfitabilityDimension by, Long campaignId, List<Line> lines,
                                ProfitabilityReport.Figures total) {

    public record Line(String key, String label, Long dealId, String title, Long customerId, String customerName,
                       Long campaignId, String campaignName, DealStatus status, LocalDate closedOn, int activities,
                       BigDecimal wonValue, BigDecimal cost, BigDecimal margin) {
    }
}
