package it.semaforo.deadlines.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.deadlines.CustomerSummary;
import it.semaforo.deadlines.Deadlines;

@RestController
@Tag(name = "Customers")
class CustomerSummaryController {

    private final Deadlines deadlines;

    CustomerSummaryController(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/customers/{id}/summary")
    @Operation(summary = "Financial summary: count and total of active and of concluded (renewed, expired, "
            + "cancelled) deadlines")
    CustomerSummary summary(@PathVariable long id) {
        return deadlines.summary(id);
    }
}
