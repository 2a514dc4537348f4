package it.semaforo.console;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import it.semaforo.customers.AssignmentRule;
import it.semaforo.customers.AssignmentRuleRequest;
import it.semaforo.customers.AssignmentRules;
import it.semaforo.customers.AssignmentStrategy;
import it.semaforo.customers.OwnerRole;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * "Regole di assegnazione", for managers: the rules in the order they are tried, a form to add or change one, delete,
 * and "Applica ora", which applies the active rules to every customer and prospect (keeping the owners they have)
 * and shows what it did.
 */
@Controller
class AssignmentRulePagesController {

    private final AssignmentRules rules;
    private final FormErrors formErrors;

    AssignmentRulePagesController(AssignmentRules rules, FormErrors formErrors) {
        this.rules = rules;
        this.formErrors = formErrors;
    }

    /** Runs before the form is read: others get the 403 page whatever they send. */
    @ModelAttribute
    void managersOnly() {
        if (!Viewer.current().isMemberOf(Groups.MANAGERS)) {
            throw new ConsoleErrors.Forbidden();
        }
    }

    @GetMapping("/assignment-rules")
    String list(Model model) {
        model.addAttribute("ruleForm", new AssignmentRuleForm());
        return render(null, model);
    }

    @GetMapping("/assignment-rules/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("ruleForm", AssignmentRuleForm.of(rules.get(id)));
        return render(id, model);
    }

    @PostMapping("/assignment-rules")
    String create(@ModelAttribute("ruleForm") AssignmentRuleForm form, BindingResult binding,
                  HttpServletResponse response, Model model) {
        return save(null, form, binding, response, model);
    }

    @PostMapping("/assignment-rules/{id}")
    String update(@PathVariable long id, @ModelAttribute("ruleForm") AssignmentRuleForm form, BindingResult binding,
                  HttpServletResponse response, Model model) {
        rules.get(id);
        return save(id, form, binding, response, model);
    }

    @PostMapping("/assignment-rules/{id}/delete")
    String delete(@PathVariable long id) {
        rules.delete(id);
        return "redirect:/assignment-rules?deleted";
    }

    @PostMapping("/assignment-rules/apply")
    String apply(Model model) {
        model.addAttribute("report", rules.apply(false));
        model.addAttribute("ruleForm", new AssignmentRuleForm());
        return render(null, model);
    }

    private String save(Long id, AssignmentRuleForm form, BindingResult binding, HttpServletResponse response,
                        Model model) {
        AssignmentRuleRequest request = form.toRequest();
        formErrors.validate(request, binding);
        if (!binding.hasErrors()) {
            try {
                AssignmentRule rule = id == null ? rules.create(request) : rules.update(id, request);
                return "redirect:/assignment-rules?saved=" + rule.getId() + "#rule-" + rule.getId();
            } catch (InvalidInputException refused) {
                formErrors.reject(refused, binding);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(id, model);
    }

    /** The page with the rules and the form, which edits the rule {@code editing} (null: adds one). */
    private String render(Long editing, Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("editing", editing);
        model.addAttribute("roles", OwnerRole.values());
        model.addAttribute("strategies", AssignmentStrategy.values());
        return "console/assignment-rules";
    }
}
