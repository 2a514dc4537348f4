package it.semaforo.deals.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealFixtures;
import it.semaforo.platform.Groups;

/** The deal API: who sees which deal, opening deals by hand, and the typed attributes of a deal. */
@IntegrationTest
class DealApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired DealFixtures fixtures;

    private String sellerA;
    private String sellerB;
    private Customer customerA;
    private Customer customerB;
    private Deal dealA;
    private Deal dealB;

    @BeforeEach
    void setUp() {
        sellerA = fixtures.user(Groups.SALES);
        sellerB = fixtures.user(Groups.SALES);
        customerA = fixtures.customer(sellerA);
        customerB = fixtures.customer(sellerB);
        dealA = fixtures.deal(customerA, null);
        dealB = fixtures.deal(customerB, null);
    }

    @Test
    void aSellerSeesOnlyTheirOwnDealsAndAnotherSellersIsNotFound() {
        JsonNode mine = call(sellerA, HttpMethod.GET, "/api/deals", null).expect(200).json();
        assertThat(mine.get("totalItems").asInt()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("id").asLong()).isEqualTo(dealA.getId());
        assertThat(mine.get("items").get(0).get("sellerUserId").asText()).isEqualTo(sellerA);

        assertProblem(call(sellerA, HttpMethod.GET, "/api/deals/" + dealB.getId(), null), 404, null);
        assertThat(call(sellerA, HttpMethod.GET, "/api/deals?customerId=" + customerB.getId(), null).json()
                .get("totalItems").asInt()).isZero();
        for (String everyDeal : List.of("demo", "anna", "carlo")) {
            assertThat(call(everyDeal, HttpMethod.GET, "/api/deals/" + dealB.getId(), null).expect(200).json()
                    .get("deal").get("sellerUserId").asText()).as("seen by %s", everyDeal).isEqualTo(sellerB);
        }
    }

    @Test
    void dealsAreFilteredByPhaseStatusAndCustomer() {
        String path = "/api/deals?customerId=" + customerA.getId();

        assertThat(ids(call("demo", HttpMethod.GET, path + "&phase=UserTask_Qualify&status=OPEN", null)))
                .containsExactly(dealA.getId());
        assertThat(ids(call("demo", HttpMethod.GET, path + "&phase=UserTask_Offer", null))).isEmpty();
        assertThat(ids(call("demo", HttpMethod.GET, path + "&status=WON", null))).isEmpty();
        assertBadRequest(call("demo", HttpMethod.GET, path + "&status=FORSE", null), "status");
        assertBadRequest(call("demo", HttpMethod.GET, path + "&size=0", null), "size");
    }

    @Test
    void aDealShowsItsProcessActivitiesAndAttributes() {
        JsonNode detail = call("demo", HttpMethod.GET, "/api/deals/" + dealA.getId(), null).expect(200).json();

        assertThat(detail.get("deal").get("customerId").asLong()).isEqualTo(customerA.getId());
        assertThat(detail.get("deal").get("status").asText()).isEqualTo("OPEN");
        assertThat(detail.get("deal").get("phase").asText()).isEqualTo("UserTask_Qualify");
        assertThat(detail.get("deal").get("processInstanceId").asText()).isNotBlank();
        assertThat(detail.get("activities")).isEmpty();
        assertThat(detail.get("attributes")).isEmpty();
    }

    @Test
    void aSellerOpensADealForTheirOwnCustomerOnlyAndManagersForAnySeller() {
        Api.Response opened = call(sellerA, HttpMethod.POST, "/api/deals",
                body("customerId", customerA.getId(), "title", "Ampliamento contratto"));
        opened.expect(201);
        assertThat(opened.json().get("sellerUserId").asText()).isEqualTo(sellerA);
        assertThat(opened.json().get("phase").asText()).as("its process started").isEqualTo("UserTask_Qualify");
        assertThat(opened.json().has("campaignId")).isFalse();

        assertProblem(call(sellerA, HttpMethod.POST, "/api/deals",
                body("customerId", customerB.getId(), "title", "Non mio")), 404, null);
        assertBadRequest(call(sellerA, HttpMethod.POST, "/api/deals",
                body("customerId", customerA.getId(), "title", "Per un altro", "sellerUserId", sellerB)), "sellerUserId");
        assertBadRequest(call(sellerA, HttpMethod.POST, "/api/deals", body("customerId", customerA.getId())), "title");
        assertProblem(call("carlo", HttpMethod.POST, "/api/deals", body()), 403, null);

        assertThat(call("demo", HttpMethod.POST, "/api/deals", body("customerId", customerA.getId(), "title",
                "Affidata", "sellerUserId", sellerB)).expect(201).json().get("sellerUserId").asText()).isEqualTo(sellerB);
        assertBadRequest(call("demo", HttpMethod.POST, "/api/deals", body("customerId", customerA.getId(), "title",
                "Al call center", "sellerUserId", "carlo")), "sellerUserId");
        assertBadRequest(call("demo", HttpMethod.POST, "/api/deals", body("customerId", 999999999L, "title", "x")),
                "customerId");
    }

    @Test
    void theSellerSetsTypedAttributesInCanonicalFormWithLabelsInTheirLanguage() {
        JsonNode answer = call(sellerA, HttpMethod.PUT, "/api/deals/" + dealA.getId() + "/attributes",
                body("premium", "1200.5", "commission", 12.50, "product_type", "Software",
                        "sales_potential", "Alto")).expect(200).json();

        Map<String, String> values = values(answer);
        assertThat(values).containsEntry("premium", "1200.50").containsEntry("commission", "12.5")
                .containsEntry("product_type", "Software").containsEntry("sales_potential", "Alto");
        assertThat(label(answer, "premium")).isEqualTo("Premio");
        JsonNode english = call("demo", HttpMethod.GET, "/api/deals/" + dealA.getId(), null, "Accept-Language", "en")
                .json();
        assertThat(label(english, "sales_potential")).isEqualTo("Sales potential");

        JsonNode fewer = call("demo", HttpMethod.PUT, "/api/deals/" + dealA.getId() + "/attributes",
                body("premium", 300, "sales_potential", null)).expect(200).json();
        assertThat(values(fewer)).as("left out or null: removed").containsOnlyKeys("premium")
                .containsEntry("premium", "300.00");
    }

    @Test
    void badAttributeValuesAreRefusedNamingTheAttributeAndNothingIsWritten() {
        String path = "/api/deals/" + dealA.getId() + "/attributes";
        call(sellerA, HttpMethod.PUT, path, body("premium", "100", "product_type", "Servizio")).expect(200);

        assertBadRequest(call(sellerA, HttpMethod.PUT, path, body("premium", "-1")), "attributes.premium");
        assertBadRequest(call(sellerA, HttpMethod.PUT, path, body("premium", 1.234)), "attributes.premium");
        assertBadRequest(call(sellerA, HttpMethod.PUT, path, body("commission", "dodici")), "attributes.commission");
        assertBadRequest(call(sellerA, HttpMethod.PUT, path, body("commission", "1e999999999")),
                "attributes.commission");
        String choices = assertBadRequest(call(sellerA, HttpMethod.PUT, path,
                body("premium", "5", "product_type", "Altro")), "attributes.product_type");
        assertThat(choices).contains("Assicurazione, Servizio, Software, Consulenza");
        assertBadRequest(call(sellerA, HttpMethod.PUT, path, body("nope", "1")), "attributes.nope");
        assertBadRequest(call(sellerA, HttpMethod.PUT, path, "[1, 2]"), "body");

        assertThat(values(call(sellerA, HttpMethod.GET, "/api/deals/" + dealA.getId(), null).json()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("premium", "100.00", "product_type", "Servizio"));
    }

    @Test
    void dateTextAndRequiredAttributesAreCheckedAndInactiveOnesTakeNoValue() {
        String date = code("firma");
        String text = code("nota");
        call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", date, "labelIt", "Data firma",
                "labelEn", "Signing date", "type", "DATE")).expect(201);
        call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", text, "labelIt", "Nota",
                "labelEn", "Note", "type", "TEXT", "required", true)).expect(201);
        String path = "/api/deals/" + dealA.getId() + "/attributes";
        try {
            assertBadRequest(call(sellerA, HttpMethod.PUT, path, body(date, "2030-05-31")), "attributes." + text);
            assertBadRequest(call(sellerA, HttpMethod.PUT, path, body(date, "31/05/2030", text, "x")),
                    "attributes." + date);
            assertBadRequest(call(sellerA, HttpMethod.PUT, path, body(text, "x".repeat(501))), "attributes." + text);
            JsonNode ok = call(sellerA, HttpMethod.PUT, path, body(date, "2030-05-31", text, "  Firma dal notaio "))
                    .expect(200).json();
            assertThat(values(ok)).containsEntry(date, "2030-05-31").containsEntry(text, "Firma dal notaio");
        } finally {
            call("demo", HttpMethod.PUT, "/api/deal-attributes/" + text, body("labelIt", "Nota", "labelEn", "Note",
                    "required", true, "active", false)).expect(200);
        }
        assertBadRequest(call(sellerA, HttpMethod.PUT, path, body(date, "2030-06-01", text, "y")), "attributes." + text);
        assertThat(values(call(sellerA, HttpMethod.PUT, path, body(date, "2030-06-01")).expect(200).json()))
                .as("an inactive attribute keeps its value").containsEntry(text, "Firma dal notaio");
    }

    @Test
    void onlyTheDealsSellerAndManagersChangeItsAttributes() {
        String path = "/api/deals/" + dealA.getId() + "/attributes";

        assertProblem(call("anna", HttpMethod.PUT, path, body("premium", "1")), 403, null);
        assertProblem(call("carlo", HttpMethod.PUT, path, body("premium", "1")), 403, null);
        assertProblem(call(sellerB, HttpMethod.PUT, path, body("premium", "1")), 404, null);
        assertProblem(call("demo", HttpMethod.PUT, "/api/deals/999999999/attributes", body()), 404, null);
        call("demo", HttpMethod.PUT, path, body("premium", "1")).expect(200);
    }

    @Test
    void managersDefineAttributesOthersOnlyReadThem() {
        String code = code("potenza");
        JsonNode created = call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", code, "labelIt",
                "Potenza", "labelEn", "Power", "type", "CHOICE", "choices", List.of("Bassa", "Alta"))).expect(201).json();
        assertThat(created.get("choices")).hasSize(2);
        assertThat(created.get("active").asBoolean()).isTrue();

        JsonNode all = call(sellerA, HttpMethod.GET, "/api/deal-attributes", null, "Accept-Language", "en")
                .expect(200).json();
        Map<String, String> labels = new HashMap<>();
        all.forEach(attribute -> labels.put(attribute.get("code").asText(), attribute.get("label").asText()));
        assertThat(labels).containsEntry(code, "Power").containsEntry("premium", "Premium")
                .containsEntry("commission", "Commission (%)").containsEntry("product_type", "Product type");

        JsonNode changed = call("demo", HttpMethod.PUT, "/api/deal-attributes/" + code, body("labelIt", "Potenza",
                "labelEn", "Power", "choices", List.of("Bassa", "Media", "Alta"))).expect(200).json();
        assertThat(changed.get("choices")).hasSize(3);

        assertProblem(call(sellerA, HttpMethod.POST, "/api/deal-attributes", body()), 403, null);
        assertProblem(call(sellerA, HttpMethod.PUT, "/api/deal-attributes/" + code, body()), 403, null);
        assertProblem(call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", code, "labelIt", "x",
                "labelEn", "x", "type", "TEXT")), 409, "code");
        assertBadRequest(call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", "Con Spazi", "labelIt",
                "x", "labelEn", "x", "type", "TEXT")), "code");
        assertBadRequest(call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", code("scelta"),
                "labelIt", "x", "labelEn", "x", "type", "CHOICE")), "choices");
        assertBadRequest(call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", code("numero"),
                "labelIt", "x", "labelEn", "x", "type", "NUMBER", "choices", List.of("a"))), "choices");
        assertBadRequest(call("demo", HttpMethod.POST, "/api/deal-attributes", body("code", code("tipo"),
                "labelIt", "x", "labelEn", "x", "type", "COLORE")), "type");
        assertProblem(call("demo", HttpMethod.PUT, "/api/deal-attributes/" + code("inesistente"),
                body("labelIt", "x", "labelEn", "x")), 404, null);
    }

    private Api.Response call(String user, HttpMethod method, String path, Object body, String... headers) {
        return new Api(rest, user).call(method, path, body, headers);
    }

    private static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    }

    private static List<Long> ids(Api.Response page) {
        return page.expect(200).json().findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static Map<String, String> values(JsonNode detail) {
        Map<String, String> values = new HashMap<>();
        detail.get("attributes").forEach(a -> values.put(a.get("code").asText(), a.get("value").asText()));
        return values;
    }

    private static String label(JsonNode detail, String code) {
        for (JsonNode attribute : detail.get("attributes")) {
            if (attribute.get("code").asText().equals(code)) {
                return attribute.get("label").asText();
            }
        }
        throw new AssertionError("no attribute " + code);
    }
}
