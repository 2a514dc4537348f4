package it.semaforo.credit.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.MassCheck;
import it.semaforo.credit.MassCheckItem;
import it.semaforo.credit.MassCheckRequest;
import it.semaforo.credit.MassCheckResult;
import it.semaforo.credit.MassCheckSummary;
import it.semaforo.credit.MassChecks;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

@RestController
@Tag(name = "Credit", description = "Credit checks of customers, suppliers and prospects: provider lookups and lights")
class MassCheckController {

    private final MassChecks massChecks;
    private final Customers customers;

    MassCheckController(MassChecks massChecks, Customers customers) {
        this.massChecks = massChecks;
        this.customers = customers;
    }

    /** The answer of {@code POST}: where to follow the run. */
    record Started(long id, MassCheck.State state, int total) {
    }

    @PostMapping("/api/credit/mass-checks")
    @Operation(summary = "Go Check: check a whole part of the anagrafica at once (administration and managers)",
            description = "Every customer, supplier and prospect with a valid partita IVA, or only one kind and/or "
                    + "some sectors. Looked up in bulk chunks of 100 by a credit-mass-check process; follow it "
                    + "with GET /api/credit/mass-checks/{id}.")
    @ApiResponse(responseCode = "202", description = "The run, RUNNING")
    @ApiResponse(responseCode = "400", description = "No subject with a valid partita IVA in that scope")
    @ApiResponse(responseCode = "403", description = "The caller is neither in administration nor in managers")
    ResponseEntity<Started> start(@Valid @RequestBody MassCheckRequest request) {
        Viewer viewer = Viewer.current();
        if (!viewer.seesAllCustomers()) {
            throw Forbidden.because("semaforo.credit.checkersOnly");
        }
        MassCheck run = massChecks.start(request, viewer);
        return ResponseEntity.accepted().location(URI.create("/api/credit/mass-checks/" + run.getId()))
                .body(new Started(run.getId(), run.getState(), run.getTotal()));
    }

    /** Subjects with a problem in a category, and their share (%) of the subjects the provider found. */
    record Share(int count, BigDecimal percentage) {
    }

    /** A subject to act on: its light and its problem categories. */
    record Flagged(long customerId, String name, String vatNumber, CreditLight light, List<String> categories) {
    }

    record NotFound(long customerId, String name, String vatNumber) {
    }

    record MassCheckView(long id, MassCheck.State state, String createdBy, Instant createdAt, Instant finishedAt,
                         int total, int done, BigDecimal percentage, int found, Map<String, Share> problems,
                         Share flagged, List<NotFound> notFound, List<Flagged> toActOn) {
    }

    @GetMapping("/api/credit/mass-checks/{id}")
    @Operation(summary = "A Go Check run: progress, the share of subjects with problems by category, the subjects "
            + "not found (kept apart) and the list to act on (RED and YELLOW)")
    @ApiResponse(responseCode = "404", description = "No such run, or the caller is neither in administration nor "
            + "in managers")
    MassCheckView get(@PathVariable long id) {
        MassCheckResult result = massChecks.result(id, Viewer.current());
        MassCheckSummary counts = result.summary();
        Map<Long, Customer> names = customers.byIds(result.items().stream().map(MassCheckItem::getCustomerId)
                .toList());
        List<NotFound> notFound = result.items().stream()
                .filter(item -> item.getStatus() == MassCheckItem.Status.NOT_FOUND)
                .map(item -> new NotFound(item.getCustomerId(), name(names, item), item.getVatNumber())).toList();
        List<Flagged> toActOn = result.items().stream()
                .filter(item -> item.getStatus() == MassCheckItem.Status.DONE
                        && (item.getLight() == CreditLight.RED || item.getLight() == CreditLight.YELLOW))
                .map(item -> new Flagged(item.getCustomerId(), name(names, item), item.getVatNumber(),
                        item.getLight(), categories(item)))
                .toList();
        MassCheck run = result.run();
        return new MassCheckView(run.getId(), run.getState(), run.getCreatedBy(), run.getCreatedAt(),
                run.getFinishedAt(), counts.total(), counts.done(), percentage(counts.done(), counts.total()),
                counts.found(), Map.of(
                        "protests", share(counts.protests(), counts.found()),
                        "procedures", share(counts.procedures(), counts.found()),
                        "foreclosures", share(counts.foreclosures(), counts.found()),
                        "poorRating", share(counts.poorRating(), counts.found())),
                share(counts.flagged(), counts.found()), notFound, toActOn);
    }

    private static List<String> categories(MassCheckItem item) {
        List<String> categories = new ArrayList<>();
        if (item.isProtests()) {
            categories.add("protests");
        }
        if (item.isProcedures()) {
            categories.add("procedures");
        }
        if (item.isForeclosures()) {
            categories.add("foreclosures");
        }
        if (item.isPoorRating()) {
            categories.add("poorRating");
        }
        return categories;
    }

    private static String name(Map<Long, Customer> names, MassCheckItem item) {
        Customer customer = names.get(item.getCustomerId());
        return customer == null ? null : customer.getName();
    }

    private static Share share(int count, int of) {
        return new Share(count, percentage(count, of));
    }

    /** Percentage with one decimal; 0 of nothing is 0. */
    private static BigDecimal percentage(int count, int of) {
        return of == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
