package it.semaforo.catalog.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;

@IntegrationTest
class CatalogApiTest {

    @Autowired
    TestRestTemplate rest;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private static Map<String, Object> product(String code) {
        return body("code", code, "name", "Licenza " + code, "kind", "PRODUCT", "durationAmount", 1,
                "durationUnit", "YEARS", "listPrice", new BigDecimal("99.90"));
    }

    private static String newCode() {
        return "lic-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void addsAProductWithUpperCaseCodeAndTheDefaultReminderPlan() {
        String code = newCode();
        JsonNode product = api.post("/api/catalog/products", product(code)).expect(201).json();

        assertThat(product.get("code").asText()).isEqualTo(code.toUpperCase());
        assertThat(product.get("durationAmount").asInt()).isEqualTo(1);
        assertThat(product.get("durationUnit").asText()).isEqualTo("YEARS");
        assertThat(product.get("listPrice").decimalValue()).isEqualByComparingTo("99.90");
        assertThat(product.get("reminderOffsets").toString()).isEqualTo("[60,30,7]");
        assertThat(product.get("active").asBoolean()).isTrue();
    }

    @Test
    void reminderPlanIsSortedLargestFirstWithoutDuplicates() {
        Map<String, Object> request = product(newCode());
        request.put("reminderOffsets", new int[] {7, 90, 7, 30});
        JsonNode product = api.post("/api/catalog/products", request).expect(201).json();
        assertThat(product.get("reminderOffsets").toString()).isEqualTo("[90,30,7]");
    }

    @Test
    void duplicateProductCodeIsAConflictIgnoringCase() {
        String code = newCode();
        api.post("/api/catalog/products", product(code)).expect(201);

        assertProblem(api.post("/api/catalog/products", product(code)), 409, "code");
        assertProblem(api.post("/api/catalog/products", product(code.toUpperCase())), 409, "code");
    }

    @Test
    void invalidProductsAreNamedByField() {
        Map<String, Object> noUnit = product(newCode());
        noUnit.remove("durationUnit");
        assertBadRequest(api.post("/api/catalog/products", noUnit), "durationUnit");

        Map<String, Object> badUnit = product(newCode());
        badUnit.put("durationUnit", "CENTURIES");
        assertBadRequest(api.post("/api/catalog/products", badUnit), "durationUnit");

        Map<String, Object> zeroDuration = product(newCode());
        zeroDuration.put("durationAmount", 0);
        assertBadRequest(api.post("/api/catalog/products", zeroDuration), "durationAmount");

        Map<String, Object> negativePrice = product(newCode());
        negativePrice.put("listPrice", new BigDecimal("-1.00"));
        assertBadRequest(api.post("/api/catalog/products", negativePrice), "listPrice");

        assertBadRequest(api.post("/api/catalog/products", product("bad code!")), "code");
    }
}
