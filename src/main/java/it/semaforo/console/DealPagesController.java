package it.semaforo.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import it.semaforo.deals.Activities;
import it.semaforo.deals.AttributeValue;
import it.semaforo.deals.Campaigns;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealAttributes;
import it.semaforo.deals.DealFilter;
import it.semaforo.deals.DealStatus;
import it.semaforo.deals.Deals;
import it.semaforo.platform.Viewer;

/**
 * "Trattative": the deals the viewer may see (sellers their own, as {@link Deals#search} decides) with status, phase
 * and campaign filters, paging and a link to each deal's open task in Tasklist; and one deal's page with what was
 * done on it and its attribute values.
 */
@Controller
class DealPagesController {

    /** Campaigns the filter offers, newest first. */
    static final int CAMPAIGN_CHOICES = 100;
    /** Phases of the deal model that have a label; a phase added in Modeler shows its task id. */
    static final List<String> KNOWN_PHASES = List.of("NEW", "UserTask_Qualify", "UserTask_Meeting", "UserTask_Offer",
            "UserTask_Approval", "UserTask_Negotiation");

    /** The list's filters as the query string carries them. */
    record Params(DealStatus status, String phase, Long campaignId) {

        DealFilter filter() {
            return new DealFilter(status, phase, campaignId, null);
        }

        /** The list with these filters on another page. */
        public String url(Integer page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/deals");
            add(uri, "status", status);
            add(uri, "phase", phase);
            add(uri, "campaignId", campaignId);
            add(uri, "page", page == null || page == 0 ? null : page);
            return uri.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder uri, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        }
    }

    /** An attribute value as people read it: money and dates in the reader's format. */
    record AttributeRow(String code, String label, String value) {
    }

    private final Deals deals;
    private final DealRows dealRows;
    private final Campaigns campaigns;
    private final Activities activities;
    private final DealAttributes attributes;
    private final ConsoleFormat format;

    DealPagesController(Deals deals, DealRows dealRows, Campaigns campaigns, Activities activities,
                        DealAttributes attributes, ConsoleFormat format) {
        this.deals = deals;
        this.dealRows = dealRows;
        this.campaigns = campaigns;
        this.activities = activities;
        this.attributes = attributes;
        this.format = format;
    }

    @GetMapping("/deals")
    String list(Params params, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("params", params);
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("phases", KNOWN_PHASES);
        model.addAttribute("campaignChoices", campaigns.list(PageRequest.of(0, CAMPAIGN_CHOICES,
                Sort.by(Sort.Direction.DESC, "id"))).getContent());
        model.addAttribute("results", dealRows.page(params.filter(), Viewer.current(), page));
        return "console/deals";
    }

    @GetMapping("/deals/{id}")
    String deal(@PathVariable long id, Model model) {
        Deal deal = deals.get(id, Viewer.current()); // another seller's deal does not exist for them: 404
        model.addAttribute("row", dealRows.row(deal));
        model.addAttribute("activities", activities.ofDeal(id));
        model.addAttribute("attributes", attributes.valuesOf(id).stream().map(this::attributeRow).toList());
        return "console/deal";
    }

    private AttributeRow attributeRow(AttributeValue value) {
        String shown = switch (value.attribute().getType()) {
            case MONEY -> format.money(new BigDecimal(value.value()));
            case DATE -> format.date(LocalDate.parse(value.value()));
            default -> value.value();
        };
        return new AttributeRow(value.attribute().getCode(),
                value.attribute().label(LocaleContextHolder.getLocale()), shown);
    }
}
