package it.semaforo.deals.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deals.DealFixtures;
import it.semaforo.platform.Groups;

/** Commercial actions: previewing a filter, launching one deal (and process) per target, counts, rights. */
@IntegrationTest
class CampaignApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired DealFixtures fixtures;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired TaskService tasks;

    private String sector;
    private String sellerA;
    private String sellerB;
    private Customer milanCustomer;
    private Customer romeProspect;

    @BeforeEach
    void setUp() {
        sector = DealFixtures.sector();
        sellerA = fixtures.user(Groups.SALES);
        sellerB = fixtures.user(Groups.SALES);
        milanCustomer = fixtures.customer(CustomerKind.CUSTOMER, sellerA, "MI", sector);
        romeProspect = fixtures.customer(CustomerKind.PROSPECT, sellerB, "RM", sector);
        fixtures.customer(CustomerKind.SUPPLIER, sellerA, "MI", sector);
        fixtures.customer(CustomerKind.CUSTOMER, sellerA, "MI", DealFixtures.sector());
    }

    @Test
    void aLaunchOpensOneDealPerTargetForTheTargetsSellerEachWaitingForTheCallCenter() {
        Api.Response launched = asDemo(HttpMethod.POST, "/api/campaigns", body("name", "Rinnovi primavera",
                "description", "Clienti del settore", "filter", body("sectors", List.of(sector.toUpperCase()))));

        launched.expect(201);
        JsonNode campaign = launched.json();
        assertThat(launched.headers().getLocation().getPath()).isEqualTo("/api/campaigns/" + campaign.get("id").asLong());
        assertThat(campaign.get("targetCount").asInt()).as("customers and prospects, no supplier").isEqualTo(2);
        assertThat(campaign.get("createdBy").asText()).isEqualTo("demo");
        assertThat(campaign.get("filter").get("sectors").get(0).asText()).isEqualTo(sector.toUpperCase());

        JsonNode deals = asDemo(HttpMethod.GET, "/api/deals?campaignId=" + campaign.get("id").asLong(), null)
                .expect(200).json();
        assertThat(deals.get("totalItems").asInt()).isEqualTo(2);
        Map<Long, String> sellerByCustomer = new HashMap<>();
        for (JsonNode deal : deals.get("items")) {
            sellerByCustomer.put(deal.get("customerId").asLong(), deal.get("sellerUserId").asText());
            String customerName = deal.get("customerId").asLong() == milanCustomer.getId() ? milanCustomer.getName()
                    : romeProspect.getName();
            assertThat(deal.get("title").asText()).isEqualTo("Rinnovi primavera \u2014 " + customerName);
            assertThat(deal.get("phase").asText()).isEqualTo("UserTask_Qualify");
            assertThat(tasks.createTaskQuery().processInstanceId(deal.get("processInstanceId").asText())
                    .taskDefinitionKey("UserTask_Qualify").taskCandidateGroup(Groups.CALLCENTER).count()).isEqualTo(1);
        }
        assertThat(sellerByCustomer).containsExactlyInAnyOrderEntriesOf(
                Map.of(milanCustomer.getId(), sellerA, romeProspect.getId(), sellerB));

        JsonNode counted = asDemo(HttpMethod.GET, "/api/campaigns/" + campaign.get("id").asLong(), null)
                .expect(200).json();
        assertThat(counted.get("dealsByStatus").get("OPEN").asInt()).isEqualTo(2);
        assertThat(counted.get("dealsByPhase").get("UserTask_Qualify").asInt()).isEqualTo(2);
        JsonNode listed = asDemo(HttpMethod.GET, "/api/campaigns?size=200", null).expect(200).json();
        List<Long> ids = new ArrayList<>();
        listed.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).contains(campaign.get("id").asLong());
    }

    @Test
    void theSameFilterLaunchedAgainIsANewCampaignWithItsOwnDeals() {
        Map<String, Object> request = body("name", "Richiamo", "filter", body("sectors", List.of(sector),
                "kind", "PROSPECT"));
        long first = asDemo(HttpMethod.POST, "/api/campaigns", request).expect(201).id();
        long second = asDemo(HttpMethod.POST, "/api/campaigns", request).expect(201).id();

        assertThat(second).isNotEqualTo(first);
        JsonNode deals = asDemo(HttpMethod.GET, "/api/deals?customerId=" + romeProspect.getId(), null).json();
        assertThat(deals.get("totalItems").asInt()).as("one deal per campaign").isEqualTo(2);
    }

    @Test
    void previewCountsAndListsTheTargetsOfEveryCondition() {
        JsonNode milan = asDemo(HttpMethod.POST, "/api/campaigns/preview",
                body("sectors", List.of(sector), "provinces", List.of("mi"))).expect(200).json();
        assertThat(milan.get("count").asInt()).isEqualTo(1);
        assertThat(milan.get("targets").get(0).get("id").asLong()).isEqualTo(milanCustomer.getId());
        assertThat(milan.get("targets").get(0).get("ownerUserId").asText()).isEqualTo(sellerA);

        JsonNode prospects = asDemo(HttpMethod.POST, "/api/campaigns/preview",
                body("sectors", List.of(sector), "kind", "PROSPECT", "prospectState", "IN_PROGRESS")).expect(200).json();
        assertThat(prospects.get("count").asInt()).isEqualTo(1);
        assertThat(prospects.get("targets").get(0).get("id").asLong()).isEqualTo(romeProspect.getId());
    }

    @Test
    void productsHeldAndTheExpiryWindowLookAtActiveDeadlines() {
        Product product = testData.yearlyService();
        LocalDate today = deadlines.today();
        deadlines.create(new NewDeadline(milanCustomer.getId(), product.getId(), null, 1, null, null,
                today.minusDays(300), today.plusDays(40), null, null));
        deadlines.create(new NewDeadline(romeProspect.getId(), testData.yearlyService().getId(), null, 1, null, null,
                today.minusDays(300), today.plusDays(40), null, null));

        assertThat(preview(body("sectors", List.of(sector), "productIds", List.of(product.getId()))))
                .containsExactly(milanCustomer.getId());
        assertThat(preview(body("sectors", List.of(sector), "expiringFrom", today.plusDays(30),
                "expiringTo", today.plusDays(50)))).containsExactlyInAnyOrder(milanCustomer.getId(), romeProspect.getId());
        assertThat(preview(body("sectors", List.of(sector), "productIds", List.of(product.getId()),
                "expiringFrom", today.plusDays(41)))).isEmpty();
    }

    @Test
    void aFilterSelectingNobodyIsRefusedNamingTheFilterInTheCallersLanguage() {
        Map<String, Object> nobody = body("name", "Vuota", "filter", body("sectors", List.of(DealFixtures.sector())));

        String italian = assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns", nobody), "filter");
        String english = assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns", nobody, "Accept-Language", "en"),
                "filter");

        assertThat(italian).isEqualTo("Il filtro non seleziona nessun cliente o prospect.");
        assertThat(english).isEqualTo("The filter selects no customer or prospect.");
    }

    @Test
    void badFiltersAreRefusedNamingTheirField() {
        assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns/preview", body("kind", "SUPPLIER")), "filter.kind");
        assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns/preview",
                body("expiringFrom", "2030-02-01", "expiringTo", "2030-01-01")), "filter.expiringTo");
        assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns/preview", body("provinces", List.of("Milano"))),
                "provinces[0]");
        assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns", body("filter", body())), "name");
        assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns", body("name", "Senza filtro")), "filter");
        assertBadRequest(asDemo(HttpMethod.POST, "/api/campaigns/preview", "{\"expiringFrom\":\"ieri\"}"),
                "expiringFrom");
    }

    @Test
    void onlyManagersSeeAndLaunchCampaignsOthersGet403WhateverTheySend() {
        Map<String, Object> request = body("name", "Non mia", "filter", body("sectors", List.of(sector)));

        assertProblem(new Api(rest, "sara").call(HttpMethod.POST, "/api/campaigns", request), 403, null);
        assertProblem(new Api(rest, "sara").call(HttpMethod.POST, "/api/campaigns", "{}"), 403, null);
        assertProblem(new Api(rest, "anna").call(HttpMethod.POST, "/api/campaigns/preview", body()), 403, null);
        assertProblem(new Api(rest, "carlo").call(HttpMethod.GET, "/api/campaigns", null), 403, null);
        assertThat(asDemo(HttpMethod.GET, "/api/deals?customerId=" + milanCustomer.getId(), null)
                .json().get("totalItems").asInt()).as("nothing was opened").isZero();
        assertProblem(asDemo(HttpMethod.GET, "/api/campaigns/999999999", null), 404, null);
    }

    private List<Long> preview(Map<String, Object> filter) {
        List<Long> ids = new ArrayList<>();
        asDemo(HttpMethod.POST, "/api/campaigns/preview", filter).expect(200).json().get("targets")
                .forEach(target -> ids.add(target.get("id").asLong()));
        return ids;
    }

    private Api.Response asDemo(HttpMethod method, String path, Object body, String... headers) {
        return new Api(rest, "demo").call(method, path, body, headers);
    }
}
