package it.semaforo.credit;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.semaforo.TestData;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deals.Deal;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewDeal;

/**
 * Customers with exposure (active deadlines, open deals) and a credit status, for the exposure report's tests. The
 * credit status row is written with SQL, as the credit checks would leave it. Every call makes new records.
 */
@Component
public class ExposureFixtures {

    private final TestData testData;
    private final Deadlines deadlines;
    private final Deals deals;
    private final JdbcTemplate jdbc;

    ExposureFixtures(TestData testData, Deadlines deadlines, Deals deals, JdbcTemplate jdbc) {
        this.testData = testData;
        this.deadlines = deadlines;
        this.deals = deals;
        this.jdbc = jdbc;
    }

    public Customer customer() {
        return testData.customer("it");
    }

    /** An active deadline of the customer for that amount, from a year before its expiry. */
    public Deadline deadline(Customer customer, String amount, LocalDate expiry) {
        Product product = testData.yearlyService();
        return deadlines.create(new NewDeadline(customer.getId(), product.getId(), null, 1, new BigDecimal(amount),
                null, expiry.minusYears(1).plusDays(1), expiry, null, null));
    }

    /** An open deal of the customer with that offer. */
    public Deal openDeal(Customer customer, String offer) {
        Deal deal = deals.open(new NewDeal(customer.getId(), null, "Offerta", null));
        deals.recordOffer(deal.getId(), new BigDecimal(offer), BigDecimal.ZERO, null);
        return deal;
    }

    /** The customer's credit status: light GREEN/YELLOW/RED, class A–E or null, decision or null. */
    public void creditStatus(Customer customer, String light, String ratingClass, boolean notFound,
                             String decision) {
        jdbc.update("""
                insert into credit_status (customer_id, vat_number, light, rating, rating_class, risk_description,
                    protests, procedures, foreclosures, not_found, checked_at, decision, decided_by, decided_at,
                    version)
                values (?, ?, ?, null, ?, null, 0, 0, 0, ?, ?, ?, ?, ?, 0)
                """, customer.getId(), customer.getVatNumber(), light, ratingClass, notFound,
                Timestamp.from(Instant.now()), decision, decision == null ? null : "anna",
                decision == null ? null : Timestamp.from(Instant.now()));
    }
}
