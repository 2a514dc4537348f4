package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxMessage;

/**
 * Signing in to the portal by e-mailed link: single use, 15 minutes, the same answer for unknown addresses, rate
 * limited, and a session cookie that scripts cannot read and other sites cannot send.
 */
@IntegrationTest
class PortalSignInTest {

    @LocalServerPort int port;
    @Autowired PortalFixtures fixtures;
    @Autowired Notifications notifications;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aCustomersAddressGetsALinkThatSignsInOnceWithAProtectedCookie() throws Exception {
        Customer customer = fixtures.customer("it");
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);

        PortalClient.Page sent = browser.post("/portal/login", Map.of("email", customer.getEmail().toUpperCase()))
                .expect(200);
        assertThat(sent.has("portal-link-sent")).isTrue();

        MimeMessage mail = fixtures.waitForMail(customer.getEmail(), 0);
        assertThat(mail.getSubject()).isEqualTo("Il suo link per l'area clienti");
        assertThat(PortalFixtures.body(mail)).contains("Gentile " + customer.getName()).contains("15 minuti");
        String link = PortalFixtures.linkPath(mail);
        OutboxMessage recorded = notifications.withKeyPrefix("portal:login:").stream()
                .filter(m -> m.getRecipient().equals(customer.getEmail())).findFirst().orElseThrow();
        assertThat(recorded.getBody()).as("the outbox never keeps a sign-in link").isNull();
        assertThat(mail.getMessageID()).isEqualTo(recorded.getMessageId());

        // opening the link only asks to confirm: a mail scanner following it uses nothing up
        browser.get(link).expect(200);
        browser.get(link).expect(200).testId("portal-enter");
        PortalClient.Page signedIn = browser.post("/portal/access", Map.of("token", PortalFixtures.tokenOf(link)))
                .expect(302);
        assertThat(signedIn.location()).endsWith("/portal");
        String cookie = signedIn.setCookie("SEMAFORO_PORTAL");
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax").contains("Path=/portal");

        PortalClient.Page services = browser.get("/portal").expect(200);
        assertThat(services.testId("portal-customer").text()).isEqualTo(customer.getName());

