package it.semaforo.customers.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.customers.ProspectState;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.web.PageView;

/**
 * Customers as the caller may see them: sellers their own, managers, administration and the call center all (see
 * {@link Customers#seesEveryCustomer}); someone else's customer does not exist for a seller (404).
 */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Anagrafica: customers, prospects and suppliers")
class CustomerController {

    private final Customers customers;

    CustomerController(Customers customers) {
        this.customers = customers;
    }

    record CustomerView(long id, CustomerKind kind, String name, String vatNumber, String taxCode, String email,
                        String language, String phone, String city, String province, String region, String sector,
                        Integer employees, String ownerUserId, String adminOwnerUserId, ProspectState prospectState,
                        String archiveReason, LocalDate lastRecallDate, Instant createdAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.getId(), c.getKind(), c.getName(), c.getVatNumber(), c.getTaxCode(),
                    c.getEmail(), c.getLanguage(), c.getPhone(), c.getCity(), c.getProvince(), c.getRegion(),
                    c.getSector(), c.getEmployees(), c.getOwnerUserId(), c.getAdminOwnerUserId(),
                    c.getProspectState(), c.getArchiveReason(), c.getLastRecallDate(), c.getCreatedAt());
        }
    }

    record Archiving(@Size(max = 300) String reason) {
    }

    @PostMapping
    @Operation(summary = "Record a customer, prospect or supplier",
            description = "Partita IVA and codice fiscale are checked with their check digits; a partita IVA already "
                    + "recorded gives 409. A seller who names no owner owns it; the assignment rules give owners for "
                    + "the roles still without one. A province sigla gives the region when none is given.")
    ResponseEntity<CustomerView> create(@Valid @RequestBody NewCustomer request) {
        Viewer viewer = Viewer.current();
        if (request.ownerUserId() == null && viewer.isMemberOf(Groups.SALES)) {
            request = request.withOwner(viewer.userId());
        }
        Customer customer = customers.create(request);
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(customer.getId()))
                .body(CustomerView.of(customer));
    }

    @GetMapping
    @Operation(summary = "Search the caller's customers by name, partita IVA, codice fiscale or e-mail; paginated")
    PageView<CustomerView> search(@RequestParam(required = false) CustomerKind kind,
                                  @RequestParam(required = false) ProspectState prospectState,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(customers.search(kind, prospectState, q, Customers.ownerFilter(Viewer.current()),
                PageRequest.of(page, size, Sort.by("name", "id"))), CustomerView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer, with its owners, prospect state and the date of the last completed recall")
    @ApiResponse(responseCode = "404", description = "No such customer, or the caller may not see it")
    CustomerView get(@PathVariable long id) {
        return CustomerView.of(customers.get(id, Viewer.current()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a prospect with the reason (its owners, managers and administration)")
    @ApiResponse(responseCode = "400", description = "The reason is missing")
    @ApiResponse(responseCode = "403", description = "The caller reads the customer but may not change it")
    @ApiResponse(responseCode = "409", description = "Not a prospect")
    CustomerView archive(@PathVariable long id, @Valid @RequestBody Archiving archiving) {
        return CustomerView.of(customers.archive(id, archiving.reason(), Viewer.current()));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Put an archived prospect back in progress")
    @ApiResponse(responseCode = "409", description = "Not a prospect")
    CustomerView reopen(@PathVariable long id) {
        return CustomerView.of(customers.reopen(id, Viewer.current()));
    }
}
