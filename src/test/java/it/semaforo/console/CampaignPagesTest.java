package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.deals.DealFilter;
import it.semaforo.deals.DealFixtures;
import it.semaforo.deals.Deals;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/**
 * "Campagne", for managers: the preview's count and first targets, the launch from the form (one deal per target,
 * shown on the campaign's page), errors next to the fields, 403 for everyone else. Every filter names a sector made
 * up for the test, so it selects only the test's customers.
 */
@IntegrationTest
class CampaignPagesTest {

    @LocalServerPort int port;
    @Autowired DealFixtures fixtures;
    @Autowired Deals deals;

    static final Viewer DEMO = new Viewer("demo", Set.of(Groups.MANAGERS));

    String sector;
    Customer milan;
    Customer romeProspect;
    ConsoleClient manager;

    @BeforeEach
    void setUp() {
        sector = DealFixtures.sector();
        milan = fixtures.customer(CustomerKind.CUSTOMER, fixtures.user(Groups.SALES), "MI", sector);
        romeProspect = fixtures.customer(CustomerKind.PROSPECT, fixtures.user(Groups.SALES), "RM", sector);
        fixtures.customer(CustomerKind.SUPPLIER, fixtures.user(Groups.SALES), "MI", sector);
        manager = new ConsoleClient(port).signIn("demo", "demo");
        assertThat(manager.get("/campaigns").expect(200).testId("nav-campaigns").hasClass("active")).isTrue();
    }

