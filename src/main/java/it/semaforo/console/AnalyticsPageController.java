package it.semaforo.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.deals.AnalyticsExports;
import it.semaforo.deals.AnalyticsPeriod;
import it.semaforo.deals.CostDimension;
import it.semaforo.deals.DealAnalytics;
import it.semaforo.deals.DealProfitability;
import it.semaforo.deals.ProfitabilityDimension;
import it.semaforo.deals.ProfitabilityReport;
import it.semaforo.platform.Spreadsheets;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * "Redditività": profitability by campaign with drill-down to the deals, cost by role, and the Excel workbook, over
 * a period (this month by default). For managers and administration, who see every customer; others get 403.
 */
@Controller
class AnalyticsPageController {

    private final DealAnalytics analytics;
    private final AnalyticsExports exports;
    private final MessageSource messages;

    AnalyticsPageController(DealAnalytics analytics, AnalyticsExports exports, MessageSource messages) {
        this.analytics = analytics;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/analytics")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response, Locale locale, Model model) {
        requireAnalyst();
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            AnalyticsPeriod period = analytics.period(from, to);
            model.addAttribute("period", period);
            model.addAttribute("profitability",
                    analytics.profitability(period, ProfitabilityDimension.CAMPAIGN, null));
            model.addAttribute("costs", analytics.costs(period, null, List.of(CostDimension.ROLE)));
        } catch (InvalidInputException invalid) {
            periodError(invalid, response, locale, model);
        }
        return "console/analytics";
    }

    /** The deals behind one row of the campaign table (or of another breakdown, given {@code by}). */
    @GetMapping("/analytics/deals")
    String deals(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String by, @RequestParam String key, Model model) {
        requireAnalyst();
        AnalyticsPeriod period = analytics.period(from, to);
        ProfitabilityDimension dimension = ProfitabilityDimension.parse(by);
        DealProfitability drillDown = analytics.deals(period, dimension, null, key);
        model.addAttribute("period", period);
        model.addAttribute("drillDown", drillDown);
        model.addAttribute("key", key);
        // what people read for the key (a campaign's name), as the lines carry it
        model.addAttribute("label", drillDown.lines().stream().findFirst().map(DealProfitability.Line::label)
                .orElse(key));
        return "console/analytics-deals";
    }

    @GetMapping("/analytics/profitability.xlsx")
    void excel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               Locale locale, HttpServletResponse response) throws IOException {
        requireAnalyst();
        AnalyticsPeriod period = analytics.period(from, to);
        ProfitabilityReport report = analytics.profitability(period, ProfitabilityDimension.CAMPAIGN, null);
        DealProfitability lines = analytics.deals(period, ProfitabilityDimension.CAMPAIGN, null, null);
        exports.writeProfitability(report, lines, locale, Spreadsheets.download(response, "redditivita.xlsx"));
    }

    private static void requireAnalyst() {
        if (!Viewer.current().seesAllCustomers()) {
            throw new ConsoleErrors.Forbidden();
        }
    }

    /** A bad period is shown above the tables (400), naming the field. */
    private void periodError(InvalidInputException invalid, HttpServletResponse response, Locale locale,
                             Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("periodErrorField", invalid.field());
        model.addAttribute("periodErrorMessage",
                messages.getMessage(invalid.messageCode(), invalid.arguments(), locale));
    }
}
