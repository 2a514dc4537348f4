package it.semaforo.console;

import java.util.Map;

import org.springframework.stereotype.Component;

import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.platform.Viewer;

/** The financial summary: count and amount of active and of concluded (renewed, expired, cancelled) deadlines. */
@Component
class SummaryTab implements CustomerTab {

    private final Deadlines deadlines;

    SummaryTab(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String titleCode() {
        return "console.tab.summary";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "console/tabs/summary";
    }

    @Override
    public Map<String, Object> model(Customer customer, Viewer viewer) {
        return Map.of("summary", deadlines.summary(customer.getId()));
    }
}
