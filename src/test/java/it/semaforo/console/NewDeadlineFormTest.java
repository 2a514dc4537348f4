package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import it.semaforo.IntegrationTest;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineFilter;
import it.semaforo.deadlines.Deadlines;

/** "Nuova scadenza" on the customer card: the domain's validation next to each field, creation with its process. */
@IntegrationTest
class NewDeadlineFormTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    Deadlines deadlines;

    @Autowired
    RuntimeService runtime;

    ConsoleClient browser;
    String seller;
    Customer customer;
    Product product;
    LocalDate today;

    @BeforeEach
    void setUp() {
        seller = fixtures.seller();
        browser = new ConsoleClient(port).signIn(seller, seller);
        customer = fixtures.customer(ConsoleFixtures.token() + " Nuove Srl", seller);
        product = fixtures.product("450.00");
        today = fixtures.today();
    }

    private ConsoleClient.Page submit(Map<String, String> fields) {
        browser.get("/customers/" + customer.getId() + "/deadlines/new").expect(200);
        return browser.post("/customers/" + customer.getId() + "/deadlines", fields, true);
    }

    private static Map<String, String> form(Object... nameValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("productId", "startDate", "expiryDate", "quantity", "amount", "description",
                "notes")) {
            form.put(field, "");
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put((String) nameValues[i], String.valueOf(nameValues[i + 1]));
        }
        return form;
    }

    private long deadlinesOfCustomer() {
        return deadlines.search(new DeadlineFilter(null, null, null, null, null, customer.getId()),
                PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void theFormOpensOnTheDeadlinesTabWithSensibleDefaults() {
        ConsoleClient.Page page = browser.get("/customers/" + customer.getId() + "/deadlines/new").expect(200);
        assertThat(page.testId("tab-deadlines").attr("aria-selected")).isEqualTo("true");
        assertThat(page.testId("deadline-form").attr("action")).isEqualTo("/customers/" + customer.getId() + "/deadlines");
        assertThat(page.testId("field-startDate").val()).isEqualTo(today.toString());
        assertThat(page.testId("field-quantity").val()).isEqualTo("1");
        assertThat(page.select("[data-testid=field-productId] option")).extracting(o -> o.attr("value"))
                .contains(String.valueOf(product.getId()));
        assertThat(page.testIds("new-deadline")).as("the button is replaced by the form").isEmpty();
    }

    @Test
    void requiredFieldsAndConstraintsAreShownNextToTheirFields() {
        ConsoleClient.Page page = submit(form("startDate", "", "quantity", "0", "amount", "-1")).expect(400);
        assertThat(page.testId("error-productId").text()).isEqualTo("Campo obbligatorio.");
        assertThat(page.testId("error-startDate").text()).isEqualTo("Campo obbligatorio.");
        assertThat(page.testId("error-quantity").text()).isNotBlank();
        assertThat(page.testId("error-amount").text()).isNotBlank();
        assertThat(page.testIds("error-expiryDate")).isEmpty();
        assertThat(page.testId("field-amount").val()).as("what was typed stays").isEqualTo("-1");
        assertThat(deadlinesOfCustomer()).isZero();
    }

    @Test
    void valuesOfTheWrongTypeAreFieldErrorsNotServerErrors() {
        ConsoleClient.Page page = submit(form("productId", product.getId(), "startDate", "31/02/2026",
                "amount", "abc")).expect(400);
        assertThat(page.testId("error-startDate").text()).isEqualTo("Formato non valido.");
        assertThat(page.testId("error-amount").text()).isEqualTo("Formato non valido.");
        assertThat(page.testId("field-startDate").val()).as("what was typed stays").isEqualTo("31/02/2026");
    }

    @Test
    void theDomainsDateRulesAreShownOnTheExpiryField() {
        ConsoleClient.Page past = submit(form("productId", product.getId(), "startDate", today.minusYears(1),
                "expiryDate", today.minusDays(1))).expect(400);
        assertThat(past.testId("error-expiryDate").text())
                .isEqualTo("La data di scadenza non può essere nel passato.");

        ConsoleClient.Page inverted = submit(form("productId", product.getId(), "startDate", today.plusDays(10),
                "expiryDate", today.plusDays(5))).expect(400);
        assertThat(inverted.testId("error-expiryDate").text())
                .isEqualTo("La data di scadenza non può precedere la data di inizio.");

        ConsoleClient.Page unknownProduct = submit(form("productId", 999999999, "startDate", today)).expect(400);
        assertThat(unknownProduct.testId("error-productId").text()).isEqualTo("Non esiste.");
        assertThat(deadlinesOfCustomer()).isZero();
    }

    @Test
    void aValidDeadlineIsCreatedWithItsProcessAndShownInTheCard() {
        ConsoleClient.Page created = submit(form("productId", product.getId(), "startDate", today.minusDays(5),
                "quantity", 2, "notes", "Dal form della console")).expect(302);
        String location = created.location();
        assertThat(location).contains("/customers/" + customer.getId() + "?tab=deadlines&created=");
        long id = Long.parseLong(location.replaceAll(".*created=(\\d+).*", "$1"));
        assertThat(location).endsWith("#deadline-" + id);

        Deadline deadline = deadlines.get(id);
        assertThat(deadline.getCustomer().getId()).isEqualTo(customer.getId());
        assertThat(deadline.getAmount()).isEqualByComparingTo(new BigDecimal("900.00")); // list price × quantity
        assertThat(deadline.getExpiryDate()).isEqualTo(today.minusDays(5).plusYears(1).minusDays(1));
        assertThat(deadline.getNotes()).isEqualTo("Dal form della console");
        assertThat(deadline.getProcessInstanceId()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deadline.getProcessInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(String.valueOf(id));

        ConsoleClient.Page card = browser.get("/customers/" + customer.getId() + "?tab=deadlines&created=" + id);
        assertThat(card.testId("deadline-created").text()).contains(String.valueOf(id));
        assertThat(card.selectFirst("#deadline-" + id).hasClass("highlight")).isTrue();
    }

    @Test
    void aSellerCannotAddDeadlinesToAnotherSellersCustomer() {
        Customer others = fixtures.customer(ConsoleFixtures.token() + " Altri Srl", "someoneelse");
        assertThat(browser.get("/customers/" + others.getId() + "/deadlines/new").status()).isEqualTo(404);
        browser.get("/").expect(200);
        assertThat(browser.post("/customers/" + others.getId() + "/deadlines",
                form("productId", product.getId(), "startDate", today), true).status()).isEqualTo(404);
        assertThat(deadlines.search(new DeadlineFilter(null, null, null, null, null, others.getId()),
                PageRequest.of(0, 1)).getTotalElements()).isZero();
    }
}
