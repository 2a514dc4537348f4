package it.semaforo.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineExports;
import it.semaforo.deadlines.DeadlineFilter;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.ReportSort;
import it.semaforo.platform.Spreadsheets;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * The deadlines report: start and expiry ranges, status and customer filters, paging, sorting by column, and the
 * same report as CSV or Excel under the console's session. Sellers get only their customers' deadlines, in the page
 * and in the files.
 */
@Controller
class DeadlineReportController {

    static final int PAGE_SIZE = 25;
    static final int CUSTOMER_CHOICES = 500;

    /** The report's parameters as the query string carries them. */
    record Params(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startFrom,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startTo,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryFrom,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryTo,
                  DeadlineStatus status, Long customerId, String sort) {

        DeadlineFilter filter(Viewer viewer) {
            return new DeadlineFilter(startFrom, startTo, expiryFrom, expiryTo, status, customerId,
                    Customers.ownerFilter(viewer));
        }

        Sort order() {
            return ReportSort.parse(sort == null || sort.isBlank() ? null : List.of(sort));
        }

        /** This report's URL with other page, sort or path. */
        public String url(String path, Integer page, String newSort) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            add(uri, "startFrom", startFrom);
            add(uri, "startTo", startTo);
            add(uri, "expiryFrom", expiryFrom);
            add(uri, "expiryTo", expiryTo);
            add(uri, "status", status);
            add(uri, "customerId", customerId);
            add(uri, "sort", newSort);
            add(uri, "page", page == null || page == 0 ? null : page);
            return uri.encode().build().toUriString();
        }

        /** The sort link of a column: ascending first, descending when already ascending. */
        public String sortBy(String column) {
            String next = (column + ",asc").equals(sort) ? column + ",desc" : column + ",asc";
            return url("/deadlines", null, next);
        }

        /** "asc", "desc" or "" for a column header's arrow. */
        public String direction(String column) {
            if (sort == null) {
                return "expiryDate".equals(column) ? "asc" : "";
            }
            return sort.equals(column + ",asc") ? "asc" : sort.equals(column + ",desc") ? "desc" : "";
        }

        private static void add(UriComponentsBuilder uri, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        }
    }

    private final Deadlines deadlines;
    private final DeadlineExports exports;
    private final Customers customers;
    private final MessageSource messages;

    DeadlineReportController(Deadlines deadlines, DeadlineExports exports, Customers customers,
                             MessageSource messages) {
        this.deadlines = deadlines;
        this.exports = exports;
        this.customers = customers;
        this.messages = messages;
    }

    @GetMapping("/deadlines")
    String report(Params params, @RequestParam(defaultValue = "0") int page, HttpServletResponse response,
                  Locale locale, Model model) {
        Viewer viewer = Viewer.current();
        model.addAttribute("params", params);
        model.addAttribute("statuses", DeadlineStatus.values());
        model.addAttribute("customerChoices", customers.search(null, null, Customers.ownerFilter(viewer),
                PageRequest.of(0, CUSTOMER_CHOICES, Sort.by("name", "id"))).getContent());
        model.addAttribute("today", deadlines.today());
        try {
            DeadlineFilter filter = params.filter(viewer);
            if (params.customerId() != null) {
                customers.get(params.customerId(), viewer); // a customer the viewer may not see does not exist
            }
            Page<Deadline> results = deadlines.search(filter,
                    PageRequest.of(Math.max(page, 0), PAGE_SIZE, params.order()));
            model.addAttribute("results", results);
        } catch (InvalidInputException invalid) {
            filterError(invalid, response, locale, model);
        } catch (NotFoundException unknownCustomer) {
            filterError(new InvalidInputException("customerId", "semaforo.reference.missing"), response, locale, model);
        }
        return "console/deadlines";
    }

    /** A bad filter is shown above the report (400), naming the field. */
    private void filterError(InvalidInputException invalid, HttpServletResponse response, Locale locale,
                             Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("filterErrorField", invalid.field());
        model.addAttribute("filterErrorMessage",
                messages.getMessage(invalid.messageCode(), invalid.arguments(), locale));
    }

    @GetMapping("/deadlines/export.csv")
    void csv(Params params, Locale locale, HttpServletResponse response) throws IOException {
        DeadlineFilter filter = checked(params);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("scadenze.csv"));
        exports.writeCsv(filter, params.order(), locale, response.getOutputStream());
    }

    @GetMapping("/deadlines/export.xlsx")
    void excel(Params params, Locale locale, HttpServletResponse response) throws IOException {
        DeadlineFilter filter = checked(params);
        exports.writeExcel(filter, params.order(), locale, Spreadsheets.download(response, "scadenze.xlsx"));
    }

    /** Filters, customer and sort checked before the first byte is written, so that errors are still pages. */
    private DeadlineFilter checked(Params params) {
        Viewer viewer = Viewer.current();
        DeadlineFilter filter = params.filter(viewer);
        if (params.customerId() != null) {
            customers.get(params.customerId(), viewer); // a customer the viewer may not see does not exist
        }
        params.order();
        return filter;
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
