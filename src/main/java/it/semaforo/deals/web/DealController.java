package it.semaforo.deals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customers;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealAttributes;
import it.semaforo.deals.DealFilter;
import it.semaforo.deals.DealStatus;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewDeal;
import it.semaforo.deals.web.DealViews.ActivityView;
import it.semaforo.deals.web.DealViews.AttributeValueView;
import it.semaforo.deals.web.DealViews.DealDetailView;
import it.semaforo.deals.web.DealViews.DealView;
import it.semaforo.platform.GroupDirectory;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.web.PageView;

@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals", description = "Trattative: each one driven through its phases by a deal process")
class DealController {

    private static final MethodParameter OPEN_BODY = RequestGuards.bodyOf(DealController.class, "open");

    private final Deals deals;
    private final Activities activities;
    private final DealAttributes attributes;
    private final Customers customers;
    private final GroupDirectory directory;
    private final RequestGuards guards;

    DealController(Deals deals, Activities activities, DealAttributes attributes, Customers customers,
                   GroupDirectory directory, RequestGuards guards) {
        this.deals = deals;
        this.activities = activities;
        this.attributes = attributes;
        this.customers = customers;
        this.directory = directory;
        this.guards = guards;
    }

    @GetMapping
    @Operation(summary = "The deals the caller may see, newest first; sellers see only their own",
            description = "phase is the id of the process's current user task (e.g. UserTask_Offer), or WON / LOST.")
    PageView<DealView> search(@RequestParam(required = false) DealStatus status,
                              @RequestParam(required = false) String phase,
                              @RequestParam(required = false) Long campaignId,
                              @RequestParam(required = false) Long customerId,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(deals.search(new DealFilter(status, phase, campaignId, customerId), Viewer.current(),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"))), DealView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deal with its activities and attributes")
    @ApiResponse(responseCode = "404", description = "No such deal, or another seller's")
    DealDetailView get(@PathVariable long id) {
        return detail(deals.get(id, Viewer.current()));
    }

    @PostMapping
    @Operation(summary = "Open a deal by hand (managers; sellers for their own customers): starts its deal process",
            description = "Without sellerUserId the customer's seller takes it; a seller always opens it for "
                    + "themselves.")
    @ApiResponse(responseCode = "403", description = "Neither a manager nor a seller")
    @ApiResponse(responseCode = "404", description = "A seller naming another seller's customer")
    ResponseEntity<DealView> open(@RequestBody NewDeal request) throws MethodArgumentNotValidException {
        Viewer viewer = Viewer.current();
        boolean manager = viewer.isMemberOf(Groups.MANAGERS);
        if (!manager && !viewer.isMemberOf(Groups.SALES)) {
            throw Forbidden.because("semaforo.deal.salesOrManagers");
        }
        guards.valid(request, OPEN_BODY);
        String seller = request.sellerUserId();
        if (!manager) {
            customers.get(request.customerId(), viewer); // another seller's customer does not exist for them: 404
            if (seller != null && !seller.equals(viewer.userId())) {
                throw new InvalidInputException("sellerUserId", "semaforo.deal.notASeller");
            }
            seller = viewer.userId();
        } else if (seller != null && !directory.groupsOf(seller).contains(Groups.SALES)) {
            throw new InvalidInputException("sellerUserId", "semaforo.deal.notASeller");
        }
        // a deal opened by hand belongs to no campaign
        Deal deal = deals.open(new NewDeal(request.customerId(), null, request.title(), seller));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(deal.getId()))
                .body(DealView.of(deal));
    }

    @PutMapping("/{id}/attributes")
    @Operation(summary = "Replace the deal's attribute values (its seller and managers)",
            description = "Body {code: value}: every active attribute's value, checked by type (NUMBER, MONEY with at "
                    + "most 2 decimals and not negative, TEXT up to 500 characters, CHOICE one of the choices, DATE "
                    + "yyyy-MM-dd); an active attribute left out (or null) is removed; required ones must be given. "
                    + "Errors name attributes.<code>.")
    @ApiResponse(responseCode = "403", description = "The caller sees the deal but does not work it")
    @ApiResponse(responseCode = "404", description = "No such deal, or another seller's")
    DealDetailView replaceAttributes(@PathVariable long id, @RequestBody Map<String, JsonNode> values) {
        Viewer viewer = Viewer.current();
        Deal deal = deals.get(id, viewer);
        if (!deal.isWorkableBy(viewer)) {
            throw Forbidden.because("semaforo.deal.notWorkable");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((code, value) -> texts.put(code, value == null || value.isNull() ? null : value.asText()));
        attributes.replaceValues(id, texts);
        return detail(deal);
    }

    private DealDetailView detail(Deal deal) {
        Locale locale = LocaleContextHolder.getLocale();
        List<AttributeValueView> values = attributes.valuesOf(deal.getId()).stream()
                .map(value -> AttributeValueView.of(value, locale)).toList();
        return new DealDetailView(DealView.of(deal),
                activities.ofDeal(deal.getId()).stream().map(ActivityView::of).toList(), values);
    }
}
