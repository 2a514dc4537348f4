package it.semaforo.credit.web;

import java.net.URI;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.credit.CheckRequest;
import it.semaforo.credit.CreditCheck;
import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CustomerCredit;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

@RestController
@Tag(name = "Credit", description = "Credit checks of customers, suppliers and prospects: provider lookups and lights")
class CreditController {

    /** The body of {@link #check}: validated by hand, after the permission check, as {@code @Valid} would. */
    private static final MethodParameter CHECK_BODY = new MethodParameter(
            ReflectionUtils.findMethod(CreditController.class, "check", CheckRequest.class), 0);

    private final CreditChecks checks;
    private final SmartValidator validator;

    CreditController(CreditChecks checks, SmartValidator validator) {
        this.checks = checks;
        this.validator = validator;
    }

    @PostMapping("/api/credit/checks")
    @Operation(summary = "Check a subject's credit (administration and managers)",
            description = "customerId (a customer, supplier or prospect) or vatNumber (any partita IVA; linked to the "
                    + "customer that has it). Starts a credit-check process: the report comes from the cache when "
                    + "younger than semaforo.credit.cache-ttl, else from the provider. Follow it with "
                    + "GET /api/credit/checks/{id}.")
    @ApiResponse(responseCode = "202", description = "The check, PENDING (or already answered from the cache)")
    @ApiResponse(responseCode = "400", description = "No subject, or an invalid partita IVA (nothing is called)")
    @ApiResponse(responseCode = "403", description = "The caller is neither in administration nor in managers")
    @ApiResponse(responseCode = "404", description = "No such customer, or the caller may not see it")
    ResponseEntity<CreditCheckView> check(@RequestBody CheckRequest request) throws MethodArgumentNotValidException {
        Viewer viewer = Viewer.current();
        if (!viewer.seesAllCustomers()) {
            throw Forbidden.because("semaforo.credit.checkersOnly");
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "checkRequest");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(CHECK_BODY, errors);
        }
        CreditCheck check = checks.request(request, viewer);
        return ResponseEntity.accepted().location(URI.create("/api/credit/checks/" + check.getId())).body(view(check));
    }

    @GetMapping("/api/credit/checks/{id}")
    @Operation(summary = "One check: state (PENDING, DONE, NOT_FOUND, FAILED), light, decision and report",
            description = "FAILED: the provider call ran out of retries and is an incident in Cockpit.")
    @ApiResponse(responseCode = "404", description = "No such check, or the caller is neither in administration "
            + "nor in managers")
    CreditCheckView get(@PathVariable long id) {
        return view(checks.get(id, Viewer.current()));
    }

    /** The answer of {@code GET /api/customers/{id}/credit}. */
    record CustomerCreditView(long customerId, CreditStatusView status, List<CreditCheckView> recentChecks) {
    }

    @GetMapping("/api/customers/{id}/credit")
    @Operation(summary = "A customer's credit standing, administration's decision and the latest 10 checks",
            description = "status is absent before the first completed check. Visible to whoever sees the customer.")
    @ApiResponse(responseCode = "404", description = "No such customer, or the caller may not see it")
    CustomerCreditView customerCredit(@PathVariable long id) {
        CustomerCredit credit = checks.forCustomer(id, Viewer.current());
        return new CustomerCreditView(credit.customerId(), credit.status().map(CreditStatusView::of).orElse(null),
                credit.recentChecks().stream().map(this::view).toList());
    }

    private CreditCheckView view(CreditCheck check) {
        return CreditCheckView.of(check, checks.state(check), checks.report(check).orElse(null));
    }
}