        PortalClient other = new PortalClient(port);
        other.get(link).expect(410).testId("portal-link-expired");
        other.get("/portal/login").expect(200);
        other.post("/portal/access", Map.of("token", PortalFixtures.tokenOf(link))).expect(410);
        assertThat(other.cookie("SEMAFORO_PORTAL")).isNull();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        Customer customer = fixtures.customer("it");
        String unknown = "nobody-" + java.util.UUID.randomUUID() + "@example.it";
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);

        String known = browser.post("/portal/login", Map.of("email", customer.getEmail())).expect(200)
                .testId("portal-link-sent").text();
        browser.get("/portal/login").expect(200);
        String stranger = browser.post("/portal/login", Map.of("email", unknown)).expect(200)
                .testId("portal-link-sent").text();

        assertThat(stranger).isEqualTo(known.replace(customer.getEmail(), unknown));
        fixtures.waitForMail(customer.getEmail(), 0);
        assertThat(fixtures.mailsTo(unknown)).isEmpty();
        assertThat(notifications.withKeyPrefix("portal:login:")).noneMatch(m -> unknown.equals(m.getRecipient()));
    }

    @Test
    void aLinkExpiresAfterFifteenMinutes() {
        EngineTime.setTo(LocalDateTime.of(2031, 5, 6, 9, 0));
        Customer customer = fixtures.customer("en");
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);
        browser.post("/portal/login", Map.of("email", customer.getEmail())).expect(200);
        String link = PortalFixtures.linkPath(fixtures.waitForMail(customer.getEmail(), 0));

        EngineTime.setTo(LocalDateTime.of(2031, 5, 6, 9, 14));
        browser.get(link).expect(200);
        EngineTime.setTo(LocalDateTime.of(2031, 5, 6, 9, 15, 1));
        PortalClient.Page expired = browser.post("/portal/access", Map.of("token", PortalFixtures.tokenOf(link)))
                .expect(410);
        assertThat(expired.testId("portal-link-expired").text()).contains("Ne chieda uno nuovo");
    }

    @Test
    void aBadAddressIsAFieldErrorAndAForeignFormIsRefused() {
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);

        PortalClient.Page invalid = browser.post("/portal/login", Map.of("email", "not-an-address")).expect(400);
        assertThat(invalid.testId("portal-email-error").text()).contains("indirizzo e-mail valido");
        assertThat(invalid.html().selectFirst("input[name=email]").attr("value")).isEqualTo("not-an-address");
        browser.post("/portal/login", Map.of("email", "a@b.it\r\nBcc: victim@example.it")).expect(400);

        PortalClient stranger = new PortalClient(port);
        stranger.postWithoutToken("/portal/login", Map.of("email", "x@example.it")).expect(403);
    }

    @Test
    void anAddressMayAskForFiveLinksInFifteenMinutes() {
        EngineTime.setTo(LocalDateTime.of(2031, 7, 1, 10, 0));
        Customer customer = fixtures.customer("it");
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);
        for (int i = 0; i < 5; i++) {
            browser.post("/portal/login", Map.of("email", customer.getEmail())).expect(200);
        }

        PortalClient.Page limited = browser.post("/portal/login", Map.of("email", customer.getEmail())).expect(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("900");
        assertThat(limited.testId("portal-rate-limited").text()).contains("troppi link");

        EngineTime.setTo(LocalDateTime.of(2031, 7, 1, 10, 16));
        browser.post("/portal/login", Map.of("email", customer.getEmail())).expect(200);
    }

    @Test
    void aPortalPageAskedForBeforeSignInOpensRightAfterIt() {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 20);
        String renewPage = "/portal/services/" + deadline.getId() + "/renew";

        PortalClient.Page redirected = new PortalClient(port).get(renewPage).expect(302);
        assertThat(redirected.location()).endsWith("/portal/login?next=%2Fportal%2Fservices%2F" + deadline.getId()
                + "%2Frenew");

        PortalClient browser = fixtures.signIn(port, customer, renewPage);
        assertThat(browser.get(renewPage).expect(200).has("portal-renew-form")).isTrue();
    }

    @Test
    void aSignedInCustomerSkipsTheSignInPage() {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 20);
        PortalClient browser = fixtures.signIn(port, customer, null);

        assertThat(browser.get("/portal/login").expect(302).location()).endsWith("/portal");
        assertThat(browser.get("/portal/login?next=/portal/services/" + deadline.getId() + "/renew").expect(302)
                .location()).endsWith("/portal/services/" + deadline.getId() + "/renew");
    }

    @Test
    void theSignInPagesSpeakTheBrowsersLanguageOrTheChosenOne() {
        PortalClient browser = new PortalClient(port);
        assertThat(browser.get("/portal/login").expect(200).html().selectFirst("h1").text())
                .isEqualTo("Accedi all'area clienti");
        assertThat(browser.get("/portal/login?lang=en").expect(200).html().selectFirst("h1").text())
                .isEqualTo("Sign in to the customer area");
        assertThat(browser.get("/portal/login", "Accept-Language", "en-GB,en").html().selectFirst("html")
                .attr("lang")).isEqualTo("en");
    }

    @Test
    void aTargetOutsideThePortalIsIgnored() {
        Customer customer = fixtures.customer("it");
        fixtures.signIn(port, customer, null);
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);
        int before = fixtures.mailsTo(customer.getEmail()).length;
        browser.post("/portal/login", Map.of("email", customer.getEmail(), "next", "//evil.example/portal"))
                .expect(200);
        String link = PortalFixtures.linkPath(fixtures.waitForMail(customer.getEmail(), before));
        browser.get(link).expect(200);
        assertThat(browser.post("/portal/access", Map.of("token", PortalFixtures.tokenOf(link))).expect(302)
                .location()).endsWith("/portal").doesNotContain("evil");
    }

    @Test
    void signingOutEndsTheSessionForGood() {
        Customer customer = fixtures.customer("it");
        PortalClient browser = fixtures.signIn(port, customer, null);
        String session = browser.cookie("SEMAFORO_PORTAL");
        browser.get("/portal").expect(200);

        PortalClient.Page out = browser.post("/portal/logout", Map.of()).expect(302);
        assertThat(out.location()).endsWith("/portal/login?signedOut");
        assertThat(out.setCookie("SEMAFORO_PORTAL")).contains("Max-Age=0");

        PortalClient replay = new PortalClient(port);
        replay.setCookie("SEMAFORO_PORTAL", session);
        assertThat(replay.get("/portal").expect(302).location()).contains("/portal/login");
    }

    @Test
    void aSessionEndsAfterItsDuration() {
        EngineTime.setTo(LocalDateTime.of(2031, 9, 1, 9, 0));
        Customer customer = fixtures.customer("it");
        PortalClient browser = fixtures.signIn(port, customer, null);

        EngineTime.setTo(LocalDateTime.of(2031, 9, 1, 16, 59));
        browser.get("/portal").expect(200);
        EngineTime.setTo(LocalDateTime.of(2031, 9, 1, 17, 0, 1));
        assertThat(browser.get("/portal").expect(302).location()).contains("/portal/login");
    }

    @Test
    void aConsoleUserIsNoPortalCustomerAndAForgedCookieOpensNothing() {
        PortalClient forged = new PortalClient(port);
        forged.setCookie("SEMAFORO_PORTAL", "A".repeat(43));
        assertThat(forged.get("/portal").expect(302).location()).contains("/portal/login");
        forged.setCookie("SEMAFORO_PORTAL", "'; drop table portal_session; --");
        forged.get("/portal").expect(302);

        String demoCredentials = java.util.Base64.getEncoder().encodeToString("demo:demo".getBytes());
        new PortalClient(port).get("/portal", "Authorization", "Basic " + demoCredentials).expect(302);
    }
}
