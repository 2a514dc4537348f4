package it.semaforo.agenda.web;

import static it.semaforo.agenda.AgendaTestSupport.at;
import static it.semaforo.agenda.AgendaTestSupport.booking;
import static it.semaforo.agenda.AgendaTestSupport.mondayIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.agenda.AgendaTestSupport;
import it.semaforo.customers.Customer;
import it.semaforo.platform.Groups;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The private iCalendar feed: made, rotated and revoked through the API, read without signing in. */
@IntegrationTest
class CalendarFeedTest {

    private static final String BASE_URL = "http://localhost:8080";

    @Autowired TestRestTemplate rest;
    @Autowired AgendaTestSupport users;
    @Autowired TestData testData;

    @Test
    void anAppointmentBookedByTheCallCenterAppearsInTheSellersFeed() throws Exception {
        String seller = users.seller();
        String callcenter = users.user(Groups.CALLCENTER);
        Customer customer = testData.customer("it");
        LocalDate monday = mondayIn(1);
        long id = new Api(rest, callcenter).call(HttpMethod.POST, "/api/agenda",
                Api.body("userId", seller, "title", "Visita commerciale", "location", "Via Roma 1, Milano",
                        "customerId", customer.getId(), "startsAt", at(monday, 10, 0).toString(),
                        "endsAt", at(monday, 11, 30).toString())).expect(201).id();
        // another seller's appointment never shows in this feed
        String other = users.seller();
        long othersId = new Api(rest, other).call(HttpMethod.POST, "/api/agenda",
                booking(null, "Altro venditore", at(monday, 10, 0), at(monday, 11, 0))).expect(201).id();

        String url = newFeed(seller);
        Api.Response feed = new Api(rest).anonymousCall(HttpMethod.GET, path(url), null);

        assertThat(feed.code()).isEqualTo(200);
        assertThat(feed.contentType().isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(feed.contentType().getCharset()).hasToString("UTF-8");
        assertThat(feed.headers().getCacheControl()).contains("private");
        assertThat(feed.headers().get(HttpHeaders.SET_COOKIE)).as("no session for a feed").isNull();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).contains("-//Semaforo//Agenda//IT");
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty(Property.CALSCALE).map(Property::getValue)).contains("GREGORIAN");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow()).contains(seller);

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
                .contains("appointment-" + id + "@semaforo")
                .doesNotContain("appointment-" + othersId + "@semaforo");
        VEvent event = event(events, id).orElseThrow();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Visita commerciale");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Via Roma 1, Milano");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(customer.getName());
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.DTSTART)).isEqualTo(utc(at(monday, 10, 0).toInstant()));
        assertThat(value(event, Property.DTEND)).isEqualTo(utc(at(monday, 11, 30).toInstant()));
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();

        // cancelled: gone from the feed at the next refresh
        new Api(rest, callcenter).call(HttpMethod.DELETE, "/api/agenda/" + id, null).expect(204);
        String after = new Api(rest).anonymousCall(HttpMethod.GET, path(url), null).expect(200).body();
        assertThat(after).doesNotContain("appointment-" + id + "@semaforo");
    }

    @Test
    void rotatingInvalidatesTheOldAddressAndRevokingEndsTheFeed() {
        String seller = users.seller();
        assertThat(status(seller).path("active").asBoolean()).isFalse();
        String first = newFeed(seller);
        String second = newFeed(seller);
        assertThat(second).isNotEqualTo(first);

        assertThat(new Api(rest).anonymousCall(HttpMethod.GET, path(first), null).code()).isEqualTo(404);
        new Api(rest).anonymousCall(HttpMethod.GET, path(second), null).expect(200);
        assertThat(status(seller).path("active").asBoolean()).isTrue();

        new Api(rest, seller).call(HttpMethod.DELETE, "/api/agenda/feed", null).expect(204);
        Api.assertProblem(new Api(rest).anonymousCall(HttpMethod.GET, path(second), null), 404, null);
        assertThat(status(seller).path("active").asBoolean()).isFalse();
        assertThat(status(seller).path("revokedAt").asText()).isNotBlank();

        // a new one after revoking works again
        new Api(rest).anonymousCall(HttpMethod.GET, path(newFeed(seller)), null).expect(200);
    }

    @Test
    void unknownTokensAndOtherPathsStayClosed() {
        assertThat(new Api(rest).anonymousCall(HttpMethod.GET,
                "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", null).code()).isEqualTo(404);
        assertThat(new Api(rest).anonymousCall(HttpMethod.GET, "/calendar/short.ics", null).code())
                .isEqualTo(404);
        // only the feed itself is public: anything else under /calendar leads to the sign-in page
        assertThat(new Api(rest).anonymousCall(HttpMethod.GET, "/calendar/x", null).body())
                .contains("data-testid=\"login-form\"");
        assertThat(new Api(rest).anonymousCall(HttpMethod.POST, "/api/agenda/feed", null).code())
                .isEqualTo(401);
    }

    private String newFeed(String user) {
        Api.Response created = new Api(rest, user).call(HttpMethod.POST, "/api/agenda/feed", null).expect(201);
        String url = created.json().path("url").asText();
        assertThat(url).startsWith(BASE_URL + "/calendar/").endsWith(".ics");
        assertThat(created.headers().getCacheControl()).contains("no-store");
        return url;
    }

    private com.fasterxml.jackson.databind.JsonNode status(String user) {
        return new Api(rest, user).call(HttpMethod.GET, "/api/agenda/feed", null).expect(200).json();
    }

    private static String path(String url) {
        return url.substring(BASE_URL.length());
    }

    private static Optional<VEvent> event(List<VEvent> events, long id) {
        return events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("appointment-" + id + "@semaforo"))
                .findFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }
}
