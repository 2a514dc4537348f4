package it.semaforo.console;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.catalog.Catalog;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.ProspectState;
import it.semaforo.deals.Campaign;
import it.semaforo.deals.CampaignFilter;
import it.semaforo.deals.Campaigns;
import it.semaforo.deals.DealFilter;
import it.semaforo.deals.DealStatus;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewCampaign;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * "Campagne", for managers: the commercial actions with their targets and deals by status, and the "new campaign"
 * form whose "Anteprima" shows how many customers the filter selects (and the first of them) and whose "Avvia"
 * launches it, one deal per target, then shows the campaign with its deals.
 */
@Controller
class CampaignPagesController {

    static final int PAGE_SIZE = 20;

    /** A campaign as a row of the list. */
    record CampaignRow(Campaign campaign, Map<DealStatus, Long> dealsByStatus) {
    }

    private final Campaigns campaigns;
    private final Deals deals;
    private final DealRows dealRows;
    private final Catalog catalog;
    private final FormErrors formErrors;

    CampaignPagesController(Campaigns campaigns, Deals deals, DealRows dealRows, Catalog catalog,
                            FormErrors formErrors) {
        this.campaigns = campaigns;
        this.deals = deals;
        this.dealRows = dealRows;
        this.catalog = catalog;
        this.formErrors = formErrors;
    }

    /** Runs before the form is read: others get the 403 page whatever they send. */
    @ModelAttribute
    void managersOnly() {
        if (!Viewer.current().isMemberOf(Groups.MANAGERS)) {
            throw new ConsoleErrors.Forbidden();
        }
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("campaignForm", new CampaignForm());
        return render(page, model);
    }

    @PostMapping("/campaigns/preview")
    String preview(@ModelAttribute("campaignForm") CampaignForm form, BindingResult binding,
                   HttpServletResponse response, Model model) {
        CampaignFilter filter = form.toFilter();
        formErrors.validate(filter, binding);
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("preview", campaigns.preview(filter));
                return render(0, model);
            } catch (InvalidInputException refused) {
                formErrors.reject(refused, binding);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(0, model);
    }

    @PostMapping("/campaigns")
    String launch(@ModelAttribute("campaignForm") CampaignForm form, BindingResult binding,
                  HttpServletResponse response, Model model) {
        NewCampaign request = form.toRequest();
        formErrors.validate(request, binding);
        if (!binding.hasErrors()) {
            try {
                Campaign campaign = campaigns.launch(request, Viewer.current().userId());
                return "redirect:/campaigns/" + campaign.getId() + "?launched";
            } catch (InvalidInputException refused) {
                formErrors.reject(refused, binding);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(0, model);
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("dealsByStatus", deals.countByStatus(id));
        model.addAttribute("dealsByPhase", deals.countByPhase(id));
        model.addAttribute("results", dealRows.page(new DealFilter(null, null, id, null), Viewer.current(), 0));
        model.addAttribute("params", new DealPagesController.Params(null, null, id));
        return "console/campaign";
    }

    private String render(int page, Model model) {
        Page<Campaign> found = campaigns.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "id")));
        model.addAttribute("campaigns", found.map(c -> new CampaignRow(c, deals.countByStatus(c.getId()))));
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("kinds", List.of(CustomerKind.CUSTOMER, CustomerKind.PROSPECT));
        model.addAttribute("prospectStates", ProspectState.values());
        model.addAttribute("products", catalog.products());
        return "console/campaigns";
    }
}