    private static Map<String, String> form(String... nameValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("name", "description", "kind", "prospectState", "provinces", "sectors",
                "expiringFrom", "expiringTo")) {
            form.put(field, "");
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put(nameValues[i], nameValues[i + 1]);
        }
        return form;
    }

    @Test
    void thePreviewCountsTheTargetsAndListsThemWithoutLaunchingAnything() {
        ConsoleClient.Page preview = manager.post("/campaigns/preview", form("sectors", sector.toUpperCase()), true)
                .expect(200);

        assertThat(preview.testId("preview").attr("data-count")).isEqualTo("2");
        assertThat(preview.testId("preview-count").text()).isEqualTo("Il filtro seleziona 2 clienti");
        assertThat(preview.testIds("preview-row")).extracting(row -> row.attr("data-customer-id"))
                .containsExactly(milan.getId().toString(), romeProspect.getId().toString());
        assertThat(preview.testId("field-sectors").attr("value")).as("the form keeps what was typed")
                .isEqualTo(sector.toUpperCase());

        ConsoleClient.Page narrower = manager.post("/campaigns/preview",
                form("sectors", sector, "kind", "PROSPECT", "provinces", "rm"), true).expect(200);
        assertThat(narrower.testIds("preview-row")).singleElement()
                .satisfies(row -> assertThat(row.attr("data-customer-id")).isEqualTo(romeProspect.getId().toString()));
        assertThat(deals.search(new DealFilter(null, null, null, milan.getId()), DEMO, PageRequest.of(0, 1)))
                .as("a preview opens no deal").isEmpty();
    }

    @Test
    void aManagerLaunchesTheCampaignAndSeesItsDeals() {
        String name = Api.unique("Rinnovi primavera");
        ConsoleClient.Page launched = manager.post("/campaigns", form("name", name, "sectors", sector), true)
                .expect(302);
        String location = launched.location();
        assertThat(location).matches(".*/campaigns/\\d+\\?launched");

        ConsoleClient.Page campaign = manager.get(location.substring(location.indexOf("/campaigns"))).expect(200);

        assertThat(campaign.testId("campaign-name").text()).isEqualTo(name);
        assertThat(campaign.testId("campaign-launched").text()).isEqualTo("Campagna avviata: 2 trattative aperte.");
        assertThat(campaign.testId("campaign-targets").text()).isEqualTo("2");
        assertThat(campaign.selectFirst("[data-testid=campaign-by-phase] [data-phase=UserTask_Qualify]").text())
                .isEqualTo("Qualifica telefonica: 2");
        assertThat(campaign.testIds("deal-row")).extracting(row -> row.attr("data-customer-id"))
                .containsExactlyInAnyOrder(milan.getId().toString(), romeProspect.getId().toString());
        for (Element row : campaign.testIds("deal-row")) {
            assertThat(row.selectFirst("[data-testid=deal-phase]").text()).isEqualTo("Qualifica telefonica");
            assertThat(row.select("[data-testid=tasklist-link]")).hasSize(1);
        }

        String id = campaign.testId("campaign-page").attr("data-campaign-id");
        Element listed = manager.get("/campaigns").expect(200)
                .selectFirst("[data-testid=campaign-row][data-campaign-id=" + id + "]");
        assertThat(listed.selectFirst("[data-testid=campaign-targets]").text()).isEqualTo("2");
        assertThat(listed.selectFirst("[data-testid=campaign-OPEN]").text()).isEqualTo("2");
        assertThat(listed.selectFirst("[data-testid=campaign-WON]").text()).isEqualTo("0");
    }

    @Test
    void badFiltersAreShownNextToTheirFieldsAndLaunchNothing() {
        String name = Api.unique("Errata");
        ConsoleClient.Page province = manager.post("/campaigns", form("name", name, "sectors", sector,
                "provinces", "MI, Milano"), true).expect(400);
        assertThat(province.testId("error-provinces").text())
                .isEqualTo("deve essere la sigla di due lettere della provincia (es. MI)");
        assertThat(province.testId("field-provinces").attr("value")).isEqualTo("MI, Milano");

        ConsoleClient.Page range = manager.post("/campaigns/preview?lang=en", form("sectors", sector,
                "expiringFrom", "2030-05-31", "expiringTo", "2030-05-01"), true).expect(400);
        assertThat(range.testId("error-expiringTo").text()).isEqualTo("The end of the range is before its start.");
        assertThat(range.testIds("preview")).isEmpty();

        ConsoleClient.Page unnamed = manager.post("/campaigns?lang=it", form("sectors", sector), true).expect(400);
        assertThat(unnamed.testId("error-name").text()).isEqualTo("Campo obbligatorio.");

        ConsoleClient.Page nobody = manager.post("/campaigns", form("name", name,
                "sectors", DealFixtures.sector()), true).expect(400);
        assertThat(nobody.testId("form-errors").text()).isEqualTo("Il filtro non seleziona nessun cliente o prospect.");

        ConsoleClient.Page date = manager.post("/campaigns/preview", form("sectors", sector,
                "expiringFrom", "31/05/2030"), true).expect(400);
        assertThat(date.testId("error-expiringFrom").text()).isEqualTo("Formato non valido.");

        assertThat(manager.get("/campaigns").expect(200).body()).doesNotContain(name);
        assertThat(manager.get("/deals").expect(200).body()).doesNotContain(name);
    }

    @Test
    void onlyManagersHaveTheCampaignsAndRulesPages() {
        assertThat(manager.get("/").testIds("nav-assignment-rules")).hasSize(1);
        for (String group : List.of(Groups.SALES, Groups.ADMINISTRATION, Groups.CALLCENTER)) {
            String user = fixtures.user(group);
            ConsoleClient browser = new ConsoleClient(port).signIn(user, user);
            ConsoleClient.Page home = browser.get("/").expect(200);
            assertThat(home.testIds("nav-deals")).as(group).hasSize(1);
            assertThat(home.testIds("nav-campaigns")).as(group).isEmpty();
            assertThat(home.testIds("nav-assignment-rules")).as(group).isEmpty();
            assertThat(browser.get("/campaigns").status()).as(group).isEqualTo(403);
            assertThat(browser.get("/assignment-rules").status()).as(group).isEqualTo(403);
            browser.get("/deals").expect(200);
            assertThat(browser.post("/campaigns", form("name", "x", "sectors", sector), true).status()).as(group)
                    .isEqualTo(403);
            assertThat(browser.post("/assignment-rules/apply", Map.of(), true).status()).as(group).isEqualTo(403);
        }
    }
}
