package it.semaforo.credit.sandbox;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;

/**
 * The sandbox provider as a client calls it over HTTP with the test profile's key: the contract's answers, the API
 * key, validation, events that change reports and feed the change feed, reset, latency. Each test resets the
 * sandbox afterwards, so the data file's state is what the next test class finds.
 */
@IntegrationTest
class SandboxCreditApiTest {

    private static final String BASE = "/sandbox/credit";
    private static final String KEY = "sandbox-key";
    private static final String BIANCHI = "07315620588";
    private static final String ROSSI = "04829170150";
    private static final String ROMANO = "08124630636";

    @Autowired TestRestTemplate rest;
    @Autowired SandboxCompanies sandbox;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @AfterEach
    void restoreTheDataFile() {
        sandbox.reset();
        sandbox.setLatency(Duration.ZERO);
    }

    private Api.Response call(HttpMethod method, String path, Object body, String... headers) {
        List<String> withKey = new ArrayList<>(List.of(SandboxSecurity.API_KEY_HEADER, KEY));
        withKey.addAll(List.of(headers));
        return api.anonymousCall(method, BASE + path, body, withKey.toArray(String[]::new));
    }

    private Api.Response addEvent(Object event) {
        return call(HttpMethod.POST, "/events", event);
    }

    @Test
    void onlyTheApiKeyOpensTheSandboxAndUsersAreNotAccepted() {
        String path = BASE + "/companies/" + ROSSI;
        String detail = assertProblem(api.anonymousCall(HttpMethod.GET, path, null), 401, null);
        assertThat(detail).contains("X-Api-Key");
        Api.Response wrong = api.anonymousCall(HttpMethod.GET, path, null, SandboxSecurity.API_KEY_HEADER, KEY + "x",
                HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(assertProblem(wrong, 401, null)).startsWith("The provider's API key is required");
        assertThat(wrong.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("X-Api-Key");
        assertProblem(new Api(rest, "demo").get(path), 401, null);
        assertProblem(api.anonymousCall(HttpMethod.POST, BASE + "/reset", null), 401, null);

        assertThat(call(HttpMethod.GET, "/companies/" + ROSSI, null).code()).isEqualTo(200);
    }

    @Test
    void aCompanyReportFollowsTheContract() {
        JsonNode report = call(HttpMethod.GET, "/companies/" + BIANCHI, null).expect(200).json();

        assertThat(report.path("vatNumber").asText()).isEqualTo(BIANCHI);
        assertThat(report.path("name").asText()).isEqualTo("Bianchi Logistica S.p.A.");
        assertThat(report.path("rating").asInt()).isEqualTo(52);
        assertThat(report.path("ratingClass").asText()).isEqualTo("C");
        assertThat(report.path("riskDescription").asText()).isNotBlank();
        assertThat(report.path("protests")).hasSize(2);
        JsonNode protest = report.path("protests").get(0);
        assertThat(protest.path("date").asText()).isEqualTo("2026-03-12");
        assertThat(protest.path("amount").toString()).isEqualTo("4800.00");
        assertThat(protest.path("description").asText()).isNotBlank();
        assertThat(report.path("procedures").isArray()).isTrue();
        assertThat(report.path("procedures")).isEmpty();
        assertThat(report.path("foreclosures")).isEmpty();

        JsonNode romano = call(HttpMethod.GET, "/companies/" + ROMANO, null).expect(200).json();
        assertThat(romano.path("procedures").get(0).path("type").asText()).isEqualTo("VOLUNTARY");
    }

    @Test
    void anUnknownCompanyIsNotFoundAndAnInvalidPartitaIvaIsRefusedBeforeAnyLookup() {
        Api.Response unknown = call(HttpMethod.GET, "/companies/" + unknownVatNumber(), null);
        assertProblem(unknown, 404, null);
        assertThat(unknown.json().path("error").asText()).isEqualTo("not_found");

        assertBadRequest(call(HttpMethod.GET, "/companies/07315620580", null), "vatNumber");
        assertBadRequest(call(HttpMethod.GET, "/companies/abc", null), "vatNumber");
    }

    @Test
    void aBulkLookupSplitsReportsFromTheCompaniesNotFound() {
        String unknown = unknownVatNumber();
        JsonNode answer = call(HttpMethod.POST, "/companies/bulk",
                body("vatNumbers", List.of(ROSSI, unknown, BIANCHI, ROSSI))).expect(200).json();

        List<String> found = new ArrayList<>();
        answer.path("results").forEach(report -> found.add(report.path("vatNumber").asText()));
        assertThat(found).containsExactly(ROSSI, BIANCHI);
        assertThat(answer.path("results").get(1).path("protests")).hasSize(2);
        assertThat(answer.path("notFound")).extracting(JsonNode::asText).containsExactly(unknown);
    }

    @Test
    void aBulkLookupTakesOneToAHundredValidPartiteIva() {
        List<String> hundredAndOne = IntStream.range(0, 101).mapToObj(i -> Api.randomPartitaIva()).toList();

        assertBadRequest(call(HttpMethod.POST, "/companies/bulk", body("vatNumbers", hundredAndOne)), "vatNumbers");
        assertBadRequest(call(HttpMethod.POST, "/companies/bulk", body("vatNumbers", List.of())), "vatNumbers");
        assertBadRequest(call(HttpMethod.POST, "/companies/bulk", "{}"), "vatNumbers");
        assertBadRequest(call(HttpMethod.POST, "/companies/bulk", body("vatNumbers", List.of(ROSSI, "12345678901"))),
                "vatNumbers");
        assertThat(call(HttpMethod.POST, "/companies/bulk", body("vatNumbers", hundredAndOne.subList(0, 100)))
                .expect(200).json().path("notFound")).hasSize(100);
    }

    @Test
    void anAddedProtestIsInTheReportAndInTheChangesSinceAnEarlierTimeOnly() {
        Instant before = Instant.parse(call(HttpMethod.GET, "/changes?since=2020-01-01T00:00:00Z", null)
                .expect(200).json().path("until").asText());

        JsonNode change = addEvent(body("vatNumber", ROSSI, "type", "PROTEST", "date", "2026-11-02",
                "amount", "980.5", "description", "Cambiale non pagata")).expect(201).json();

        assertThat(change.path("id").asText()).matches("chg-\\d+");
        assertThat(change.path("vatNumber").asText()).isEqualTo(ROSSI);
        assertThat(change.path("type").asText()).isEqualTo("PROTEST");
        assertThat(change.path("amount").toString()).isEqualTo("980.50");
        Instant recordedAt = Instant.parse(change.path("recordedAt").asText());
        assertThat(recordedAt).isAfter(before);

        JsonNode protests = call(HttpMethod.GET, "/companies/" + ROSSI, null).expect(200).json().path("protests");
        assertThat(protests).hasSize(1);
        assertThat(protests.get(0).path("date").asText()).isEqualTo("2026-11-02");
        assertThat(protests.get(0).path("amount").toString()).isEqualTo("980.50");

        JsonNode feed = call(HttpMethod.GET, "/changes?since=" + before, null).expect(200).json();
        assertThat(feed.path("changes")).extracting(c -> c.path("id").asText())
                .containsExactly(change.path("id").asText());
        assertThat(Instant.parse(feed.path("until").asText())).isEqualTo(recordedAt);

        JsonNode later = call(HttpMethod.GET, "/changes?since=" + recordedAt, null).expect(200).json();
        assertThat(later.path("changes")).isEmpty();
        assertThat(Instant.parse(later.path("until").asText())).isEqualTo(recordedAt);
    }

    @Test
    void eachKindOfEventChangesItsPartOfTheReportAndTheFeedListsThemOldestFirst() {
        Instant since = Instant.parse(call(HttpMethod.GET, "/changes?since=2020-01-01T00:00:00Z", null)
                .expect(200).json().path("until").asText());

        addEvent(body("vatNumber", ROSSI, "type", "INSOLVENCY", "description", "Liquidazione giudiziale"))
                .expect(201);
        addEvent(body("vatNumber", ROSSI, "type", "VOLUNTARY_PROCEDURE")).expect(201);
        addEvent(body("vatNumber", ROSSI, "type", "FORECLOSURE", "amount", 15000)).expect(201);
        JsonNode ratingChange = addEvent(body("vatNumber", ROSSI, "type", "RATING_CHANGE", "rating", 35))
                .expect(201).json();

        assertThat(ratingChange.path("rating").asInt()).isEqualTo(35);
        assertThat(ratingChange.path("date").asText()).as("today by default")
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Rome")).toString());
        JsonNode report = call(HttpMethod.GET, "/companies/" + ROSSI, null).expect(200).json();
        assertThat(report.path("procedures")).extracting(p -> p.path("type").asText())
                .containsExactly("INSOLVENCY", "VOLUNTARY");
        assertThat(report.path("foreclosures").get(0).path("amount").toString()).isEqualTo("15000.00");
        assertThat(report.path("rating").asInt()).isEqualTo(35);
        assertThat(report.path("ratingClass").asText()).isEqualTo("D");

        JsonNode changes = call(HttpMethod.GET, "/changes?since=" + since, null).expect(200).json().path("changes");
        assertThat(changes).extracting(c -> c.path("type").asText())
                .containsExactly("INSOLVENCY", "VOLUNTARY_PROCEDURE", "FORECLOSURE", "RATING_CHANGE");
        List<Instant> times = new ArrayList<>();
        changes.forEach(c -> times.add(Instant.parse(c.path("recordedAt").asText())));
        assertThat(times).as("strictly increasing, even within one millisecond").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anEventIsValidatedBeforeAnythingChanges() {
        assertProblem(addEvent(body("vatNumber", unknownVatNumber(), "type", "PROTEST")), 404, "vatNumber");
        assertBadRequest(addEvent(body("vatNumber", "12345678901", "type", "PROTEST")), "vatNumber");
        assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "BANKRUPTCY")), "type");
        assertBadRequest(addEvent(body("vatNumber", ROSSI)), "type");
        String message = assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "RATING_CHANGE")), "rating");
        assertThat(message).contains("rating");
        assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "RATING_CHANGE", "rating", 101)), "rating");
        assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "PROTEST", "rating", 40)), "rating");
        assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "INSOLVENCY", "amount", 100)), "amount");
        assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "PROTEST", "amount", -5)), "amount");
        assertBadRequest(addEvent(body("vatNumber", ROSSI, "type", "PROTEST",
                "date", LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(2))), "date");

        JsonNode report = call(HttpMethod.GET, "/companies/" + ROSSI, null).expect(200).json();
        assertThat(report.path("protests")).isEmpty();
        assertThat(report.path("rating").asInt()).isEqualTo(86);
    }

    @Test
    void resetRestoresTheDataFile() {
        Instant since = Instant.parse(call(HttpMethod.GET, "/changes?since=2020-01-01T00:00:00Z", null)
                .expect(200).json().path("until").asText());
        String first = addEvent(body("vatNumber", BIANCHI, "type", "RATING_CHANGE", "rating", 12)).expect(201).json()
                .path("id").asText();

        call(HttpMethod.POST, "/reset", null).expect(204);

        JsonNode report = call(HttpMethod.GET, "/companies/" + BIANCHI, null).expect(200).json();
        assertThat(report.path("rating").asInt()).isEqualTo(52);
        assertThat(report.path("protests")).hasSize(2);
        assertThat(call(HttpMethod.GET, "/changes?since=" + since, null).expect(200).json().path("changes"))
                .isEmpty();
        String next = addEvent(body("vatNumber", BIANCHI, "type", "PROTEST")).expect(201).json().path("id").asText();
        assertThat(next).as("ids are never reused").isNotEqualTo(first);
    }

    @Test
    void theLatencyIsWaitedOnEveryLookup() {
        sandbox.setLatency(Duration.ofMillis(300));

        long start = System.nanoTime();
        call(HttpMethod.GET, "/companies/" + ROSSI, null).expect(200);
        call(HttpMethod.POST, "/companies/bulk", body("vatNumbers", List.of(ROSSI))).expect(200);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aMissingOrMalformedSinceIsABadRequest() {
        assertProblem(call(HttpMethod.GET, "/changes", null), 400, null);
        assertBadRequest(call(HttpMethod.GET, "/changes?since=yesterday", null), "since");
    }

    /** A valid partita IVA the data file does not have. */
    private String unknownVatNumber() {
        String vatNumber;
        do {
            vatNumber = Api.randomPartitaIva();
        } while (sandbox.report(vatNumber).isPresent());
        return vatNumber;
    }
}
