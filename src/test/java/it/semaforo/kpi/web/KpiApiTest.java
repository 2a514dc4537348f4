package it.semaforo.kpi.web;

import static it.semaforo.kpi.LightsJson.codes;
import static it.semaforo.kpi.LightsJson.light;
import static it.semaforo.kpi.KpiFixtures.UNREACHABLE;
import static it.semaforo.kpi.KpiFixtures.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.kpi.KpiFixtures;
import it.semaforo.kpi.Kpis;

/**
 * {@code /api/kpis}: the lights a caller may see, the onlyProblems filter, the definitions and who may change them.
 * Thresholds are set per test (the lights depend on whatever data the suite left) and put back afterwards.
 */
@IntegrationTest
class KpiApiTest {

    private static final List<String> BUILT_IN = List.of("CONTRACTS_EXPIRING", "REVENUE_EXPIRING",
            "EXPIRED_UNRENEWED", "OVERDUE_RECALLS", "TASKS_PAST_SLA");

    @Autowired TestRestTemplate rest;
    @Autowired Kpis kpis;

    private KpiFixtures.Snapshot definitions;
    private Api api;

    @BeforeEach
    void snapshot() {
        definitions = KpiFixtures.snapshot(kpis);
        api = new Api(rest);
    }

    @AfterEach
    void restore() {
        definitions.restore(kpis);
        EngineTime.reset();
    }

    @Test
    void aManagerSeesEveryBuiltInLightWithNameThresholdsAndTrend() {
        JsonNode lights = get("demo", "/api/kpis").expect(200).json();

        assertThat(codes(lights)).containsAll(BUILT_IN);
        JsonNode contracts = light(lights, "CONTRACTS_EXPIRING");
        assertThat(contracts.path("name").asText()).isEqualTo("Contratti in scadenza");
        assertThat(contracts.path("measure").asText()).isEqualTo("COUNT");
        assertThat(contracts.path("leadTimeDays").asInt()).isEqualTo(30);
        assertThat(contracts.path("alertsEnabled").asBoolean()).isTrue();
        assertThat(contracts.path("value").isNumber()).isTrue();
        assertThat(contracts.path("light").asText()).isIn("GREEN", "YELLOW", "RED");
        assertThat(contracts.path("trend").isArray()).isTrue();
        assertThat(light(lights, "REVENUE_EXPIRING").path("measure").asText()).isEqualTo("AMOUNT");
        // worst first
        List<String> colours = new ArrayList<>();
        lights.forEach(light -> colours.add(light.path("light").asText()));
        assertThat(colours).isSortedAccordingTo((a, b) -> rank(b) - rank(a));
    }

    @Test
    void namesFollowTheRequestLanguage() {
        JsonNode english = get("demo", "/api/kpis", HttpHeaders.ACCEPT_LANGUAGE, "en").expect(200).json();
        JsonNode italian = get("demo", "/api/kpis", HttpHeaders.ACCEPT_LANGUAGE, "it-IT").expect(200).json();

        assertThat(light(english, "OVERDUE_RECALLS").path("name").asText()).isEqualTo("Overdue recall actions");
        assertThat(light(italian, "OVERDUE_RECALLS").path("name").asText()).isEqualTo("Richiami scaduti");
        assertThat(get("demo", "/api/kpis/OVERDUE_RECALLS/definition", HttpHeaders.ACCEPT_LANGUAGE, "en")
                .expect(200).json().path("name").asText()).isEqualTo("Overdue recall actions");
    }

    @Test
    void aSalesOperatorSeesNoBuiltInLightAndNoDefinition() {
        JsonNode lights = api.get("/api/kpis").expect(200).json();
        assertThat(lights.isArray()).isTrue();
        assertThat(lights).isEmpty();
        assertThat(api.get("/api/kpis?onlyProblems=true").expect(200).json()).isEmpty();

        String detail = Api.assertProblem(api.get("/api/kpis/CONTRACTS_EXPIRING/definition"), 404, null);
        assertThat(detail).contains("CONTRACTS_EXPIRING");
        Api.assertProblem(get("demo", "/api/kpis/NO_SUCH_KPI/definition"), 404, null);
    }

    @Test
    void aUserEntryMakesOneKpiVisibleToThatUserOnly() {
        kpis.change("OVERDUE_RECALLS", KpiFixtures.withVisibleTo(kpis.definition("OVERDUE_RECALLS"),
                List.of("group:managers", "user:sara")));

        assertThat(codes(api.get("/api/kpis").expect(200).json())).containsExactly("OVERDUE_RECALLS");
        assertThat(api.get("/api/kpis/OVERDUE_RECALLS/definition").expect(200).json().path("visibleTo"))
                .extracting(JsonNode::asText).containsExactly("group:managers", "user:sara");
        assertThat(get("carlo", "/api/kpis").expect(200).json()).isEmpty();
        assertThat(codes(get("anna", "/api/kpis").expect(200).json())).as("administration was left out of it")
                .contains("CONTRACTS_EXPIRING", "TASKS_PAST_SLA").doesNotContain("OVERDUE_RECALLS");
        assertThat(codes(get("demo", "/api/kpis").expect(200).json())).containsAll(BUILT_IN);
    }

