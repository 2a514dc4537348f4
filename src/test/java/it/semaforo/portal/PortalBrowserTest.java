package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.Api;
import it.semaforo.Browser;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;

/**
 * The portal in a real headless Chromium, as a demo customer tries it: asks for a link, opens it from the e-mail
 * read off the SMTP server, sees the days remaining, renews the service that expires in 20 days and gets the
 * confirmation; the back office then shows the new period and the old lifecycle has ended. Screenshots land in
 * target/screenshots.
 */
@IntegrationTest
class PortalBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired PortalFixtures fixtures;
    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired GreenMail smtp;
    @Autowired TestRestTemplate rest;

    @Test
    void aCustomerSignsInByLinkAndRenewsTheServiceThatExpiresInTwentyDays() throws Exception {
        Customer customer = fixtures.customer("it");
        Deadline expiring = fixtures.expiringIn(customer, 20);
        Deadline later = fixtures.expiringIn(customer, 200);

        try (Browser browser = Browser.open(port)) {
            WebDriver page = browser.driver();
            browser.go("/portal");
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(testId("portal-login")));
            page.findElement(testId("portal-email")).sendKeys(customer.getEmail());
            browser.screenshot("portal-login");
            page.findElement(testId("portal-send-link")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(testId("portal-link-sent")));

            String link = PortalFixtures.linkPath(fixtures.waitForMail(customer.getEmail(), 0));
            browser.go(link);
            page.findElement(testId("portal-enter")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(testId("portal-services")));
            Cookie session = page.manage().getCookieNamed("SEMAFORO_PORTAL");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.isSecure()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");

            WebElement expiringRow = row(page, expiring);
            assertThat(expiringRow.findElement(testId("portal-days-remaining")).getText()).startsWith("20");
            assertThat(expiringRow.getAttribute("data-urgency")).isEqualTo("YELLOW");
            assertThat(row(page, later).findElement(testId("portal-days-remaining")).getText()).startsWith("200");
            assertThat(row(page, later).findElements(testId("portal-renew-link"))).isEmpty();
            browser.screenshot("portal-services");

            expiringRow.findElement(testId("portal-renew-link")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(testId("portal-checkout")));
            assertThat(page.findElement(testId("portal-new-expiry")).findElement(By.tagName("time"))
                    .getAttribute("datetime")).isEqualTo(expiring.getExpiryDate().plusYears(1).toString());
            assertThat(page.findElement(testId("portal-price")).getText()).isEqualTo("450,00 €");
            browser.screenshot("portal-checkout");

            page.findElement(testId("portal-confirm-renewal")).click();
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(testId("portal-order")));
            assertThat(page.findElement(testId("portal-payment-reference")).getText())
                    .isEqualTo("RIN-" + expiring.getId());
            browser.screenshot("portal-order");

            browser.go("/portal");
            assertThat(page.findElements(By.cssSelector("[data-testid=portal-history-row][data-deadline-id='"
                    + expiring.getId() + "']"))).hasSize(1);
        }

        new ProcessTestSupport(engine, smtp).runDueJobs();
        assertThat(fixtures.waitForMail(customer.getEmail(), 1).getSubject()).endsWith(": rinnovo confermato");

        JsonNode renewed = new Api(rest, "sara").get("/api/deadlines/" + expiring.getId()).expect(200).json();
        assertThat(renewed.get("status").asText()).isEqualTo("RENEWED");
        JsonNode next = new Api(rest, "sara").get("/api/deadlines/" + renewed.get("nextId").asLong()).expect(200)
                .json();
        assertThat(next.get("startDate").asText()).isEqualTo(expiring.getExpiryDate().plusDays(1).toString());
        assertThat(next.get("expiryDate").asText()).isEqualTo(expiring.getExpiryDate().plusYears(1).toString());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(expiring.getProcessInstanceId())
                .singleResult().getEndTime()).as("the old deadline-lifecycle has ended").isNotNull();
    }

    private static WebElement row(WebDriver page, Deadline deadline) {
        List<WebElement> rows = page.findElements(By.cssSelector("[data-testid=portal-service][data-deadline-id='"
                + deadline.getId() + "']"));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid=" + id + "]");
    }
}
