package it.semaforo.deadlines.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;

@IntegrationTest
class RecallActionApiTest {

    @Autowired
    TestRestTemplate rest;

    Api api;
    long customer;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        customer = api.createCustomer();
        today = EngineTime.today();
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    private JsonNode plan(LocalDate due) {
        return api.post("/api/recall-actions", body("customerId", customer, "dueDate", due, "note", "richiamare"))
                .expect(201).json();
    }

    private List<Long> todayOfMine() {
        List<Long> ids = new ArrayList<>();
        for (JsonNode action : api.get("/api/recall-actions/today").expect(200).json()) {
            assertThat(action.get("done").asBoolean()).isFalse();
            assertThat(LocalDate.parse(action.get("dueDate").asText())).isBeforeOrEqualTo(EngineTime.today());
            if (action.get("customerId").asLong() == customer) {
                ids.add(action.get("id").asLong());
            }
        }
        return ids;
    }

    @Test
    void plansARecallActionAsAPhoneCallByDefault() {
        JsonNode action = plan(today.plusDays(2));

        assertThat(action.get("customerId").asLong()).isEqualTo(customer);
        assertThat(action.get("dueDate").asText()).isEqualTo(today.plusDays(2).toString());
        assertThat(action.get("type").asText()).isEqualTo("CALL");
        assertThat(action.get("note").asText()).isEqualTo("richiamare");
        assertThat(action.get("done").asBoolean()).isFalse();
        assertThat(action.get("createdBy").asText()).isEqualTo("sara");
        assertThat(action.has("doneAt")).isFalse();
    }

    @Test
    void aRecallActionMayConcernADeadlineOfTheSameCustomer() {
        long product = api.createProduct(1, "YEARS", "10.00");
        long deadline = api.createDeadline(customer, product, today, today.plusDays(30), null).get("id").asLong();

        JsonNode action = api.post("/api/recall-actions", body("customerId", customer, "deadlineId", deadline,
                "dueDate", today, "type", "VISIT")).expect(201).json();

        assertThat(action.get("deadlineId").asLong()).isEqualTo(deadline);
        assertThat(action.get("type").asText()).isEqualTo("VISIT");
    }

    @Test
    void invalidRecallActionsAreRejected() {
        assertBadRequest(api.post("/api/recall-actions", body("customerId", customer)), "dueDate");
        assertBadRequest(api.post("/api/recall-actions", body("dueDate", today)), "customerId");
        assertBadRequest(api.post("/api/recall-actions", body("customerId", 987654321L, "dueDate", today)),
                "customerId");
        assertBadRequest(api.post("/api/recall-actions", body("customerId", customer, "dueDate", today,
                "type", "FAX")), "type");
        assertBadRequest(api.post("/api/recall-actions", body("customerId", customer, "dueDate", today,
                "deadlineId", 987654321L)), "deadlineId");
    }

    @Test
    void theDeadlineMustBelongToTheCustomer() {
        long other = api.createCustomer();
        long product = api.createProduct(1, "YEARS", "10.00");
        long deadlineOfOther = api.createDeadline(other, product, today, today.plusDays(30), null).get("id")
                .asLong();

        Map<String, Object> request = body("customerId", customer, "deadlineId", deadlineOfOther, "dueDate", today);
        String message = assertBadRequest(api.post("/api/recall-actions", request), "deadlineId");
        assertThat(message).contains("altro cliente");
        assertThat(api.get("/api/recall-actions?customerId=" + customer).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void todayListsDueAndOverdueActionsNotDone() {
        long overdue = plan(today.minusDays(3)).get("id").asLong();
        long dueToday = plan(today).get("id").asLong();
        long future = plan(today.plusDays(1)).get("id").asLong();
        long doneToday = plan(today).get("id").asLong();
        api.post("/api/recall-actions/" + doneToday + "/completion", null).expect(200);

        List<Long> mine = todayOfMine();
        assertThat(mine).as("oldest first").containsExactly(overdue, dueToday);
        assertThat(mine).doesNotContain(future, doneToday);

        EngineTime.setTo(today.plusDays(1), 9);
        assertThat(todayOfMine()).containsExactly(overdue, dueToday, future);
    }

    @Test
    void completionMarksTheActionDoneAndRecordsTheCustomersLastRecall() {
        long id = plan(today.minusDays(1)).get("id").asLong();
        assertThat(api.get("/api/customers/" + customer).json().has("lastRecallDate")).isFalse();

        JsonNode done = api.post("/api/recall-actions/" + id + "/completion", null).expect(200).json();

        assertThat(done.get("done").asBoolean()).isTrue();
        assertThat(done.get("doneAt").asText()).isNotBlank();
        assertThat(api.get("/api/customers/" + customer).json().get("lastRecallDate").asText())
                .isEqualTo(today.toString());
        assertThat(api.get("/api/recall-actions?customerId=" + customer + "&done=true").json().get("totalItems")
                .asLong()).isEqualTo(1);

        // completing again is harmless and keeps the first completion time
        JsonNode again = api.post("/api/recall-actions/" + id + "/completion", null).expect(200).json();
        assertThat(again.get("doneAt").asText()).isEqualTo(done.get("doneAt").asText());
    }

    @Test
    void lastRecallDateIsTheLatestCompletionDay() {
        long first = plan(today).get("id").asLong();
        long second = plan(today).get("id").asLong();

        EngineTime.setTo(today.plusDays(2), 10);
        api.post("/api/recall-actions/" + first + "/completion", null).expect(200);
        EngineTime.setTo(today.plusDays(1), 10);
        api.post("/api/recall-actions/" + second + "/completion", null).expect(200);

        assertThat(api.get("/api/customers/" + customer).json().get("lastRecallDate").asText())
                .isEqualTo(today.plusDays(2).toString());
    }

    @Test
    void unknownRecallActionIsA404() {
        assertProblem(api.post("/api/recall-actions/987654321/completion", null), 404, null);
    }

    @Test
    void listIsPaginatedAndFiltered() {
        plan(today.plusDays(1));
        plan(today.plusDays(5));
        long done = plan(today).get("id").asLong();
        api.post("/api/recall-actions/" + done + "/completion", null).expect(200);

        JsonNode open = api.get("/api/recall-actions?customerId=" + customer + "&done=false").expect(200).json();
        assertThat(open.get("totalItems").asLong()).isEqualTo(2);
        assertThat(open.get("items").get(0).get("dueDate").asText()).as("latest due first")
                .isEqualTo(today.plusDays(5).toString());
        assertBadRequest(api.get("/api/recall-actions?size=201"), "size");
    }
}
