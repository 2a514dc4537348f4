package it.semaforo;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

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

    TestData(Customers customers, Catalog catalog) {
        this.customers = customers;
        this.catalog = catalog;
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
