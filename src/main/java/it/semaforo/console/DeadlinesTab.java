package it.semaforo.console;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.platform.Viewer;

/**
 * Every period of every service of the customer with status and days remaining, links to the Cockpit instance that
 * drives it and to the open recall or final-call task in Tasklist, and the "new deadline" button.
 */
@Component
class DeadlinesTab implements CustomerTab {

    private final Deadlines deadlines;
    private final ProcessLinks processLinks;

    DeadlinesTab(Deadlines deadlines, ProcessLinks processLinks) {
        this.deadlines = deadlines;
        this.processLinks = processLinks;
    }

    @Override
    public String id() {
        return "deadlines";
    }

    @Override
    public String titleCode() {
        return "console.tab.deadlines";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "console/tabs/deadlines";
    }

    @Override
    public Map<String, Object> model(Customer customer, Viewer viewer) {
        List<Deadline> periods = deadlines.ofCustomer(customer.getId());
        return Map.of("periods", periods, "processes", processLinks.of(periods), "today", deadlines.today());
    }
}
