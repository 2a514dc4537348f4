package it.semaforo.console;

import static it.semaforo.agenda.AgendaTestSupport.at;
import static it.semaforo.agenda.AgendaTestSupport.mondayIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.agenda.Agenda;
import it.semaforo.agenda.AgendaTestSupport;
import it.semaforo.agenda.AppointmentKind;
import it.semaforo.agenda.ExternalCalendars;
import it.semaforo.agenda.NewAppointment;

/** The console's agenda page: the week, the private feed (shown once), external calendars. */
@IntegrationTest
class AgendaPageTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired AgendaTestSupport users;
    @Autowired Agenda agenda;
    @Autowired ExternalCalendars calendars;

    private String seller;
    private ConsoleClient browser;

    @BeforeEach
    void signIn() {
        seller = users.seller();
        browser = new ConsoleClient(port).signIn(seller, seller);
    }

    @Test
    void theWeekShowsAppointmentsAndExternalBusyTimes() {
        LocalDate monday = mondayIn(1);
        agenda.book(new NewAppointment(seller, AppointmentKind.CALL, "Richiamare Rossi", at(monday, 10, 0).toInstant(),
                at(monday, 10, 30).toInstant(), "Telefono", null, null), "carlo");
        String day = monday.plusDays(1).toString().replace("-", "");
        calendars.attachFile(seller, "Ferie", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//T//EN",
                "BEGIN:VEVENT", "UID:x@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:" + day,
                "SUMMARY:Segreto", "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8));

        ConsoleClient.Page page = browser.get("/agenda?week=" + monday.plusDays(3)).expect(200);

        assertThat(page.testId("nav-agenda").hasClass("active")).isTrue();
        assertThat(page.selectFirst("[data-day=" + monday + "]").text()).contains("10:00–10:30", "Richiamare Rossi");
        String tuesday = page.selectFirst("[data-day=" + monday.plusDays(1) + "]").text();
        assertThat(tuesday).contains("Tutto il giorno", "Occupato", "Ferie").doesNotContain("Segreto");
        assertThat(page.testIds("external-row")).hasSize(1);
        assertThat(page.testId("external-row").text()).contains("Ferie", "un orario occupato");
        // another week is empty
        assertThat(browser.get("/agenda?week=" + monday.plusWeeks(1)).expect(200).testIds("agenda-entry")).isEmpty();
    }

    @Test
    void theFeedAddressIsShownOnceAndCanBeRevoked() {
        assertThat(browser.get("/agenda").expect(200).testId("feed-status").text()).isEqualTo("Nessun calendario pubblicato.");

        ConsoleClient.Page made = browser.post("/agenda/feed", Map.of(), true).expect(302);
        assertThat(made.location()).endsWith("/agenda");
        ConsoleClient.Page shown = browser.get("/agenda").expect(200);
        String url = shown.testId("feed-url").attr("value");
        assertThat(url).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
        assertThat(rest.getForEntity(url.substring("http://localhost:8080".length()), String.class).getBody())
                .startsWith("BEGIN:VCALENDAR");
        // only once
        ConsoleClient.Page again = browser.get("/agenda").expect(200);
        assertThat(again.testIds("feed-url")).isEmpty();
        assertThat(again.testId("feed-status").text()).startsWith("Calendario pubblicato");

        browser.post("/agenda/feed/revoke", Map.of(), true).expect(302);
        assertThat(browser.get("/agenda").expect(200).testId("feed-status").text()).isEqualTo("Nessun calendario pubblicato.");
        assertThat(rest.getForEntity(url.substring("http://localhost:8080".length()), String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aCalendarAddressThatIsNotHttpIsShownNextToItsField() {
        browser.get("/agenda").expect(200);
        ConsoleClient.Page refused = browser.post("/agenda/external",
                Map.of("name", "Vecchio", "url", "ftp://example.com/cal.ics"), true).expect(400);
        assertThat(refused.testId("error-url").text()).isEqualTo("Serve un indirizzo http:// o https:// completo.");
        assertThat(refused.selectFirst("#external-url").attr("value")).isEqualTo("ftp://example.com/cal.ics");
        assertThat(calendars.of(seller)).isEmpty();
        // without the CSRF token nothing happens
        assertThat(browser.post("/agenda/feed", Map.of(), false).status()).isEqualTo(403);
    }
}
