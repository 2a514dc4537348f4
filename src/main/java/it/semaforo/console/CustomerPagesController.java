package it.semaforo.console;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.ProspectState;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * The customer list (search, kind and prospect-state filters, paging) and the customer card with its tabs, the
 * new-deadline form and the archive / reopen actions of prospects.
 */
@Controller
class CustomerPagesController {

    static final int PAGE_SIZE = 20;

    private final Customers customers;
    private final Deadlines deadlines;
    private final Catalog catalog;
    private final List<CustomerTab> tabs;
    private final FormErrors formErrors;

    CustomerPagesController(Customers customers, Deadlines deadlines, Catalog catalog, List<CustomerTab> tabs,
                            FormErrors formErrors) {
        this.customers = customers;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(CustomerTab::order)).toList();
        this.formErrors = formErrors;
    }

    @GetMapping("/customers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CustomerKind kind,
                @RequestParam(required = false) ProspectState prospectState,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Viewer viewer = Viewer.current();
        var results = customers.search(kind, prospectState, q, Customers.ownerFilter(viewer),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id")));
        model.addAttribute("results", results);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("prospectState", prospectState);
        model.addAttribute("prospectStates", ProspectState.values());
        return "console/customers";
    }

    @GetMapping("/customers/{id}")
    String card(@PathVariable long id, @RequestParam(required = false) String tab,
                @RequestParam(required = false) Long created, Model model) {
        Viewer viewer = Viewer.current();
        Customer customer = customers.get(id, viewer);
        model.addAttribute("created", created);
        return render(customer, viewer, tab, model);
    }

    @GetMapping("/customers/{id}/deadlines/new")
    String newDeadline(@PathVariable long id, Model model) {
        Viewer viewer = Viewer.current();
        Customer customer = customers.getForChange(id, viewer);
        model.addAttribute("deadlineForm", DeadlineForm.startingOn(deadlines.today()));
        return renderForm(customer, viewer, model);
    }

    @PostMapping("/customers/{id}/deadlines")
    String createDeadline(@PathVariable long id, @ModelAttribute("deadlineForm") DeadlineForm form,
                          BindingResult binding, HttpServletResponse response, Model model) {
        Viewer viewer = Viewer.current();
        Customer customer = customers.getForChange(id, viewer);
        var request = form.toRequest(id);
        formErrors.validate(request, binding);
        if (!binding.hasErrors()) {
            try {
                Deadline deadline = deadlines.create(request);
                return "redirect:/customers/" + id + "?tab=deadlines&created=" + deadline.getId()
                        + "#deadline-" + deadline.getId();
            } catch (InvalidInputException refused) {
                formErrors.reject(refused, binding);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return renderForm(customer, viewer, model);
    }

    @PostMapping("/customers/{id}/archive")
    String archive(@PathVariable long id, @RequestParam(required = false) String reason,
                   HttpServletResponse response, Model model) {
        Viewer viewer = Viewer.current();
        try {
            customers.archive(id, reason, viewer);
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("archiveError", refused);
            return render(customers.get(id, viewer), viewer, "profile", model);
        }
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/reopen")
    String reopen(@PathVariable long id) {
        customers.reopen(id, Viewer.current());
        return "redirect:/customers/" + id;
    }

    private String renderForm(Customer customer, Viewer viewer, Model model) {
        model.addAttribute("showDeadlineForm", true);
        model.addAttribute("products", catalog.products());
        return render(customer, viewer, "deadlines", model);
    }

    private String render(Customer customer, Viewer viewer, String tabId, Model model) {
        CustomerTab selected = tabs.stream().filter(t -> t.id().equals(tabId)).findFirst().orElse(tabs.get(0));
        model.addAttribute("customer", customer);
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", selected);
        model.addAllAttributes(selected.model(customer, viewer));
        return "console/customer";
    }
}
