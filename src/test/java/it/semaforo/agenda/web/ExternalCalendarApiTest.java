package it.semaforo.agenda.web;

import static it.semaforo.agenda.AgendaTestSupport.at;
import static it.semaforo.agenda.AgendaTestSupport.booking;
import static it.semaforo.agenda.AgendaTestSupport.mondayIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.agenda.AgendaTestSupport;
import it.semaforo.platform.Groups;

/**
 * External calendars served by a real HTTP server in the test: their busy times (a weekly recurring meeting, an
 * all-day event) block bookings at those times and nowhere else; a failing fetch keeps them; files work too.
 */
@IntegrationTest
class ExternalCalendarApiTest {

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired TestRestTemplate rest;
    @Autowired AgendaTestSupport users;

    private HttpServer server;
    /** What the server answers: the calendar text, or null for HTTP 500. */
    private final AtomicReference<String> served = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();
    private String seller;
    private LocalDate monday;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cal.ics", exchange -> {
            requests.incrementAndGet();
            String body = served.get();
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 500 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        seller = users.seller();
        monday = mondayIn(1);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aWeeklyMeetingAndAnAllDayEventBlockBookingsThereAndNowhereElse() {
        served.set(calendar(monday));
        JsonNode attached = attach(seller, "Outlook ufficio", url()).expect(201).json();
        assertThat(attached.path("kind").asText()).isEqualTo("URL");
        assertThat(attached.path("lastError").isMissingNode()).isTrue();
        assertThat(attached.path("lastFetchedAt").asText()).isNotBlank();
        assertThat(attached.path("busyTimes").asLong()).isGreaterThan(20);
        assertThat(requests.get()).isEqualTo(1);

        // the weekly Monday meeting 10:00-11:00 Rome, this week and the next ones
        for (LocalDate day : new LocalDate[] {monday, monday.plusWeeks(1), monday.plusWeeks(5)}) {
            String message = Api.assertProblem(book(seller, "Visita", at(day, 10, 30), at(day, 11, 30)), 409, "startsAt");
            assertThat(message).contains("Outlook ufficio");
        }
        book(seller, "Subito dopo", at(monday, 11, 0), at(monday, 12, 0)).expect(201);
        // Tuesday at the same time is free; the transparent event on Tuesday blocks nothing
        book(seller, "Martedi", at(monday.plusDays(1), 10, 0), at(monday.plusDays(1), 11, 0)).expect(201);
        // the cancelled event on Thursday blocks nothing
        book(seller, "Giovedi", at(monday.plusDays(3), 15, 0), at(monday.plusDays(3), 16, 0)).expect(201);
        // the all-day event on Wednesday blocks the whole day in Rome, and only that day
        LocalDate wednesday = monday.plusDays(2);
        Api.assertProblem(book(seller, "Mercoledi presto", at(wednesday, 0, 30), at(wednesday, 1, 0)), 409, "startsAt");
        Api.assertProblem(book(seller, "Mercoledi sera", at(wednesday, 23, 0), at(wednesday, 23, 59)), 409, "startsAt");
        book(seller, "Mezzanotte", at(wednesday.plusDays(1), 0, 0), at(wednesday.plusDays(1), 1, 0)).expect(201);
        book(seller, "Martedi sera", at(wednesday.minusDays(1), 22, 0), at(wednesday, 0, 0)).expect(201);

        // the seller sees the busy times with the calendar's name, the call center only that they are busy
        String week = "/api/agenda?user=" + seller + "&from=" + AgendaApiTest.enc(at(monday, 0, 0));
        JsonNode own = new Api(rest, seller).call(HttpMethod.GET, week, null).expect(200).json();
        assertThat(own.path("busy")).hasSize(2);
        assertThat(own.path("busy").get(0).path("calendar").asText()).isEqualTo("Outlook ufficio");
        JsonNode others = new Api(rest, users.user(Groups.CALLCENTER)).call(HttpMethod.GET, week, null)
                .expect(200).json();
        assertThat(others.path("busy")).hasSize(2);
        assertThat(others.path("busy").get(0).path("calendar").isMissingNode()).isTrue();
        // free slots leave the meeting out
        JsonNode slots = new Api(rest, seller).call(HttpMethod.GET,
                "/api/agenda/free-slots?day=" + monday.plusWeeks(1) + "&minutes=30", null).expect(200).json();
        assertThat(slots).hasSize(2);
        assertThat(java.time.OffsetDateTime.parse(slots.get(0).path("endsAt").asText()))
                .isEqualTo(at(monday.plusWeeks(1), 10, 0));
        assertThat(java.time.OffsetDateTime.parse(slots.get(1).path("startsAt").asText()))
                .isEqualTo(at(monday.plusWeeks(1), 11, 0));
    }

    @Test
    void aFailingFetchKeepsTheBusyTimesAndRecordsTheError() {
        served.set(calendar(monday));
        long id = attach(seller, "Google", url()).expect(201).id();
        long busy = list(seller).get(0).path("busyTimes").asLong();

        served.set(null);
        JsonNode failed = new Api(rest, seller).call(HttpMethod.POST, "/api/agenda/external/" + id + "/refresh",
                null).expect(200).json();
        assertThat(failed.path("lastError").asText()).isEqualTo("HTTP 500");
        assertThat(failed.path("busyTimes").asLong()).isEqualTo(busy);
        assertThat(list(seller).get(0).path("lastError").asText()).isEqualTo("HTTP 500");
        Api.assertProblem(book(seller, "Visita", at(monday, 10, 0), at(monday, 11, 0)), 409, "startsAt");

        // a server that answers again clears the error; an empty calendar frees the time
        served.set("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n");
        JsonNode refreshed = new Api(rest, seller).call(HttpMethod.POST,
                "/api/agenda/external/" + id + "/refresh", null).expect(200).json();
        assertThat(refreshed.path("lastError").isMissingNode()).isTrue();
        assertThat(refreshed.path("busyTimes").asLong()).isZero();
        book(seller, "Visita", at(monday, 10, 0), at(monday, 11, 0)).expect(201);
    }

