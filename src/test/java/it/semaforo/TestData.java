package it.semaforo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import it.semaforo.catalog.Catalog;
import it.semaforo.catalog.DurationUnit;
import it.semaforo.catalog.NewProduct;
import it.semaforo.catalog.Product;
import it.semaforo.catalog.ProductKind;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/** Builds customers and products with fresh, valid identifiers, so tests sharing one database never clash. */
@Component
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Customers customers;
    private final Catalog catalog;
    private final IdentityService identity;

    TestData(Customers customers, Catalog catalog, IdentityService identity) {
        this.customers = customers;
        this.catalog = catalog;
        this.identity = identity;
    }

    /** A new Camunda user in a group, whose password is its id. */
    public String user(String group) {
        // Camunda's default id pattern: letters and digits only
        String id = group.replaceAll("[^A-Za-z0-9]", "") + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        user.setPassword(id);
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    public Customer customer(String language) {
        String vat = Api.randomPartitaIva();
        return customers.create(new NewCustomer(CustomerKind.CUSTOMER, "Cliente " + vat, vat, null,
                "cliente" + vat + "@example.it", language, "sara"));
    }

    public Product yearlyService() {
        return product(1, DurationUnit.YEARS, null);
    }

    public Product product(int amount, DurationUnit unit, List<Integer> reminderOffsets) {
        String code = "P" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        return catalog.addProduct(new NewProduct(code, "Assistenza " + code, ProductKind.SERVICE, amount, unit,
                new BigDecimal("450.00"), reminderOffsets));
    }
}
