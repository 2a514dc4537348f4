package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.Api;
import it.semaforo.Browser;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deadlines.NewRecallAction;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiDefinitionChange;
import it.semaforo.kpi.Kpis;

/**
 * The console in a real headless Chromium, as its users work with it: each test signs in, reads the dashboard
 * widgets, toggles the "only errors and warnings" switch, marks a recall done and opens a customer card, saving
 * screenshots under target/screenshots.
 */
@IntegrationTest
class ConsoleBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Always red and always green whatever the suite's data, so the switch has something to hide. */
    private static final String RED_KPI = "CONTRACTS_EXPIRING";
    private static final String GREEN_KPI = "TASKS_PAST_SLA";

    @LocalServerPort int port;
    @Autowired Customers customers;
    @Autowired Deadlines deadlines;
    @Autowired RecallActions recallActions;
    @Autowired Kpis kpis;
    @Autowired TestData testData;

    private KpiDefinition redBefore;
    private KpiDefinition greenBefore;
    private Customer sarasCustomer;
    private Customer othersCustomer;
    private Deadline expiringSoon;
    private RecallAction dueToday;

    @BeforeEach
    void data() {
        redBefore = kpis.definition(RED_KPI);
        greenBefore = kpis.definition(GREEN_KPI);
        kpis.change(RED_KPI, thresholds(redBefore, BigDecimal.ZERO, BigDecimal.ZERO));
        kpis.change(GREEN_KPI, thresholds(greenBefore, new BigDecimal("1000000"), new BigDecimal("1000000")));

        sarasCustomer = testData.customer("it");
        othersCustomer = customers.create(new NewCustomer(CustomerKind.CUSTOMER, "Altrui " + Api.unique("Srl"),
                Api.randomPartitaIva(), null, null, "it", "someone-else"));
        LocalDate today = deadlines.today();
        expiringSoon = deadlines.create(new NewDeadline(sarasCustomer.getId(), testData.yearlyService().getId(), null,
                1, null, null, today.minusYears(1), today.plusDays(3), null, null));
        dueToday = recallActions.plan(new NewRecallAction(sarasCustomer.getId(), expiringSoon.getId(), today, null,
                "Proporre il rinnovo"), "sara");
    }

    @AfterEach
    void restoreKpis() {
        kpis.change(RED_KPI, thresholds(redBefore, redBefore.getYellowThreshold(), redBefore.getRedThreshold()));
        kpis.change(GREEN_KPI, thresholds(greenBefore, greenBefore.getYellowThreshold(), greenBefore.getRedThreshold()));
    }

    @Test
    void aManagerWorksThroughTheDashboardInItalian() {
        try (Browser browser = Browser.open(port)) {
            signIn(browser, "demo");
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.cssSelector("[data-testid=widget-kpis] h2")).getText())
                    .isEqualTo("Indicatori");
            assertThat(lights(page)).contains("RED", "GREEN");
            assertThat(rowIds(page, "upcoming-row", "data-deadline-id")).contains(expiringSoon.getId().toString());
            assertThat(rowIds(page, "todo-row", "data-recall-id")).contains(dueToday.getId().toString());
            browser.screenshot("console-dashboard-manager");

            toggleOnlyProblems(browser);
            assertThat(lights(page)).contains("RED").doesNotContain("GREEN");
            browser.screenshot("console-dashboard-only-problems");

            markRecallDone(browser);
            browser.screenshot("console-dashboard-recall-done");

            openCustomerCardFromTheUpcomingWidget(browser);
            browser.screenshot("console-customer-card");
        }
    }

    @Test
    void administrationWorksThroughTheDashboardInEnglish() {
        try (Browser browser = Browser.open(port)) {
            signIn(browser, "anna");
            browser.go("/?lang=en");
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.cssSelector("[data-testid=widget-kpis] h2")).getText())
                    .isEqualTo(englishKpiTitle());
            assertThat(lights(page)).contains("RED", "GREEN");

            toggleOnlyProblems(browser);
            assertThat(lights(page)).doesNotContain("GREEN");

            markRecallDone(browser);
            openCustomerCardFromTheUpcomingWidget(browser);
            browser.screenshot("console-customer-card-en");
        }
    }

    @Test
    void aSellerSeesNoKpisAndOnlyHerOwnCustomers() {
        Deadline othersDeadline = deadlines.create(new NewDeadline(othersCustomer.getId(),
                testData.yearlyService().getId(), null, 1, null, null, deadlines.today().minusYears(1),
                deadlines.today().plusDays(2), null, null));
        try (Browser browser = Browser.open(port)) {
            signIn(browser, "sara");
            WebDriver page = browser.driver();
            assertThat(lights(page)).isEmpty();
            assertThat(page.findElements(By.cssSelector("[data-testid=kpi-empty]"))).hasSize(1);
            assertThat(rowIds(page, "upcoming-row", "data-deadline-id"))
                    .contains(expiringSoon.getId().toString())
                    .doesNotContain(othersDeadline.getId().toString());
            browser.screenshot("console-dashboard-sales");

            toggleOnlyProblems(browser);
            assertThat(lights(page)).isEmpty();

            markRecallDone(browser);
            openCustomerCardFromTheUpcomingWidget(browser);

            browser.go("/customers/" + othersCustomer.getId());
            WebElement error = browser.waitUpTo(WAIT).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=error-page]")));
            assertThat(error.getAttribute("data-status")).isEqualTo("404");
            assertThat(page.getPageSource()).doesNotContain(othersCustomer.getName());
            browser.screenshot("console-other-customer-404");
        }
    }

    private void signIn(Browser browser, String user) {
        browser.go("/login");
        WebDriver page = browser.driver();
        page.findElement(By.cssSelector("[data-testid=login-username]")).sendKeys(user);
        page.findElement(By.cssSelector("[data-testid=login-password]")).sendKeys(user);
        page.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        browser.waitUpTo(WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=widget-kpis]")));
    }

    private void toggleOnlyProblems(Browser browser) {
        WebElement before = browser.driver().findElement(By.cssSelector("[data-testid=kpi-lights]"));
        browser.driver().findElement(By.cssSelector("[data-testid=only-problems-switch]")).click();
        // htmx swaps the widget: wait for the new one, which says the switch is on
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(before));
        browser.waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-testid=kpi-lights]"), "data-only-problems", "true"));
    }

    private void markRecallDone(Browser browser) {
        By row = By.id("recall-" + dueToday.getId());
        browser.driver().findElement(row).findElement(By.cssSelector("[data-testid=recall-done]")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(row, "data-done", "true"));
        assertThat(browser.driver().findElement(row).findElements(By.cssSelector("[data-testid=recall-done-label]")))
                .hasSize(1);
        assertThat(recallActions.get(dueToday.getId()).isDone()).isTrue();
    }

    private void openCustomerCardFromTheUpcomingWidget(Browser browser) {
        WebDriver page = browser.driver();
        page.findElements(By.cssSelector("[data-testid=upcoming-row]")).stream()
                .filter(row -> expiringSoon.getId().toString().equals(row.getAttribute("data-deadline-id")))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector("[data-testid=customer-link]")).click();
        browser.waitUpTo(WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=customer-card]")));
        assertThat(page.findElement(By.cssSelector("[data-testid=customer-name]")).getText())
                .isEqualTo(sarasCustomer.getName());
        page.findElement(By.cssSelector("[data-testid=tab-deadlines]")).click();
        browser.waitUpTo(WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=tab-panel-deadlines]")));
        assertThat(page.findElement(By.cssSelector("[data-testid=tab-panel-deadlines]")).getText())
                .contains(expiringSoon.getProduct().getName());
    }

    private static List<String> lights(WebDriver page) {
        return page.findElements(By.cssSelector("[data-testid=kpi-light]")).stream()
                .map(light -> light.getAttribute("data-light")).toList();
    }

    private static List<String> rowIds(WebDriver page, String testId, String attribute) {
        return page.findElements(By.cssSelector("[data-testid=" + testId + "]")).stream()
                .map(row -> row.getAttribute(attribute)).toList();
    }

    private static String englishKpiTitle() {
        return java.util.ResourceBundle.getBundle("i18n/console", java.util.Locale.ENGLISH)
                .getString("console.kpis.title");
    }

    private static KpiDefinitionChange thresholds(KpiDefinition definition, BigDecimal yellow, BigDecimal red) {
        return new KpiDefinitionChange(definition.getLeadTimeDays(), yellow, red, definition.getVisibleTo(),
                definition.getAlertRecipients(), definition.getOwnerGroup(), definition.isAlertsEnabled());
    }
}
