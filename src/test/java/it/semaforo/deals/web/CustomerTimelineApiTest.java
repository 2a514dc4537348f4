package it.semaforo.deals.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.deals.Activities;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.NewActivity;
import it.semaforo.platform.Groups;

@IntegrationTest
class CustomerTimelineApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestData testData;

    @Autowired
    Activities activities;

    @Autowired
    Clock clock;

    Api sara;
    long customer;

    @BeforeEach
    void setUp() {
        sara = new Api(rest);
        customer = sara.createCustomer();
    }

    private List<JsonNode> timeline(Api api) {
        List<JsonNode> items = new ArrayList<>();
        api.get("/api/customers/" + customer + "/timeline").expect(200).json().forEach(items::add);
        return items;
    }

    @Test
    void newestFirstWithWhoWhenAndHowLong() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        activities.record(new NewActivity(customer, null, ActivityType.MEETING, "sales", "sara",
                now.minus(Duration.ofDays(2)), 60, "Presentazione", null));
        activities.record(new NewActivity(customer, null, ActivityType.CALL, "callcenter", "carlo",
                now.minus(Duration.ofHours(3)), 5, "Primo contatto", null));

        JsonNode note = sara.post("/api/customers/" + customer + "/notes", body("text", " Richiamare a marzo "))
                .expect(201).json();
        assertThat(note.path("type").asText()).isEqualTo("NOTE");
        assertThat(note.path("userId").asText()).isEqualTo("sara");
        assertThat(note.path("role").asText()).isEqualTo("sales");
        assertThat(note.path("description").asText()).isEqualTo("Richiamare a marzo");

        List<JsonNode> items = timeline(sara);
        assertThat(items).extracting(i -> i.path("type").asText()).containsExactly("NOTE", "CALL", "MEETING");
        JsonNode call = items.get(1);
        assertThat(call.path("userId").asText()).isEqualTo("carlo");
        assertThat(call.path("durationMinutes").asInt()).isEqualTo(5);
        assertThat(Instant.parse(call.path("occurredAt").asText())).isEqualTo(now.minus(Duration.ofHours(3)));
    }

    @Test
    void theCallCenterAddsNotesWithItsRole() {
        JsonNode note = new Api(rest, "carlo").post("/api/customers/" + customer + "/notes",
                body("text", "Cliente richiamato")).expect(201).json();
        assertThat(note.path("role").asText()).isEqualTo("callcenter");
        assertThat(timeline(sara)).extracting(i -> i.path("id").asLong()).containsExactly(note.path("id").asLong());
    }

    @Test
    void anotherSellersCustomerHasNoTimelineForThem() {
        Api other = new Api(rest, testData.user(Groups.SALES));
        assertProblem(other.get("/api/customers/" + customer + "/timeline"), 404, null);
        assertProblem(other.post("/api/customers/" + customer + "/notes", body("text", "mia")), 404, null);
        assertThat(timeline(sara)).isEmpty();
    }

    @Test
    void aNoteNeedsText() {
        assertBadRequest(sara.post("/api/customers/" + customer + "/notes", body("text", "  ")), "text");
        assertBadRequest(sara.post("/api/customers/" + customer + "/notes", body("text", "x".repeat(2001))), "text");
    }
}
