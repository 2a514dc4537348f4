package it.semaforo.deals.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.deals.Activity;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.AnalyticsExports;
import it.semaforo.deals.AnalyticsPeriod;
import it.semaforo.deals.CostDimension;
import it.semaforo.deals.CostReport;
import it.semaforo.deals.DealAnalytics;
import it.semaforo.deals.DealProfitability;
import it.semaforo.deals.Deals;
import it.semaforo.deals.ProfitabilityDimension;
import it.semaforo.deals.ProfitabilityReport;
import it.semaforo.platform.Spreadsheets;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

/**
 * Costs and profitability for managers and administration (others: 403). Periods are days in Europe/Rome, both
 * included, this month by default; see {@link DealAnalytics} and {@link ProfitabilityDimension} for what counts
 * where.
 */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics", description = "Cost of activities and profitability of deals over a period")
@ApiResponse(responseCode = "403", description = "The caller is neither a manager nor in administration")
class AnalyticsController {

    private final DealAnalytics analytics;
    private final AnalyticsExports exports;
    private final Deals deals;

    AnalyticsController(DealAnalytics analytics, AnalyticsExports exports, Deals deals) {
        this.analytics = analytics;
        this.exports = exports;
        this.deals = deals;
    }

    record CostRowView(Map<String, String> keys, long count, long minutes, BigDecimal cost) {

        static CostRowView of(CostReport.Row row) {
            return new CostRowView(row.keys(), row.totals().count(), row.totals().minutes(), row.totals().cost());
        }
    }

    record CostReportView(LocalDate from, LocalDate to, Long campaignId, List<String> groupBy, List<CostRowView> rows,
                          CostReport.Totals total) {

        static CostReportView of(CostReport report) {
            return new CostReportView(report.period().from(), report.period().to(), report.campaignId(),
                    report.groupBy().stream().map(CostDimension::key).toList(),
                    report.rows().stream().map(CostRowView::of).toList(), report.total());
        }
    }

    record ProfitabilityRowView(String key, String label, long wonDeals, BigDecimal wonValue, BigDecimal cost,
                                BigDecimal margin, BigDecimal marginPercent) {

        static ProfitabilityRowView of(ProfitabilityReport.Row row) {
            ProfitabilityReport.Figures f = row.figures();
            return new ProfitabilityRowView(row.key(), row.label(), f.wonDeals(), f.wonValue(), f.cost(), f.margin(),
                    f.marginPercent());
        }
    }

    record ProfitabilityView(LocalDate from, LocalDate to, String by, Long campaignId,
                             List<ProfitabilityRowView> rows, ProfitabilityReport.Figures total) {

        static ProfitabilityView of(ProfitabilityReport report) {
            return new ProfitabilityView(report.period().from(), report.period().to(), report.by().key(),
                    report.campaignId(), report.rows().stream().map(ProfitabilityRowView::of).toList(),
                    report.total());
        }
    }

    record DealLinesView(LocalDate from, LocalDate to, String by, String key, Long campaignId,
                         List<DealProfitability.Line> deals, ProfitabilityReport.Figures total) {
    }

    record ActivityCostView(long id, Instant occurredAt, ActivityType type, String role, String userId,
                            int durationMinutes, BigDecimal cost) {

        static ActivityCostView of(Activity activity) {
            return new ActivityCostView(activity.getId(), activity.getOccurredAt(), activity.getType(),
                    activity.getRole(), activity.getUserId(), activity.getDurationMinutes(), activity.getCost());
        }
    }

    record DealCostsView(long dealId, List<ActivityCostView> activities, BigDecimal total) {
    }

    @GetMapping("/costs")
    @Operation(summary = "What the activities of a period cost, grouped",
            description = "groupBy: any of role, activityType, campaign and at most one of day, week, month "
                    + "(comma-separated, default role). A period bucket is named by its first day.")
    CostReportView costs(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Long campaignId,
                         @RequestParam(required = false) List<String> groupBy) {
        requireAnalyst();
        return CostReportView.of(costReport(from, to, campaignId, groupBy));
    }

    @GetMapping("/costs.xlsx")
    @Operation(summary = "The cost report as an Excel workbook")
    void costsExcel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) Long campaignId,
                    @RequestParam(required = false) List<String> groupBy, Locale locale,
                    HttpServletResponse response) throws IOException {
        requireAnalyst();
        CostReport report = costReport(from, to, campaignId, groupBy);
        exports.writeCosts(report, locale, Spreadsheets.download(response, "costi.xlsx"));
    }

    @GetMapping("/profitability")
    @Operation(summary = "Won value against cost by segment, productType, activityType or campaign (default)",
            description = "Rows add up to total. Won deals count in the period they were closed; activities in the "
                    + "period they happened, with the cost they were recorded with.")
    ProfitabilityView profitability(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by, @RequestParam(required = false) Long campaignId) {
        requireAnalyst();
        return ProfitabilityView.of(analytics.profitability(analytics.period(from, to),
                ProfitabilityDimension.parse(by), campaignId));
    }

    @GetMapping("/profitability/deals")
    @Operation(summary = "The deals behind one profitability row (or all rows without key)")
    DealLinesView profitabilityDeals(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by, @RequestParam(required = false) Long campaignId,
            @Parameter(description = "a row's key, as the profitability report gives it")
            @RequestParam(required = false) String key) {
        requireAnalyst();
        DealProfitability lines = analytics.deals(analytics.period(from, to), ProfitabilityDimension.parse(by),
                campaignId, key);
        return new DealLinesView(lines.period().from(), lines.period().to(), lines.by().key(), key, campaignId,
                lines.lines(), lines.total());
    }

    @GetMapping("/profitability.xlsx")
    @Operation(summary = "The profitability report as an Excel workbook: rows by key, then the deals behind them")
    void profitabilityExcel(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String by, @RequestParam(required = false) Long campaignId, Locale locale,
            HttpServletResponse response) throws IOException {
        requireAnalyst();
        AnalyticsPeriod period = analytics.period(from, to);
        ProfitabilityDimension dimension = ProfitabilityDimension.parse(by);
        ProfitabilityReport report = analytics.profitability(period, dimension, campaignId);
        DealProfitability lines = analytics.deals(period, dimension, campaignId, null);
        exports.writeProfitability(report, lines, locale, Spreadsheets.download(response, "redditivita.xlsx"));
    }

    @GetMapping("/deals/{id}/costs")
    @Operation(summary = "Every activity of a deal with its cost, newest first, and their total")
    @ApiResponse(responseCode = "404", description = "No such deal")
    DealCostsView dealCosts(@PathVariable long id) {
        requireAnalyst();
        deals.get(id, Viewer.current());
        List<Activity> activities = analytics.costsOfDeal(id);
        BigDecimal total = activities.stream().map(Activity::getCost).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new DealCostsView(id, activities.stream().map(ActivityCostView::of).toList(), total);
    }

    private CostReport costReport(LocalDate from, LocalDate to, Long campaignId, List<String> groupBy) {
        return analytics.costs(analytics.period(from, to), campaignId, CostDimension.parse(groupBy));
    }

    /** Checked before the reports are computed, so nothing is read for someone who may not see it. */
    private static void requireAnalyst() {
        if (!Viewer.current().seesAllCustomers()) {
            throw Forbidden.because("semaforo.analytics.forbidden");
        }
    }

}
