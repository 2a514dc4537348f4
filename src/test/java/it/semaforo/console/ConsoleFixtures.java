package it.semaforo.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import it.semaforo.Api;
import it.semaforo.TestData;
import it.semaforo.catalog.Catalog;
import it.semaforo.catalog.DurationUnit;
import it.semaforo.catalog.NewProduct;
import it.semaforo.catalog.Product;
import it.semaforo.catalog.ProductKind;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deadlines.NewRecallAction;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.deadlines.RecallType;
import it.semaforo.platform.Groups;

/**
 * Data for console tests, created through the domain services. Every call makes new records (the database is shared
 * by the whole suite); a fresh seller sees only what the test gives them, which keeps their pages deterministic.
 */
@Component
class ConsoleFixtures {

    private final TestData testData;
    private final Customers customers;
    private final Catalog catalog;
    private final Deadlines deadlines;
    private final RecallActions recallActions;

    ConsoleFixtures(TestData testData, Customers customers, Catalog catalog, Deadlines deadlines,
                    RecallActions recallActions) {
        this.testData = testData;
        this.customers = customers;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.recallActions = recallActions;
    }

    /** A new Camunda user in a group, whose password is its id. */
    String user(String group) {
        return testData.user(group);
    }

    String seller() {
        return user(Groups.SALES);
    }

    static String token() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    Customer customer(String name, String owner) {
        return customer(CustomerKind.CUSTOMER, name, owner);
    }

    Customer customer(CustomerKind kind, String name, String owner) {
        String vat = Api.randomPartitaIva();
        return customers.create(new NewCustomer(kind, name, vat, null,
                "c" + vat + "@example.it", "it", owner));
    }

    Product product(String price) {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        return catalog.addProduct(new NewProduct(code, "Servizio " + code, ProductKind.SERVICE, 1, DurationUnit.YEARS,
                new BigDecimal(price), null));
    }

    /** An active deadline of one year ending on {@code expiry}. */
    Deadline deadline(Customer customer, Product product, LocalDate expiry, String amount) {
        return deadlines.create(new NewDeadline(customer.getId(), product.getId(), null, 1,
                amount == null ? null : new BigDecimal(amount), null, expiry.minusYears(1).plusDays(1), expiry,
                null, null));
    }

    RecallAction recall(Customer customer, LocalDate due, String note) {
        return recallActions.plan(new NewRecallAction(customer.getId(), null, due, RecallType.CALL, note), "test");
    }

    LocalDate today() {
        return deadlines.today();
    }
}
