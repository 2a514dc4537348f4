package it.semaforo.console;

import java.util.Map;

import it.semaforo.customers.Customer;
import it.semaforo.platform.Viewer;

/**
 * A tab of the customer card. Each tab is a Spring bean; the card shows them by {@link #order()} and computes only
 * the model of the tab being shown. A module that comes later (credit, deals) adds its tab by declaring a bean:
 *
 * <pre>{@code
 * @Component
 * class CreditTab implements CustomerTab {
 *     public String id() { return "credit"; }
 *     public String titleCode() { return "credit.tab"; }          // a key of its own message bundle
 *     public int order() { return 50; }
 *     public String template() { return "credit/customer-tab"; }  // a template with th:fragment="panel"
 *     public Map<String, Object> model(Customer customer, Viewer viewer) { return Map.of("checks", ...); }
 * }
 * }</pre>
 *
 * The panel fragment gets the tab's model plus {@code customer}. Built-in tabs: profile (10), timeline (20),
 * deadlines (30), summary (40).
 */
public interface CustomerTab {

    /** URL id of the tab ({@code /customers/42?tab=<id>}) and of its test ids: letters, digits and dashes. */
    String id();

    /** Message key of the tab's title. */
    String titleCode();

    /** Position among the tabs, smallest first. */
    int order();

    /** Thymeleaf template holding a fragment named {@code panel}. */
    String template();

    /** The model of the panel; called only when the tab is shown, for a customer the viewer may see. */
    Map<String, Object> model(Customer customer, Viewer viewer);
}
