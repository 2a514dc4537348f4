package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineMails;

/** The e-mail outbox page, and the language of the console: Italian by default, English on request. */
@IntegrationTest
class OutboxAndLanguageTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    DeadlineMails mails;

    @Autowired
    TestRestTemplate rest;

    @Test
    void theOutboxListsEMailsByStatus() {
        Customer customer = fixtures.customer(ConsoleFixtures.token() + " Posta Srl", null);
        Deadline deadline = fixtures.deadline(customer, fixtures.product("10.00"), fixtures.today().plusDays(30),
                null);
        mails.sendReminder(deadline.getId(), 30);
        String key = "deadline:" + deadline.getId() + ":reminder:P30D";

        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");
        ConsoleClient.Page outbox = browser.get("/outbox").expect(200);
        Element row = outbox.selectFirst("[data-testid=outbox-row][data-key=\"" + key + "\"]");
        assertThat(row.attr("data-status")).isEqualTo("SENT");
        assertThat(row.text()).contains(customer.getEmail()).contains("Inviata");
        assertThat(outbox.testIds("outbox-row").size()).isLessThanOrEqualTo(50);

        assertThat(browser.get("/outbox?status=SENT").select("[data-key=\"" + key + "\"]")).hasSize(1);
        ConsoleClient.Page pending = browser.get("/outbox?status=PENDING").expect(200);
        assertThat(pending.select("[data-key=\"" + key + "\"]")).isEmpty();
        assertThat(pending.testIds("outbox-row"))
                .allSatisfy(r -> assertThat(r.attr("data-status")).isEqualTo("PENDING"));
        assertThat(browser.get("/outbox?status=LOST").status()).isEqualTo(400);
        assertThat(outbox.testIds("nav-outbox")).hasSize(1);
    }

    @Test
    void sellersDoNotSeeTheWholeOutbox() {
        String seller = fixtures.seller();
        ConsoleClient browser = new ConsoleClient(port).signIn(seller, seller);
        assertThat(browser.get("/").testIds("nav-outbox")).isEmpty();
        assertThat(browser.get("/outbox").status()).isEqualTo(403);
    }

    @Test
    void italianByDefaultEnglishFromTheBrowserOrTheSwitch() {
        ConsoleClient italian = new ConsoleClient(port);
        ConsoleClient.Page login = italian.get("/login").expect(200);
        assertThat(login.html().selectFirst("html").attr("lang")).isEqualTo("it");
        assertThat(login.testId("login-submit").text()).isEqualTo("Accedi");

        ConsoleClient english = new ConsoleClient(port);
        assertThat(english.get("/login", "Accept-Language", "en-GB,en;q=0.9").testId("login-submit").text())
                .isEqualTo("Sign in");
        assertThat(english.get("/login", "Accept-Language", "de-DE").testId("login-submit").text())
                .as("a language the console does not have falls back to Italian").isEqualTo("Accedi");

        // the switch is remembered in a cookie, which wins over the browser's language
        ConsoleClient switcher = new ConsoleClient(port).signIn("demo", "demo");
        ConsoleClient.Page switched = switcher.get("/?lang=en", "Accept-Language", "it").expect(200);
        assertThat(switched.testId("logout").text()).isEqualTo("Sign out");
        assertThat(switched.testId("widget-todo").selectFirst("h2").text()).isEqualTo("To do today");
        assertThat(switched.header("Set-Cookie").orElseThrow()).contains("semaforo-lang=en").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(switcher.cookies()).extracting(HttpCookie::getName).contains("semaforo-lang");
        ConsoleClient.Page later = switcher.get("/customers", "Accept-Language", "it").expect(200);
        assertThat(later.testId("nav-customers").text()).isEqualTo("Customers");
        assertThat(later.testId("lang-en").hasClass("current")).isTrue();
        assertThat(later.testId("lang-it").attr("href")).isEqualTo("/customers?lang=it");

        assertThat(switcher.get("/customers?lang=it").testId("nav-customers").text()).isEqualTo("Clienti");
        assertThat(switcher.get("/", "Accept-Language", "en").testId("logout").text()).isEqualTo("Esci");
        assertThat(switcher.get("/?lang=fr").testId("logout").text()).as("unknown languages are ignored")
                .isEqualTo("Esci");
    }

    @Test
    void theApiStillFollowsAcceptLanguage() {
        HttpHeaders english = new HttpHeaders();
        english.set("Accept-Language", "en");
        String answer = rest.withBasicAuth("sara", "sara").exchange("/api/deadlines?expiryFrom=2026-02-02&expiryTo=2026-02-01",
                HttpMethod.GET, new HttpEntity<>(english), String.class).getBody();
        String italian = rest.withBasicAuth("sara", "sara").getForObject(
                "/api/deadlines?expiryFrom=2026-02-02&expiryTo=2026-02-01", String.class);
        assertThat(answer).contains("Invalid data");
        assertThat(italian).contains("Dati non validi").contains("La fine dell'intervallo precede l'inizio.");
    }
}
