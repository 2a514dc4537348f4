package it.semaforo.customers.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.platform.web.PageView;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Anagrafica: customers, prospects and suppliers")
class CustomerController {

    private final Customers customers;

    CustomerController(Customers customers) {
        this.customers = customers;
    }

    record CustomerView(long id, CustomerKind kind, String name, String vatNumber, String taxCode, String email,
                        String language, String ownerUserId, LocalDate lastRecallDate, Instant createdAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.getId(), c.getKind(), c.getName(), c.getVatNumber(), c.getTaxCode(),
                    c.getEmail(), c.getLanguage(), c.getOwnerUserId(), c.getLastRecallDate(), c.getCreatedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Record a customer, prospect or supplier",
            description = "Partita IVA and codice fiscale are checked with their check digits; a partita IVA already "
                    + "recorded gives 409.")
    ResponseEntity<CustomerView> create(@Valid @RequestBody NewCustomer request) {
        Customer customer = customers.create(request);
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(customer.getId()))
                .body(CustomerView.of(customer));
    }

    @GetMapping
    @Operation(summary = "Search customers by name, partita IVA, codice fiscale or e-mail; paginated")
    PageView<CustomerView> search(@RequestParam(required = false) CustomerKind kind,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(customers.search(kind, q, PageRequest.of(page, size, Sort.by("name", "id"))),
                CustomerView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer, with the date of the last completed recall")
    CustomerView get(@PathVariable long id) {
        return CustomerView.of(customers.get(id));
    }
}
