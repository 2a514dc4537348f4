package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.deals.Activities;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.NewActivity;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/** Prospects in the console: the state filter, archive and reopen on the card, activities in the timeline. */
@IntegrationTest
class ProspectPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    Customers customers;

    @Autowired
    Activities activities;

    String seller;
    ConsoleClient browser;
    String token;

    @BeforeEach
    void setUp() {
        seller = fixtures.seller();
        browser = new ConsoleClient(port).signIn(seller, seller);
        token = ConsoleFixtures.token();
    }

    private Customer prospect(String name) {
        return fixtures.customer(CustomerKind.PROSPECT, token + " " + name, seller);
    }

    private static List<String> rows(ConsoleClient.Page page) {
        return page.select("[data-testid=customer-row]").stream().map(r -> r.attr("data-customer-id")).toList();
    }

    @Test
    void theListFiltersByProspectState() {
        Customer working = prospect("In corso");
        Customer archived = prospect("Archiviato");
        customers.archive(archived.getId(), "Nessun budget", new Viewer(seller, Set.of(Groups.SALES)));

        ConsoleClient.Page page = browser.get("/customers?q=" + token + "&prospectState=ARCHIVED").expect(200);
        assertThat(rows(page)).containsExactly(String.valueOf(archived.getId()));
        assertThat(page.testIds("archived-badge")).hasSize(1);
        assertThat(page.testId("prospect-state-filter").selectFirst("option[selected]").val()).isEqualTo("ARCHIVED");
        assertThat(rows(browser.get("/customers?q=" + token + "&prospectState=IN_PROGRESS")))
                .containsExactly(String.valueOf(working.getId()));
    }

    @Test
    void theOwnerArchivesWithAReasonAndReopens() {
        Customer prospect = prospect("Da archiviare");
        String card = "/customers/" + prospect.getId();
        ConsoleClient.Page page = browser.get(card).expect(200);
        assertThat(page.testId("prospect-state").attr("data-state")).isEqualTo("IN_PROGRESS");

        ConsoleClient.Page refused = browser.post(card + "/archive", Map.of("reason", " "), true).expect(400);
        assertThat(refused.testId("error-reason").text()).isEqualTo("Indica il motivo dell'archiviazione.");

        browser.post(card + "/archive", Map.of("reason", "Ha scelto un concorrente"), true).expect(302);
        page = browser.get(card).expect(200);
        assertThat(page.testId("prospect-state").attr("data-state")).isEqualTo("ARCHIVED");
        assertThat(page.testId("archive-reason").text()).isEqualTo("Ha scelto un concorrente");
        assertThat(page.testIds("archive-form")).isEmpty();

        browser.post(card + "/reopen", Map.of(), true).expect(302);
        page = browser.get(card).expect(200);
        assertThat(page.testId("prospect-state").attr("data-state")).isEqualTo("IN_PROGRESS");
        assertThat(page.testIds("archive-reason")).isEmpty();
    }

    @Test
    void theCallCenterSeesTheCardButDoesNotArchive() {
        Customer prospect = prospect("Sola lettura");
        ConsoleClient carlo = new ConsoleClient(port).signIn("carlo", "carlo");
        ConsoleClient.Page page = carlo.get("/customers/" + prospect.getId()).expect(200);
        assertThat(page.testIds("archive-form")).isEmpty();
        carlo.post("/customers/" + prospect.getId() + "/archive", Map.of("reason", "x"), true).expect(403);
        assertThat(customers.get(prospect.getId()).getArchiveReason()).isNull();
        carlo.get("/customers/" + prospect.getId() + "/deadlines/new").expect(403);
    }

    @Test
    void theTimelineShowsActivities() {
        Customer prospect = prospect("Con note");
        activities.record(new NewActivity(prospect.getId(), null, ActivityType.CALL, "callcenter", "carlo", null, 7,
                "Interessato al rinnovo", null));

        ConsoleClient.Page page = browser.get("/customers/" + prospect.getId() + "?tab=timeline").expect(200);
        var items = page.select("[data-testid=timeline-item][data-kind=ACTIVITY]");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).text()).contains("Telefonata di carlo (7 min): Interessato al rinnovo");
    }
}
