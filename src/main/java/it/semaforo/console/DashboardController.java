package it.semaforo.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.kpi.KpiLight;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.NotFoundException;

/**
 * The dashboard: renewals in the next 7 days, recall actions to do today (with a one-click "done"), and the KPI
 * lights the viewer may see. Sellers see only their own customers' rows.
 */
@Controller
class DashboardController {

    static final int UPCOMING_DAYS = 7;
    /** Rows per widget; the rest is counted and reachable from the report. */
    static final int WIDGET_ROWS = 100;
    static final String ONLY_PROBLEMS = "console.kpi.onlyProblems";

    /** A recall action with its customer, as a row of the "to do today" widget. */
    record ToDoRow(RecallAction action, Customer customer, boolean overdue) {
    }

    private final Deadlines deadlines;
    private final RecallActions recallActions;
    private final Customers customers;
    private final Kpis kpis;

    DashboardController(Deadlines deadlines, RecallActions recallActions, Customers customers, Kpis kpis) {
        this.deadlines = deadlines;
        this.recallActions = recallActions;
        this.customers = customers;
        this.kpis = kpis;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) Boolean onlyProblems, HttpSession session, Model model) {
        Viewer viewer = Viewer.current();
        String owner = Customers.ownerFilter(viewer);
        Page<Deadline> upcoming = deadlines.upcoming(UPCOMING_DAYS, owner, WIDGET_ROWS);
        model.addAttribute("upcoming", upcoming.getContent());
        model.addAttribute("upcomingTotal", upcoming.getTotalElements());
        model.addAttribute("upcomingDays", UPCOMING_DAYS);
        model.addAttribute("today", deadlines.today());
        List<ToDoRow> toDo = toDoRows(recallActions.toDoToday(owner));
        model.addAttribute("toDo", toDo.stream().limit(WIDGET_ROWS).toList());
        model.addAttribute("toDoTotal", toDo.size());
        addLights(viewer, onlyProblems(onlyProblems, session), model);
        return "console/dashboard";
    }

    /** The KPI widget's list alone (htmx), with the "only errors and warnings" switch remembered in the session. */
    @GetMapping("/dashboard/kpis")
    String lights(@RequestParam(defaultValue = "false") boolean onlyProblems, HttpSession session, Model model) {
        addLights(Viewer.current(), onlyProblems(onlyProblems, session), model);
        return "console/dashboard :: kpi-lights";
    }

    /** "Fatto": marks the recall action done; htmx swaps the row, a plain form post comes back to the dashboard. */
    @PostMapping("/recall-actions/{id}/done")
    String done(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        Viewer viewer = Viewer.current();
        RecallAction action = recallActions.get(id);
        customers.get(action.getCustomerId(), viewer); // 404 unless the viewer may see the customer
        RecallAction done = recallActions.complete(id);
        if (htmx == null) {
            return "redirect:/";
        }
        // the row fragment iterates over toDo: here just the row that changed, with the new last recall date
        model.addAttribute("toDo", List.of(new ToDoRow(done, customers.get(done.getCustomerId()), false)));
        model.addAttribute("today", deadlines.today());
        return "console/dashboard :: todo-row";
    }

    private static boolean onlyProblems(Boolean requested, HttpSession session) {
        if (requested != null) {
            session.setAttribute(ONLY_PROBLEMS, requested);
            return requested;
        }
        return Boolean.TRUE.equals(session.getAttribute(ONLY_PROBLEMS));
    }

    private void addLights(Viewer viewer, boolean onlyProblems, Model model) {
        List<KpiLight> visible = kpis.lights(viewer, false);
        model.addAttribute("lights", visible.stream().filter(light -> !onlyProblems || light.isProblem()).toList());
        model.addAttribute("onlyProblems", onlyProblems);
        // tells "nothing visible to you" from "everything green"
        model.addAttribute("anyKpiVisible", !visible.isEmpty());
    }

    private List<ToDoRow> toDoRows(List<RecallAction> actions) {
        Set<Long> customerIds = actions.stream().map(RecallAction::getCustomerId).collect(Collectors.toSet());
        Map<Long, Customer> byId = customers.byIds(customerIds);
        java.time.LocalDate today = deadlines.today();
        return actions.stream()
                .map(a -> {
                    Customer customer = byId.get(a.getCustomerId());
                    if (customer == null) {
                        throw new NotFoundException("Customer", a.getCustomerId());
                    }
                    return new ToDoRow(a, customer, a.getDueDate().isBefore(today));
                })
                .toList();
    }
}
