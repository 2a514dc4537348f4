package it.semaforo.customers.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.AssignmentReport;
import it.semaforo.customers.AssignmentRule;
import it.semaforo.customers.AssignmentRuleRequest;
import it.semaforo.customers.AssignmentRules;
import it.semaforo.customers.AssignmentStrategy;
import it.semaforo.customers.Customers;
import it.semaforo.customers.OwnerRole;
import it.semaforo.customers.web.CustomerController.CustomerView;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/** Who owns which customers: the assignment rules and the owners set by hand. Managers only. */
@RestController
@Tag(name = "Assignment", description = "Assignment rules and customer owners per role (managers only)")
@ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
class AssignmentController {

    private final AssignmentRules rules;
    private final Customers customers;

    AssignmentController(AssignmentRules rules, Customers customers) {
        this.rules = rules;
        this.customers = customers;
    }

    /** Runs before the request body is read and validated: others get 403 whatever they send. */
    @ModelAttribute
    void managersOnly() {
        if (!Viewer.current().isMemberOf(Groups.MANAGERS)) {
            throw new AccessDeniedException("semaforo.assignment.managersOnly");
        }
    }

    record RuleView(long id, String name, OwnerRole role, List<String> provinces, List<String> regions,
                    List<String> sectors, Integer employeesMin, Integer employeesMax, String targetGroup,
                    List<String> targetUsers, AssignmentStrategy strategy, int priority, boolean active,
                    Instant createdAt) {
        static RuleView of(AssignmentRule r) {
            return new RuleView(r.getId(), r.getName(), r.getRole(), r.getProvinces(), r.getRegions(), r.getSectors(),
                    r.getEmployeesMin(), r.getEmployeesMax(), r.getTargetGroup(), r.getTargetUsers(),
                    r.getStrategy(), r.getPriority(), r.isActive(), r.getCreatedAt());
        }
    }

    record Application(Boolean reassign) {
    }

    record Owners(@Size(max = 64) String ownerUserId, @Size(max = 64) String adminOwnerUserId) {
    }

    @GetMapping("/api/assignment-rules")
    @Operation(summary = "The assignment rules in the order they are tried (priority, then oldest)")
    List<RuleView> rules() {
        return rules.all().stream().map(RuleView::of).toList();
    }

    @PostMapping("/api/assignment-rules")
    @Operation(summary = "Add a rule",
            description = "Criteria (all optional, all must match): provinces (siglas), regions, sectors "
                    + "(case-insensitive), employeesMin/Max. Candidates: targetGroup's members or targetUsers (users "
                    + "of the role's group). strategy ROUND_ROBIN or LEAST_LOADED; smaller priority first.")
    ResponseEntity<RuleView> create(@Valid @RequestBody AssignmentRuleRequest request) {
        AssignmentRule rule = rules.create(request);
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(rule.getId()))
                .body(RuleView.of(rule));
    }

    @PutMapping("/api/assignment-rules/{id}")
    @Operation(summary = "Replace a rule")
    RuleView update(@PathVariable long id, @Valid @RequestBody AssignmentRuleRequest request) {
        return RuleView.of(rules.update(id, request));
    }

    @DeleteMapping("/api/assignment-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule (owners it gave stay)")
    void delete(@PathVariable long id) {
        rules.delete(id);
    }

    @PostMapping("/api/assignment-rules/apply")
    @Operation(summary = "Apply the active rules to every customer and prospect",
            description = "Gives an owner to each role without one. With reassign=true an owner who is not a "
                    + "candidate of the matching rule is replaced. Running it twice changes nothing the second time.")
    AssignmentReport apply(@RequestBody(required = false) Application application) {
        return rules.apply(application != null && Boolean.TRUE.equals(application.reassign()));
    }

    @PutMapping("/api/customers/{id}/owners")
    @Operation(summary = "Set a customer's owners by hand: seller (group sales) and administration owner "
            + "(group administration); null clears one")
    CustomerView owners(@PathVariable long id, @Valid @RequestBody Owners owners) {
        return CustomerView.of(customers.assignOwners(id, owners.ownerUserId(), owners.adminOwnerUserId()));
    }
}
