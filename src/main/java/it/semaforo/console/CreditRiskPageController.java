package it.semaforo.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.credit.CreditExposure;
import it.semaforo.credit.ExposureExports;
import it.semaforo.credit.ExposureReport;
import it.semaforo.platform.Spreadsheets;
import it.semaforo.platform.Viewer;

/**
 * "Rischio di credito": exposure by rating class and light, revenue at risk, customers to ask for an advance payment,
 * and the Excel workbook. For managers and administration, who see every customer; others get 403.
 */
@Controller
class CreditRiskPageController {

    private final CreditExposure exposure;
    private final ExposureExports exports;

    CreditRiskPageController(CreditExposure exposure, ExposureExports exports) {
        this.exposure = exposure;
        this.exports = exports;
    }

    @GetMapping("/credit")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Model model) {
        requireAnalyst();
        model.addAttribute("report", exposure.report(asOf));
        model.addAttribute("lights", ExposureReport.Light.values());
        return "console/credit";
    }

    @GetMapping("/credit/exposure.xlsx")
    void excel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
               Locale locale, HttpServletResponse response) throws IOException {
        requireAnalyst();
        ExposureReport report = exposure.report(asOf);
        exports.write(report, locale, Spreadsheets.download(response, "esposizione-rating.xlsx"));
    }

    private static void requireAnalyst() {
        if (!Viewer.current().seesAllCustomers()) {
            throw new ConsoleErrors.Forbidden();
        }
    }
}
