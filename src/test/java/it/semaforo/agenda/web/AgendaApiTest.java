package it.semaforo.agenda.web;

import static it.semaforo.agenda.AgendaTestSupport.at;
import static it.semaforo.agenda.AgendaTestSupport.booking;
import static it.semaforo.agenda.AgendaTestSupport.mondayIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.agenda.AgendaTestSupport;
import it.semaforo.platform.Groups;

/** {@code /api/agenda}: booking with overlap detection, who may see and book whose agenda, cancelling, free slots. */
@IntegrationTest
class AgendaApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired AgendaTestSupport users;
    @Autowired TestData testData;

    private String seller;
    private LocalDate monday;

    @BeforeEach
    void freshSeller() {
        seller = users.seller();
        monday = mondayIn(2);
    }

    @Test
    void adjacentEntriesFitAndAnOverlappingOneIsRefusedOnStartsAt() {
        book(seller, "Visita Rossi", at(monday, 10, 0), at(monday, 11, 0)).expect(201);
        JsonNode next = book(seller, "Visita Bianchi", at(monday, 11, 0), at(monday, 12, 0)).expect(201).json();
        assertThat(next.path("userId").asText()).isEqualTo(seller);
        assertThat(next.path("bookedBy").asText()).isEqualTo(seller);
        assertThat(next.path("kind").asText()).isEqualTo("APPOINTMENT");
        assertThat(OffsetDateTime.parse(next.path("startsAt").asText())).isEqualTo(at(monday, 11, 0));

        Api.Response overlapping = book(seller, "Telefonata", at(monday, 10, 30), at(monday, 11, 30));
        assertThat(Api.assertProblem(overlapping, 409, "startsAt")).isEqualTo("In agenda c'è già un impegno in quell'orario.");
        Api.Response english = new Api(rest, seller).call(HttpMethod.POST, "/api/agenda",
                booking(null, "Call", at(monday, 9, 30), at(monday, 10, 1)), "Accept-Language", "en");
        assertThat(Api.assertProblem(english, 409, "startsAt")).isEqualTo("The agenda already has an engagement at that time.");
        // inside another entry, or around it, is an overlap too
        Api.assertProblem(book(seller, "Dentro", at(monday, 10, 15), at(monday, 10, 45)), 409, "startsAt");
        Api.assertProblem(book(seller, "Intorno", at(monday, 9, 0), at(monday, 13, 0)), 409, "startsAt");

        assertThat(titles(get(seller, "/api/agenda?from=" + enc(at(monday, 0, 0)) + "&to=" + enc(at(monday.plusDays(1), 0, 0)))))
                .containsExactly("Visita Rossi", "Visita Bianchi");
    }

    @Test
    void anEndNotAfterTheStartIsABadRequestOnEndsAt() {
        Api.assertBadRequest(book(seller, "Al contrario", at(monday, 11, 0), at(monday, 10, 0)), "endsAt");
        Api.assertBadRequest(book(seller, "Vuoto", at(monday, 11, 0), at(monday, 11, 0)), "endsAt");
        Api.assertBadRequest(book(seller, " ", at(monday, 11, 0), at(monday, 12, 0)), "title");
        Api.assertBadRequest(new Api(rest, seller).call(HttpMethod.POST, "/api/agenda",
                "{\"title\":\"x\",\"startsAt\":\"domani\",\"endsAt\":\"2030-01-01T10:00:00+01:00\"}"), "startsAt");
        assertThat(titles(get(seller, "/api/agenda?from=" + enc(at(monday, 0, 0))))).isEmpty();
    }

    @Test
    void theCallCenterBooksForASellerButOnlyForASeller() {
        String callcenter = users.user(Groups.CALLCENTER);
        long customerId = testData.customer("it").getId();
        JsonNode booked = new Api(rest, callcenter).call(HttpMethod.POST, "/api/agenda",
                        Api.body("userId", seller, "kind", "CALL", "title", "Richiamare", "customerId", customerId,
                                "startsAt", at(monday, 15, 0).toString(), "endsAt", at(monday, 15, 30).toString()))
                .expect(201).json();
        assertThat(booked.path("userId").asText()).isEqualTo(seller);
        assertThat(booked.path("bookedBy").asText()).isEqualTo(callcenter);
        assertThat(booked.path("customerId").asLong()).isEqualTo(customerId);

        // the call center sees the seller's agenda (that is how it finds a free slot)
        String week = "/api/agenda?user=" + seller + "&from=" + enc(at(monday, 0, 0));
        assertThat(titles(get(callcenter, week))).containsExactly("Richiamare");
        assertThat(titles(get("demo", week))).containsExactly("Richiamare");

        String administration = users.user(Groups.ADMINISTRATION);
        Api.assertBadRequest(new Api(rest, callcenter).call(HttpMethod.POST, "/api/agenda",
                booking(administration, "Non un venditore", at(monday, 9, 0), at(monday, 9, 30))), "userId");
        Api.assertBadRequest(new Api(rest, "demo").call(HttpMethod.POST, "/api/agenda",
                booking("nessuno-" + seller, "Sconosciuto", at(monday, 9, 0), at(monday, 9, 30))), "userId");
    }

    @Test
    void aSellerNeitherSeesNorBooksAnotherAgenda() {
        String other = users.seller();
        book(other, "Privato", at(monday, 10, 0), at(monday, 11, 0)).expect(201);

        String detail = Api.assertProblem(get(seller, "/api/agenda?user=" + other), 403, null);
        assertThat(detail).contains("call center");
        Api.assertProblem(get(seller, "/api/agenda/free-slots?user=" + other + "&day=" + monday), 403, null);
        Api.assertProblem(new Api(rest, seller).call(HttpMethod.POST, "/api/agenda",
                booking(other, "Intruso", at(monday, 12, 0), at(monday, 13, 0))), 403, null);
        assertThat(titles(get(other, "/api/agenda?from=" + enc(at(monday, 0, 0))))).containsExactly("Privato");

        // a manager asking for a user that does not exist
        Api.assertProblem(get("demo", "/api/agenda?user=nessuno-" + other), 404, null);
        assertThat(new Api(rest).anonymousCall(HttpMethod.GET, "/api/agenda", null).code()).isEqualTo(401);
    }

    @Test
    void theOwnerTheBookerOrAManagerCancelsAndTheSlotIsFreeAgain() {
        String callcenter = users.user(Groups.CALLCENTER);
        String other = users.seller();
        long byCallcenter = new Api(rest, callcenter).call(HttpMethod.POST, "/api/agenda",
                booking(seller, "Primo", at(monday, 9, 0), at(monday, 10, 0))).expect(201).id();
        long own = book(seller, "Secondo", at(monday, 10, 0), at(monday, 11, 0)).expect(201).id();
        long third = book(seller, "Terzo", at(monday, 11, 0), at(monday, 12, 0)).expect(201).id();

        Api.assertProblem(delete(other, "/api/agenda/" + own), 404, null);
        Api.assertProblem(delete(seller, "/api/agenda/999999999"), 404, null);
        delete(callcenter, "/api/agenda/" + byCallcenter).expect(204);
        delete(seller, "/api/agenda/" + own).expect(204);
        delete("demo", "/api/agenda/" + third).expect(204);

        assertThat(titles(get(seller, "/api/agenda?from=" + enc(at(monday, 0, 0))))).isEmpty();
        book(seller, "Di nuovo", at(monday, 9, 0), at(monday, 12, 0)).expect(201);
    }

    @Test
    void freeSlotsAreTheGapsOfTheWorkingDay() {
        book(seller, "Mattina", at(monday, 10, 0), at(monday, 11, 0)).expect(201);
        book(seller, "Pranzo", at(monday, 12, 30), at(monday, 14, 0)).expect(201);

        JsonNode slots = get(seller, "/api/agenda/free-slots?day=" + monday + "&minutes=60").expect(200).json();
        assertThat(slots(slots)).containsExactly(
                at(monday, 9, 0) + "/" + at(monday, 10, 0),
                at(monday, 11, 0) + "/" + at(monday, 12, 30),
                at(monday, 14, 0) + "/" + at(monday, 18, 0));
        JsonNode longer = get(seller, "/api/agenda/free-slots?day=" + monday + "&minutes=120").expect(200).json();
        assertThat(slots(longer)).containsExactly(at(monday, 14, 0) + "/" + at(monday, 18, 0));
        // the call center looks for a seller's slot
        String callcenter = users.user(Groups.CALLCENTER);
        assertThat(slots(get(callcenter, "/api/agenda/free-slots?user=" + seller + "&day=" + monday).expect(200).json()))
                .hasSize(3);
        assertThat(get(seller, "/api/agenda/free-slots?day=" + monday.plusDays(5)).expect(200).json()).isEmpty();
        Api.assertBadRequest(get(seller, "/api/agenda/free-slots?day=" + monday + "&minutes=0"), "minutes");
        Api.assertBadRequest(get(seller, "/api/agenda/free-slots?day=lunedi"), "day");
    }

    @Test
    void anInvertedOrTooLongRangeIsABadRequestOnTo() {
        Api.assertBadRequest(get(seller, "/api/agenda?from=" + enc(at(monday, 10, 0)) + "&to=" + enc(at(monday, 9, 0))), "to");
        Api.assertBadRequest(get(seller, "/api/agenda?from=" + enc(at(monday, 10, 0)) + "&to="
                + enc(at(monday.plusDays(200), 9, 0))), "to");
        JsonNode thisWeek = get(seller, "/api/agenda").expect(200).json();
        assertThat(OffsetDateTime.parse(thisWeek.path("from").asText()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(thisWeek.path("user").asText()).isEqualTo(seller);
    }

    private Api.Response book(String user, String title, OffsetDateTime start, OffsetDateTime end) {
        return new Api(rest, user).call(HttpMethod.POST, "/api/agenda", booking(null, title, start, end));
    }

    private Api.Response get(String user, String path) {
        return new Api(rest, user).call(HttpMethod.GET, path, null);
    }

    private Api.Response delete(String user, String path) {
        return new Api(rest, user).call(HttpMethod.DELETE, path, null);
    }

    /** As a query parameter: in UTC, so that no '+' needs escaping. */
    static String enc(OffsetDateTime time) {
        return time.toInstant().toString();
    }

    private static List<String> titles(Api.Response response) {
        List<String> titles = new ArrayList<>();
        response.expect(200).json().path("appointments").forEach(a -> titles.add(a.path("title").asText()));
        return titles;
    }

    private static List<String> slots(JsonNode slots) {
        List<String> result = new ArrayList<>();
        slots.forEach(s -> result.add(OffsetDateTime.parse(s.path("startsAt").asText()) + "/"
                + OffsetDateTime.parse(s.path("endsAt").asText())));
        return result;
    }
}