    @Test
    void anUnreachableUrlIsAttachedWithItsError() {
        server.stop(0);
        JsonNode attached = attach(seller, "Spento", url()).expect(201).json();
        assertThat(attached.path("lastError").asText()).contains("ConnectException");
        assertThat(attached.path("lastFetchedAt").isMissingNode()).isTrue();
        assertThat(attached.path("busyTimes").asLong()).isZero();
    }

    @Test
    void anUploadedFileBlocksItsBusyTimesAndSomethingElseIsRefused() {
        Api.Response uploaded = upload(seller, calendar(monday), "lavoro.ics");
        JsonNode file = uploaded.expect(201).json();
        assertThat(file.path("kind").asText()).isEqualTo("FILE");
        assertThat(file.path("name").asText()).isEqualTo("lavoro.ics");
        Api.assertProblem(book(seller, "Visita", at(monday.plusWeeks(2), 10, 0), at(monday.plusWeeks(2), 10, 15)),
                409, "startsAt");
        Api.assertProblem(new Api(rest, seller).call(HttpMethod.POST,
                "/api/agenda/external/" + file.path("id").asLong() + "/refresh", null), 409, null);

        Api.assertBadRequest(upload(seller, "Buongiorno, questo non è un calendario", "note.ics"), "file");
        assertThat(list(seller)).hasSize(1);
    }

    @Test
    void onlyHttpAddressesAreAccepted() {
        for (String bad : new String[] {"ftp://example.com/cal.ics", "file:///etc/passwd", "calendario", "http://"}) {
            String message = Api.assertBadRequest(attach(seller, "Sbagliato", bad), "url");
            assertThat(message).contains("http");
        }
        Api.assertBadRequest(attach(seller, "", url()), "name");
        assertThat(list(seller)).isEmpty();
        assertThat(requests.get()).isZero();
    }

    @Test
    void calendarsAreTheirOwnersOnly() {
        served.set(calendar(monday));
        long id = attach(seller, "Mio", url()).expect(201).id();
        String other = users.seller();

        assertThat(list(other)).isEmpty();
        Api.assertProblem(new Api(rest, other).call(HttpMethod.POST,
                "/api/agenda/external/" + id + "/refresh", null), 404, null);
        Api.assertProblem(new Api(rest, other).call(HttpMethod.DELETE, "/api/agenda/external/" + id, null),
                404, null);
        // the other seller's agenda is not blocked by this calendar
        book(other, "Libero", at(monday, 10, 0), at(monday, 11, 0)).expect(201);

        new Api(rest, seller).call(HttpMethod.DELETE, "/api/agenda/external/" + id, null).expect(204);
        assertThat(list(seller)).isEmpty();
        book(seller, "Ora libero", at(monday, 10, 0), at(monday, 11, 0)).expect(201);
    }

    /**
     * A weekly meeting on Mondays 10:00-11:00 Rome from four weeks before {@code monday}, an all-day event on the
     * Wednesday after it, a transparent event on Tuesday and a cancelled one on Thursday.
     */
    private static String calendar(LocalDate monday) {
        String start = monday.minusWeeks(4).format(ICS_DATE);
        String wednesday = monday.plusDays(2).format(ICS_DATE);
        return String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Semaforo//EN",
                "BEGIN:VEVENT", "UID:weekly@test", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Europe/Rome:" + start + "T100000", "DTEND;TZID=Europe/Rome:" + start + "T110000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO", "SUMMARY:Riunione settimanale", "END:VEVENT",
                "BEGIN:VEVENT", "UID:allday@test", "DTSTAMP:20260101T000000Z",
                "DTSTART;VALUE=DATE:" + wednesday, "DTEND;VALUE=DATE:" + monday.plusDays(3).format(ICS_DATE),
                "SUMMARY:Fiera", "END:VEVENT",
                "BEGIN:VEVENT", "UID:free@test", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Europe/Rome:" + monday.plusDays(1).format(ICS_DATE) + "T090000",
                "DTEND;TZID=Europe/Rome:" + monday.plusDays(1).format(ICS_DATE) + "T120000",
                "TRANSP:TRANSPARENT", "SUMMARY:Promemoria", "END:VEVENT",
                "BEGIN:VEVENT", "UID:cancelled@test", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Europe/Rome:" + monday.plusDays(3).format(ICS_DATE) + "T140000",
                "DTEND;TZID=Europe/Rome:" + monday.plusDays(3).format(ICS_DATE) + "T170000",
                "STATUS:CANCELLED", "SUMMARY:Annullato", "END:VEVENT",
                "END:VCALENDAR", "");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cal.ics";
    }

    private Api.Response attach(String user, String name, String url) {
        return new Api(rest, user).call(HttpMethod.POST, "/api/agenda/external",
                Api.body("name", name, "url", url));
    }

    private Api.Response upload(String user, String content, String filename) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return new Api(rest, user).call(HttpMethod.POST, "/api/agenda/external/file", parts);
    }

    private JsonNode list(String user) {
        return new Api(rest, user).call(HttpMethod.GET, "/api/agenda/external", null).expect(200).json();
    }

    private Api.Response book(String user, String title, java.time.OffsetDateTime start, java.time.OffsetDateTime end) {
        return new Api(rest, user).call(HttpMethod.POST, "/api/agenda", booking(null, title, start, end));
    }
}
