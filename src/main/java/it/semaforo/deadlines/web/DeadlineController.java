package it.semaforo.deadlines.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineChanges;
import it.semaforo.deadlines.DeadlineExports;
import it.semaforo.deadlines.DeadlineFilter;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deadlines.Renewal;
import it.semaforo.deadlines.ReportSort;
import it.semaforo.platform.Spreadsheets;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.web.PageView;

/**
 * Deadlines of the customers the caller sees (sellers: their own); others' deadlines do not exist for them (404)
 * and are never in a list or export. Changes need a customer the caller may change (the call center only reads).
 */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "Scadenzario: deadlines, renewals, cancellations and reports")
class DeadlineController {

    private final Deadlines deadlines;
    private final DeadlineExports exports;

    DeadlineController(Deadlines deadlines, DeadlineExports exports) {
        this.deadlines = deadlines;
        this.exports = exports;
    }

    @PostMapping
    @Operation(summary = "Record a deadline",
            description = "Starts its deadline-lifecycle process: reminders, recall task, expiry. Without an expiry "
                    + "date it is one product duration after the start; without an amount, list price × quantity.")
    ResponseEntity<DeadlineView> create(@Valid @RequestBody NewDeadline request) {
        Deadline deadline = deadlines.create(request, Viewer.current());
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(deadline.getId()))
                .body(view(deadline));
    }

    @GetMapping
    @Operation(summary = "Deadlines report: filter by start and expiry ranges (inclusive), status and customer; "
            + "paginated; sort by id, startDate, expiryDate, amount, status, customerName, productName")
    PageView<DeadlineView> search(@Valid Filters filters,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size,
                                  @Parameter(description = "column[,asc|desc], repeatable")
                                  @RequestParam(required = false) List<String> sort) {
        LocalDate today = deadlines.today();
        return PageView.of(deadlines.search(filters.toFilter(Viewer.current()),
                        PageRequest.of(page, size, ReportSort.parse(sort))),
                d -> DeadlineView.of(d, today));
    }

    @GetMapping("/export.csv")
    @Operation(summary = "The deadlines report as CSV (same filters); Italian: ';' and decimal comma")
    void exportCsv(@Valid Filters filters, @RequestParam(required = false) List<String> sort, Locale locale,
                   HttpServletResponse response) throws IOException {
        DeadlineFilter filter = checked(filters, sort);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("scadenze.csv"));
        exports.writeCsv(filter, ReportSort.parse(sort), locale, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The deadlines report as an Excel workbook (same filters), with real dates and numbers")
    void exportExcel(@Valid Filters filters, @RequestParam(required = false) List<String> sort, Locale locale,
                     HttpServletResponse response) throws IOException {
        DeadlineFilter filter = checked(filters, sort);
        exports.writeExcel(filter, ReportSort.parse(sort), locale, Spreadsheets.download(response, "scadenze.xlsx"));
    }

    @GetMapping("/upcoming")
    @Operation(summary = "Active deadlines expiring from today to the given number of days ahead (default 7)")
    List<DeadlineView> upcoming(@RequestParam(defaultValue = "7") @Min(0) @Max(366) int days) {
        LocalDate today = deadlines.today();
        return deadlines.upcoming(days, Customers.ownerFilter(Viewer.current())).stream()
                .map(d -> DeadlineView.of(d, today)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deadline with its days remaining, status and process instance")
    DeadlineView get(@PathVariable long id) {
        return view(deadlines.get(id, Viewer.current()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit an active deadline; a new expiry date moves its pending reminders and expiry")
    DeadlineView edit(@PathVariable long id, @Valid @RequestBody DeadlineChanges changes) {
        deadlines.getForChange(id, Viewer.current());
        return view(deadlines.edit(id, changes));
    }

    @PostMapping("/{id}/renewal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Renew an active or expired deadline; answers the new period",
            description = "The new period starts the day after the old expiry and keeps the day of month; a late "
                    + "renewal skips periods already over. Stops reminders or the win-back campaign.")
    DeadlineView renew(@PathVariable long id, @Valid @RequestBody(required = false) Renewal renewal) {
        deadlines.getForChange(id, Viewer.current());
        return view(deadlines.renew(id, renewal == null ? Renewal.SAME_TERMS : renewal));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel an active deadline (or stop the win-back of an expired one)")
    DeadlineView cancel(@PathVariable long id) {
        deadlines.getForChange(id, Viewer.current());
        return view(deadlines.cancel(id));
    }

    /** Report filters as query parameters: dates are ISO (yyyy-MM-dd). */
    record Filters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startTo,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryTo,
                   DeadlineStatus status,
                   Long customerId) {

        /** The filters with the viewer's owner condition (sellers: their customers only). */
        DeadlineFilter toFilter(Viewer viewer) {
            return new DeadlineFilter(startFrom, startTo, expiryFrom, expiryTo, status, customerId,
                    Customers.ownerFilter(viewer));
        }
    }

    /** Checks filters and sort before the first byte of an export is written, so errors are still problem+json. */
    private DeadlineFilter checked(Filters filters, List<String> sort) {
        DeadlineFilter filter = filters.toFilter(Viewer.current());
        deadlines.search(filter, PageRequest.of(0, 1, ReportSort.parse(sort)));
        return filter;
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private DeadlineView view(Deadline deadline) {
        return DeadlineView.of(deadline, deadlines.today());
    }
}
