package it.semaforo.deadlines.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.CustomerSummary;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.platform.Viewer;

@RestController
@Tag(name = "Customers")
class CustomerSummaryController {

    private final Deadlines deadlines;
    private final Customers customers;

    CustomerSummaryController(Deadlines deadlines, Customers customers) {
        this.deadlines = deadlines;
        this.customers = customers;
    }

    @GetMapping("/api/customers/{id}/summary")
    @Operation(summary = "Financial summary: count and total of active and of concluded (renewed, expired, "
            + "cancelled) deadlines")
    CustomerSummary summary(@PathVariable long id) {
        customers.get(id, Viewer.current());
        return deadlines.summary(id);
    }
}