    @Test
    void onlyProblemsLeavesOutTheGreenLights() {
        setThresholds("CONTRACTS_EXPIRING", ZERO, ZERO);
        setThresholds("OVERDUE_RECALLS", UNREACHABLE, UNREACHABLE);

        JsonNode all = get("demo", "/api/kpis?onlyProblems=false").expect(200).json();
        JsonNode problems = get("demo", "/api/kpis?onlyProblems=true").expect(200).json();

        assertThat(light(all, "CONTRACTS_EXPIRING").path("light").asText()).isEqualTo("RED");
        assertThat(light(all, "OVERDUE_RECALLS").path("light").asText()).isEqualTo("GREEN");
        assertThat(codes(all)).contains("CONTRACTS_EXPIRING", "OVERDUE_RECALLS");
        assertThat(codes(problems)).contains("CONTRACTS_EXPIRING").doesNotContain("OVERDUE_RECALLS");
        problems.forEach(light -> assertThat(light.path("light").asText()).isNotEqualTo("GREEN"));
        long greens = StreamSupport.stream(all.spliterator(), false)
                .filter(light -> light.path("light").asText().equals("GREEN")).count();
        assertThat(problems.size()).isEqualTo(all.size() - greens);
        Api.assertBadRequest(get("demo", "/api/kpis?onlyProblems=maybe"), "onlyProblems");
    }

    @Test
    void aManagerChangesAThresholdAndTheLightChangesAtOnce() {
        BigDecimal value = new BigDecimal(light(get("demo", "/api/kpis").expect(200).json(), "CONTRACTS_EXPIRING")
                .path("value").asText());
        BigDecimal aboveValue = value.add(BigDecimal.ONE);

        JsonNode changed = put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition",
                change(aboveValue, aboveValue.add(BigDecimal.TEN))).expect(200).json();
        assertThat(changed.path("yellowThreshold").decimalValue()).isEqualByComparingTo(aboveValue);
        JsonNode green = light(get("demo", "/api/kpis").expect(200).json(), "CONTRACTS_EXPIRING");
        assertThat(green.path("light").asText()).isEqualTo("GREEN");
        assertThat(green.path("yellowThreshold").decimalValue()).isEqualByComparingTo(aboveValue);

        put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition", change(value, aboveValue)).expect(200);
        assertThat(light(get("demo", "/api/kpis").expect(200).json(), "CONTRACTS_EXPIRING").path("light").asText())
                .as("exactly on yellow").isEqualTo("YELLOW");

