package it.semaforo.deals.process;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealFixtures;
import it.semaforo.platform.Groups;

/**
 * What Tasklist shows whom, asked for real through {@code /engine-rest} as each user (Camunda authorization is on):
 * the seller's phases only to that seller (and managers), qualify tasks to the call center, approvals to
 * administration.
 */
@IntegrationTest
class DealTasklistVisibilityTest {

    @Autowired TestRestTemplate rest;
    @Autowired TaskService tasks;
    @Autowired DealFixtures fixtures;

    private String sellerA;
    private String sellerB;
    private Deal dealA;
    private Deal dealB;

    @BeforeEach
    void setUp() {
        sellerA = fixtures.user(Groups.SALES);
        sellerB = fixtures.user(Groups.SALES);
        dealA = fixtures.deal(fixtures.customer(sellerA), null);
        dealB = fixtures.deal(fixtures.customer(sellerB), null);
    }

    @Test
    void qualifyTasksAreTheCallCentersAndNotTheSellers() {
        for (String caller : List.of("carlo", "demo")) {
            assertThat(visibleTasks(caller, dealA)).as("seen by %s", caller).containsExactly("UserTask_Qualify");
        }
        for (String caller : List.of("sara", sellerA, "anna")) {
            assertThat(visibleTasks(caller, dealA)).as("seen by %s", caller).isEmpty();
        }
        String qualify = fixtures.task(dealA, "UserTask_Qualify").getId();
        assertThat(call("carlo", HttpMethod.POST, "/engine-rest/task/" + qualify + "/claim", body("userId", "carlo"))
                .code()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(qualify).singleResult().getAssignee()).isEqualTo("carlo");
    }

    @Test
    void aSellersMeetingIsVisibleToThatSellerAndManagersOnlyAndTheSellerWorksIt() {
        toMeeting(dealA, "2030-02-04T10:00+01:00");
        toMeeting(dealB, "2030-02-04T10:00+01:00");

        assertThat(visibleTasks(sellerA, dealA)).containsExactly("UserTask_Meeting");
        assertThat(visibleTasks(sellerA, dealB)).isEmpty();
        assertThat(visibleTasks(sellerB, dealB)).containsExactly("UserTask_Meeting");
        assertThat(visibleTasks(sellerB, dealA)).isEmpty();
        for (String caller : List.of("sara", "carlo", "anna")) {
            assertThat(visibleTasks(caller, dealA)).as("seen by %s", caller).isEmpty();
        }
        assertThat(visibleTasks("demo", dealA)).containsExactly("UserTask_Meeting");

        String meeting = fixtures.task(dealA, "UserTask_Meeting").getId();
        assertThat(call(sellerB, HttpMethod.POST, "/engine-rest/task/" + meeting + "/complete",
                variables("meetingOutcome", "HELD", "meetingMinutes", 30)).code()).isNotEqualTo(204);
        assertThat(call(sellerA, HttpMethod.POST, "/engine-rest/task/" + meeting + "/complete",
                variables("meetingOutcome", "HELD", "meetingMinutes", 30)).code()).isEqualTo(204);
        assertThat(visibleTasks(sellerA, dealA)).containsExactly("UserTask_Offer");
    }

    @Test
    void approvalsAreAdministrations() {
        toMeeting(dealA, "2030-02-05T10:00+01:00");
        tasks.complete(fixtures.task(dealA, "UserTask_Meeting").getId(),
                Map.of("meetingOutcome", "HELD", "meetingMinutes", 30));
        tasks.complete(fixtures.task(dealA, "UserTask_Offer").getId(),
                Map.of("offerAmount", 1000, "discountPercent", 40, "productType", "X"));

        assertThat(visibleTasks("anna", dealA)).containsExactly("UserTask_Approval");
        assertThat(visibleTasks(sellerA, dealA)).isEmpty();
        assertThat(visibleTasks("carlo", dealA)).isEmpty();
    }

    private void toMeeting(Deal deal, String appointmentStart) {
        tasks.complete(fixtures.task(deal, "UserTask_Qualify").getId(), Map.of("qualifyOutcome", "APPOINTMENT",
                "callMinutes", 5, "appointmentStart", appointmentStart, "appointmentMinutes", 60));
    }

    /** The task ids (definition keys) of the deal that the user's Tasklist shows. */
    private List<String> visibleTasks(String user, Deal deal) {
        it.semaforo.Api.Response answer = call(user, HttpMethod.GET,
                "/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + deal.getId(), null).expect(200);
        List<String> keys = new ArrayList<>();
        for (JsonNode task : answer.json()) {
            keys.add(task.get("taskDefinitionKey").asText());
        }
        return keys;
    }

    private it.semaforo.Api.Response call(String user, HttpMethod method, String path, Object body) {
        return new Api(rest, user).call(method, path, body);
    }

    /** A Camunda REST body {variables: {name: {value}}}. */
    private static Map<String, Object> variables(Object... nameValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            variables.put((String) nameValues[i], Map.of("value", nameValues[i + 1]));
        }
        return Map.of("variables", variables);
    }
}
