package it.semaforo.credit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.credit.CreditExposure;
import it.semaforo.credit.ExposureExports;
import it.semaforo.credit.ExposureReport;
import it.semaforo.platform.Spreadsheets;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

/** Revenue by rating for managers and administration (others: 403), as JSON or as an Excel workbook. */
@RestController
@RequestMapping("/api/credit")
@Tag(name = "Credit exposure", description = "Active deadlines and open deals by rating class and light")
@ApiResponse(responseCode = "403", description = "The caller is neither a manager nor in administration")
class ExposureController {

    private final CreditExposure exposure;
    private final ExposureExports exports;

    ExposureController(CreditExposure exposure, ExposureExports exports) {
        this.exposure = exposure;
        this.exports = exports;
    }

    @GetMapping("/exposure")
    @Operation(summary = "Exposure by rating class and light, revenue at risk, customers to ask for an advance",
            description = "A customer's exposure: its ACTIVE deadlines expiring on or after asOf plus the offer "
                    + "amounts of its OPEN deals. Classes and lights each add up to the total.")
    ExposureReport exposure(@Parameter(description = "default today (Europe/Rome)") @RequestParam(required = false)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        requireAnalyst();
        return exposure.report(asOf);
    }

    @GetMapping("/exposure.xlsx")
    @Operation(summary = "The exposure report as an Excel workbook")
    void exposureExcel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       Locale locale, HttpServletResponse response) throws IOException {
        requireAnalyst();
        ExposureReport report = exposure.report(asOf);
        exports.write(report, locale, Spreadsheets.download(response, "esposizione-rating.xlsx"));
    }

    /** Checked before anything is read, so nothing is computed for someone who may not see it. */
    private static void requireAnalyst() {
        if (!Viewer.current().seesAllCustomers()) {
            throw Forbidden.because("semaforo.exposure.forbidden");
        }
    }
}