        put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition", change(value, value)).expect(200);
        JsonNode red = light(get("demo", "/api/kpis?onlyProblems=true").expect(200).json(), "CONTRACTS_EXPIRING");
        assertThat(red.path("light").asText()).as("exactly on red").isEqualTo("RED");
        assertThat(red.path("redThreshold").decimalValue()).isEqualByComparingTo(value);
        assertThat(kpis.definition("CONTRACTS_EXPIRING").getRedThreshold()).isEqualByComparingTo(value);
    }

    @Test
    void onlyManagersMayChangeADefinition() {
        BigDecimal before = kpis.definition("CONTRACTS_EXPIRING").getYellowThreshold();
        Map<String, Object> body = change(new BigDecimal("50"), new BigDecimal("60"));

        for (String user : List.of("sara", "anna")) {
            Api.Response refused = put(user, "/api/kpis/CONTRACTS_EXPIRING/definition", body);
            assertThat(Api.assertProblem(refused, 403, null)).contains("managers");
        }
        // refused before the body is even looked at, and without telling whether the KPI exists
        Api.assertProblem(put("sara", "/api/kpis/CONTRACTS_EXPIRING/definition", "{\"yellowThreshold\": -1}"),
                403, null);
        Api.assertProblem(put("sara", "/api/kpis/NO_SUCH_KPI/definition", body), 403, null);
        assertThat(kpis.definition("CONTRACTS_EXPIRING").getYellowThreshold()).isEqualByComparingTo(before);
        Api.assertProblem(put("demo", "/api/kpis/NO_SUCH_KPI/definition", body), 404, null);
        assertThat(put(null, "/api/kpis/CONTRACTS_EXPIRING/definition", body).code()).isEqualTo(401);
    }

    @Test
    void badInputIsA400NamingTheFields() {
        String message = Api.assertBadRequest(put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition",
                change(new BigDecimal("10"), new BigDecimal("9.99"))), "redThreshold");
        assertThat(message).contains("soglia rossa");

        Map<String, Object> invalid = change(new BigDecimal("-1"), new BigDecimal("10"));
        invalid.put("leadTimeDays", 0);
        invalid.put("visibleTo", List.of("group:managers", "everyone"));
        invalid.put("ownerGroup", " ");
        invalid.remove("redThreshold");
        Api.Response response = put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition", invalid);
        for (String field : List.of("yellowThreshold", "redThreshold", "leadTimeDays", "visibleTo[1]", "ownerGroup")) {
            Api.assertBadRequest(response, field);
        }
        assertThat(Api.assertBadRequest(response, "visibleTo[1]")).contains("group:");

        Api.assertBadRequest(put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition", "{\"yellowThreshold\": \"tre\"}"),
                "yellowThreshold");
        Api.assertBadRequest(put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition", "{not json"), "body");
        String english = Api.assertBadRequest(put("demo", "/api/kpis/CONTRACTS_EXPIRING/definition",
                change(new BigDecimal("10"), new BigDecimal("1")), HttpHeaders.ACCEPT_LANGUAGE, "en"), "redThreshold");
        assertThat(english).contains("red threshold");
        assertThat(kpis.definition("CONTRACTS_EXPIRING").getYellowThreshold())
                .isEqualByComparingTo(definitions.changes().get("CONTRACTS_EXPIRING").yellowThreshold());
    }

    @Test
    void theTrendShowsTheLastTenRecordedValuesOldestFirst() {
        // after every evaluation other tests recorded, also those that travelled in time
        LocalDateTime at = KpiFixtures.afterEveryEvaluation(kpis, LocalDateTime.now(EngineTime.ROME));
        EngineTime.setTo(at);
        long customerId = api.createCustomer();
        long productId = api.createProduct(1, "YEARS", "100.00");
        LocalDate today = EngineTime.today();
        for (int i = 0; i < 9; i++) {
            at = at.plusMinutes(15);
            EngineTime.setTo(at);
            kpis.evaluateAndRecord();
        }
        BigDecimal before = kpis.trend("CONTRACTS_EXPIRING", 1).get(0).getValue();
        api.createDeadline(customerId, productId, today.minusYears(1), today.plusDays(3), "100.00");
        at = at.plusMinutes(15);
        EngineTime.setTo(at);
        kpis.evaluateAndRecord();
        api.createDeadline(customerId, productId, today.minusYears(1), today.plusDays(4), "100.00");
        at = at.plusMinutes(15);
        EngineTime.setTo(at);
        kpis.evaluateAndRecord();

        JsonNode contracts = light(get("demo", "/api/kpis").expect(200).json(), "CONTRACTS_EXPIRING");
        JsonNode trend = contracts.path("trend");
        assertThat(trend).hasSize(KpiLightView.TREND_POINTS);
        assertThat(trend.get(7).decimalValue()).isEqualByComparingTo(before);
        assertThat(trend.get(8).decimalValue()).isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(trend.get(9).decimalValue()).isEqualByComparingTo(before.add(BigDecimal.valueOf(2)));
        assertThat(contracts.path("value").decimalValue()).isEqualByComparingTo(before.add(BigDecimal.valueOf(2)));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void setThresholds(String code, BigDecimal yellow, BigDecimal red) {
        kpis.change(code, KpiFixtures.withThresholds(kpis.definition(code), yellow, red));
    }

    private Map<String, Object> change(BigDecimal yellow, BigDecimal red) {
        var now = definitions.changes().get("CONTRACTS_EXPIRING");
        return Api.body("leadTimeDays", now.leadTimeDays(), "yellowThreshold", yellow, "redThreshold", red,
                "visibleTo", now.visibleTo(), "alertRecipients", now.alertRecipients(),
                "ownerGroup", now.ownerGroup(), "alertsEnabled", now.alertsEnabled());
    }

    private Api.Response get(String user, String path, String... headers) {
        return exchange(user, HttpMethod.GET, path, null, headers);
    }

    private Api.Response put(String user, String path, Object body, String... headers) {
        return exchange(user, HttpMethod.PUT, path, body, headers);
    }

    /** As {@code user} (password = user id in the demo profile), or anonymous when null. */
    private Api.Response exchange(String user, HttpMethod method, String path, Object body, String... headers) {
        TestRestTemplate template = user == null ? rest : rest.withBasicAuth(user, user);
        HttpHeaders httpHeaders = new HttpHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            httpHeaders.add(headers[i], headers[i + 1]);
        }
        String text = null;
        if (body != null) {
            httpHeaders.setContentType(MediaType.APPLICATION_JSON);
            text = body instanceof String s ? s : Api.write(body);
        }
        ResponseEntity<String> answer = template.exchange(path, method, new HttpEntity<>(text, httpHeaders),
                String.class);
        return new Api.Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }


    private static int rank(String light) {
        return List.of("GREEN", "YELLOW", "RED").indexOf(light);
    }
}
