package it.semaforo.deals.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Activity;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.NewActivity;

/**
 * {@code /api/cost-rates}: who reads and who changes the rates, validation, and that a new rate prices new activities
 * only. The rates changed here are the managers' ones, which no migration seeds and no other test relies on.
 */
@IntegrationTest
class CostRateApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired Activities activities;
    @Autowired TestData data;

    Api manager;

    @BeforeEach
    void setUp() {
        manager = new Api(rest, "demo");
    }

    private static JsonNode rate(JsonNode rates, String role, String type) {
        for (JsonNode rate : rates) {
            if (rate.path("role").asText().equals(role) && rate.path("activityType").asText().equals(type)) {
                return rate;
            }
        }
        throw new AssertionError("no rate " + role + "/" + type + " in " + rates);
    }

    @Test
    void managersAndAdministrationReadTheRatesSellersAndCallCenterDoNot() {
        JsonNode rates = manager.get("/api/cost-rates").expect(200).json();
        JsonNode callCenterCalls = rate(rates, "callcenter", "CALL");
        assertThat(callCenterCalls.path("hourlyRate").decimalValue()).isEqualByComparingTo("24.00");
        assertThat(callCenterCalls.has("fixedAmount")).isFalse();
        assertThat(rate(rates, "sales", "OFFER").path("fixedAmount").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(rate(rates, "sales", "INBOUND_CALL").path("hourlyRate").decimalValue())
                .as("added by V9").isEqualByComparingTo("40.00");

        assertThat(new Api(rest, "anna").get("/api/cost-rates").code()).isEqualTo(200);
        assertProblem(new Api(rest).get("/api/cost-rates"), 403, null);
        assertProblem(new Api(rest, "carlo").get("/api/cost-rates"), 403, null);
    }

    @Test
    void onlyManagersChangeRatesAndTheyAreToldSoBeforeValidation() {
        String detail = assertProblem(new Api(rest, "anna").put("/api/cost-rates",
                body("role", "managers", "activityType", "NOTE", "hourlyRate", 10), HttpHeaders.ACCEPT_LANGUAGE,
                "en"), 403, null);
        assertThat(detail).isEqualTo("Only managers change cost rates.");
        assertProblem(new Api(rest).put("/api/cost-rates", body("role", "nobody"), HttpHeaders.ACCEPT_LANGUAGE,
                "en"), 403, null);
    }

    @Test
    void invalidRatesAreRefusedNamingTheField() {
        assertBadRequest(put(body("role", "managers", "activityType", "NOTE")), "hourlyRate");
        assertBadRequest(put(body("role", "managers", "activityType", "NOTE", "hourlyRate", 10,
                "fixedAmount", 2)), "fixedAmount");
        assertBadRequest(put(body("role", "managers", "activityType", "NOTE", "hourlyRate", -1)), "hourlyRate");
        assertBadRequest(put(body("role", "managers", "activityType", "NOTE", "fixedAmount",
                new BigDecimal("1.005"))), "fixedAmount");
        String message = assertBadRequest(put(body("role", "marketing", "activityType", "NOTE",
                "hourlyRate", 10)), "role");
        assertThat(message).contains("sales, callcenter, administration, managers");
        assertBadRequest(put(body("role", "managers", "activityType", "LUNCH", "hourlyRate", 10)), "activityType");
        assertBadRequest(put(body("activityType", "NOTE", "hourlyRate", 10)), "role");
        assertBadRequest(put(body("role", "managers", "hourlyRate", 10)), "activityType");
    }

    @Test
    void aNewRatePricesNewActivitiesAndLeavesRecordedOnesAsTheyWere() {
        long customer = data.customer("it").getId();
        JsonNode hourly = put(body("role", "managers", "activityType", "MEETING", "hourlyRate", 30)).expect(200)
                .json();
        assertThat(hourly.path("hourlyRate").toString()).isEqualTo("30.00");
        assertThat(hourly.path("updatedBy").asText()).isEqualTo("demo");
        Activity before = activities.record(meeting(customer));
        assertThat(before.getCost()).isEqualByComparingTo("45.00");

        JsonNode fixed = put(body("role", "managers", "activityType", "MEETING", "fixedAmount", 12.5)).expect(200)
                .json();
        assertThat(fixed.path("fixedAmount").toString()).isEqualTo("12.50");
        assertThat(fixed.has("hourlyRate")).as("the hourly rate is replaced, not kept beside").isFalse();
        Activity after = activities.record(meeting(customer));

        assertThat(after.getCost()).isEqualByComparingTo("12.50");
        assertThat(activities.timeline(customer)).extracting(Activity::getId, Activity::getCost)
                .contains(org.assertj.core.groups.Tuple.tuple(before.getId(), new BigDecimal("45.00")));
        assertThat(rate(manager.get("/api/cost-rates").json(), "managers", "MEETING").path("fixedAmount")
                .decimalValue()).isEqualByComparingTo("12.50");
    }

    private Api.Response put(Object body) {
        return manager.put("/api/cost-rates", body);
    }

    private static NewActivity meeting(long customer) {
        return new NewActivity(customer, null, ActivityType.MEETING, "managers", "demo", null, 90, "Riunione",
                null);
    }
}
