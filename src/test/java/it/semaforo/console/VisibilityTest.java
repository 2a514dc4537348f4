package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.platform.Groups;

/**
 * Sellers see only the customers they own, on every console page; managers and administration see all. The REST
 * API applies the same owner condition.
 */
@IntegrationTest
class VisibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    String token;
    Customer sarasCustomer;
    Customer someoneElses;
    Customer nobodys;

    @BeforeEach
    void setUp() {
        token = ConsoleFixtures.token();
        sarasCustomer = fixtures.customer(token + " Di Sara", "sara");
        someoneElses = fixtures.customer(token + " Di Marco", "marco");
        nobodys = fixtures.customer(token + " Di Nessuno", null);
    }

    private static List<String> rows(ConsoleClient.Page page) {
        return page.select("[data-testid=customer-row]").stream().map(r -> r.attr("data-customer-id")).toList();
    }

    @Test
    void saraSeesOnlyHerCustomersAndNoLights() {
        ConsoleClient sara = new ConsoleClient(port).signIn("sara", "sara");
        assertThat(rows(sara.get("/customers?q=" + token).expect(200)))
                .containsExactly(String.valueOf(sarasCustomer.getId()));
        assertThat(sara.get("/customers/" + sarasCustomer.getId()).status()).isEqualTo(200);
        for (Customer hidden : List.of(someoneElses, nobodys)) {
            ConsoleClient.Page card = sara.get("/customers/" + hidden.getId());
            assertThat(card.status()).isEqualTo(404);
            assertThat(card.testId("error-page").attr("data-status")).isEqualTo("404");
            assertThat(card.body()).doesNotContain(hidden.getName());
            assertThat(sara.get("/customers/" + hidden.getId() + "?tab=timeline").status()).isEqualTo(404);
        }
        ConsoleClient.Page dashboard = sara.get("/").expect(200);
        assertThat(dashboard.testIds("kpi-light")).isEmpty();
        assertThat(sara.get("/kpis/CONTRACTS_EXPIRING").status()).isEqualTo(404);
        assertThat(dashboard.testIds("nav-cockpit")).isEmpty();
    }

    @Test
    void managersAndAdministrationSeeEveryCustomer() {
        String administration = fixtures.user(Groups.ADMINISTRATION);
        for (ConsoleClient viewer : List.of(new ConsoleClient(port).signIn("demo", "demo"),
                new ConsoleClient(port).signIn(administration, administration))) {
            assertThat(rows(viewer.get("/customers?q=" + token).expect(200))).containsExactlyInAnyOrder(
                    String.valueOf(sarasCustomer.getId()), String.valueOf(someoneElses.getId()),
                    String.valueOf(nobodys.getId()));
            assertThat(viewer.get("/customers/" + someoneElses.getId()).status()).isEqualTo(200);
            assertThat(viewer.get("/").testIds("kpi-light")).isNotEmpty();
        }
    }

    @Test
    void theApiHasTheSameOwnerConditionForSellers() {
        Api api = new Api(rest);
        assertThat(api.get("/api/customers/" + someoneElses.getId()).code()).isEqualTo(404);
        assertThat(api.get("/api/customers?q=" + token).json().get("totalItems").asInt()).isEqualTo(1);
    }
}
