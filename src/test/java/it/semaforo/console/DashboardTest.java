package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiDefinitionChange;
import it.semaforo.kpi.Kpis;

/**
 * The dashboard's three widgets. A fresh seller owns the test's customers, so their widgets hold exactly the test's
 * rows whatever else the shared database contains.
 */
@IntegrationTest
class DashboardTest {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    Customers customers;

    @Autowired
    RecallActions recallActions;

    @Autowired
    Kpis kpis;

    String seller;
    Customer mine;
    Customer othersCustomer;
    Deadline mineIn3Days;
    Deadline mineIn20Days;
    Deadline othersIn2Days;
    RecallAction overdue;
    RecallAction dueToday;
    RecallAction dueTomorrow;
    RecallAction othersToday;
    LocalDate today;
    List<KpiDefinition> originalKpis;

    @BeforeEach
    void setUp() {
        today = fixtures.today();
        seller = fixtures.seller();
        Product product = fixtures.product("100.00");
        mine = fixtures.customer(ConsoleFixtures.token() + " Mio Srl", seller);
        othersCustomer = fixtures.customer(ConsoleFixtures.token() + " Altrui Srl", "someoneelse");
        mineIn3Days = fixtures.deadline(mine, product, today.plusDays(3), "120.00");
        mineIn20Days = fixtures.deadline(mine, product, today.plusDays(20), null);
        othersIn2Days = fixtures.deadline(othersCustomer, product, today.plusDays(2), null);
        overdue = fixtures.recall(mine, today.minusDays(2), "in ritardo");
        dueToday = fixtures.recall(mine, today, "oggi");
        dueTomorrow = fixtures.recall(mine, today.plusDays(1), "domani");
        recallActions.complete(fixtures.recall(mine, today.minusDays(1), "fatto").getId());
        othersToday = fixtures.recall(othersCustomer, today, "altrui");
        originalKpis = kpis.definitions();
    }

    @AfterEach
    void restoreKpis() {
        for (KpiDefinition d : originalKpis) {
            kpis.change(d.getCode(), new KpiDefinitionChange(d.getLeadTimeDays(), d.getYellowThreshold(),
                    d.getRedThreshold(), d.getVisibleTo(), d.getAlertRecipients(), d.getOwnerGroup(),
                    d.isAlertsEnabled()));
        }
    }

    private ConsoleClient signedIn(String user) {
        return new ConsoleClient(port).signIn(user, user);
    }

    @Test
    void aSellerSeesTheirRenewalsAndRecallsOnly() {
        ConsoleClient.Page dashboard = signedIn(seller).get("/").expect(200);

        List<Element> upcoming = dashboard.select("[data-testid=widget-upcoming] [data-testid=upcoming-row]");
        assertThat(upcoming).extracting(row -> row.attr("data-deadline-id"))
                .containsExactly(String.valueOf(mineIn3Days.getId()));
        Element row = upcoming.get(0);
        assertThat(row.selectFirst("[data-testid=customer-link]").attr("href")).isEqualTo("/customers/" + mine.getId());
        assertThat(row.selectFirst("[data-testid=deadline-link]").attr("href"))
                .isEqualTo("/customers/" + mine.getId() + "?tab=deadlines#deadline-" + mineIn3Days.getId());
        assertThat(row.text()).contains(ITALIAN_DATE.format(today.plusDays(3))).contains("tra 3 giorni")
                .contains("120,00");

        List<Element> toDo = dashboard.select("[data-testid=widget-todo] [data-testid=todo-row]");
        assertThat(toDo).extracting(r -> r.attr("data-recall-id"))
                .containsExactly(String.valueOf(overdue.getId()), String.valueOf(dueToday.getId()));
        assertThat(toDo.get(0).select(".badge.overdue")).hasSize(1);
        assertThat(toDo.get(1).select(".badge.overdue")).isEmpty();
        assertThat(toDo.get(0).selectFirst("[data-testid=last-recall]").text())
                .contains(ITALIAN_DATE.format(today));
        assertThat(toDo.get(0).select("[data-testid=recall-done]")).hasSize(1);
        assertThat(toDo.get(0).selectFirst("form").attr("hx-post"))
                .isEqualTo("/recall-actions/" + overdue.getId() + "/done");

        // KPI lights are for managers and administration
        assertThat(dashboard.select("[data-testid=kpi-light]")).isEmpty();
        assertThat(dashboard.testId("kpi-empty").text()).contains("Nessun indicatore");
    }

    @Test
    void aManagerSeesEveryCustomersRowsAndTheLights() {
        ConsoleClient.Page dashboard = signedIn("demo").get("/").expect(200);

        assertThat(dashboard.select("[data-testid=upcoming-row]")).extracting(r -> r.attr("data-deadline-id"))
                .contains(String.valueOf(othersIn2Days.getId()), String.valueOf(mineIn3Days.getId()))
                .doesNotContain(String.valueOf(mineIn20Days.getId()));
        assertThat(dashboard.select("[data-testid=todo-row]")).extracting(r -> r.attr("data-recall-id"))
                .contains(String.valueOf(othersToday.getId()), String.valueOf(overdue.getId()))
                .doesNotContain(String.valueOf(dueTomorrow.getId()));

        List<Element> lights = dashboard.select("[data-testid=widget-kpis] [data-testid=kpi-light]");
        assertThat(lights).extracting(l -> l.attr("data-kpi-code"))
                .containsExactlyInAnyOrderElementsOf(kpis.definitions().stream().map(KpiDefinition::getCode).toList());
        for (Element light : lights) {
            assertThat(light.attr("data-light")).isIn("RED", "YELLOW", "GREEN");
            assertThat(light.selectFirst("a").attr("href")).isEqualTo("/kpis/" + light.attr("data-kpi-code"));
        }
    }

    @Test
    void theOnlyProblemsSwitchHidesGreenLightsAndIsRemembered() {
        // one KPI surely red and one surely green, whatever the rest of the suite left in the database
        change("CONTRACTS_EXPIRING", BigDecimal.ZERO, BigDecimal.ZERO);
        change("TASKS_PAST_SLA", new BigDecimal("1000000"), new BigDecimal("2000000"));
        ConsoleClient browser = signedIn("demo");

        ConsoleClient.Page all = browser.get("/").expect(200);
        assertThat(all.testId("only-problems-switch").hasAttr("checked")).isFalse();
        assertThat(light(all, "CONTRACTS_EXPIRING")).isEqualTo("RED");
        assertThat(light(all, "TASKS_PAST_SLA")).isEqualTo("GREEN");

        ConsoleClient.Page problems = browser.htmxGet("/dashboard/kpis?onlyProblems=true").expect(200);
        assertThat(problems.body()).doesNotContain("<html"); // just the widget's list
        assertThat(problems.testId("kpi-lights").attr("data-only-problems")).isEqualTo("true");
        assertThat(problems.select("[data-testid=kpi-light]")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.attr("data-light")).isNotEqualTo("GREEN"));
        assertThat(problems.select("[data-kpi-code=CONTRACTS_EXPIRING]")).hasSize(1);
        assertThat(problems.select("[data-kpi-code=TASKS_PAST_SLA]")).isEmpty();

        // the switch keeps its state for the next visit
        ConsoleClient.Page again = browser.get("/").expect(200);
        assertThat(again.testId("only-problems-switch").hasAttr("checked")).isTrue();
        assertThat(again.select("[data-kpi-code=TASKS_PAST_SLA]")).isEmpty();

        // unchecked: htmx sends no value
        ConsoleClient.Page everything = browser.htmxGet("/dashboard/kpis").expect(200);
        assertThat(everything.select("[data-kpi-code=TASKS_PAST_SLA]")).hasSize(1);
        assertThat(browser.get("/").testId("only-problems-switch").hasAttr("checked")).isFalse();
    }

    @Test
    void doneMarksTheRecallInPlaceAndUpdatesTheLastRecallDate() {
        ConsoleClient browser = signedIn(seller);
        browser.get("/").expect(200);

        ConsoleClient.Page row = browser.htmxPost("/recall-actions/" + overdue.getId() + "/done").expect(200);
        assertThat(row.body()).doesNotContain("<html");
        Element done = row.testId("todo-row");
        assertThat(done.id()).isEqualTo("recall-" + overdue.getId());
        assertThat(done.attr("data-done")).isEqualTo("true");
        assertThat(done.select("[data-testid=recall-done]")).isEmpty();
        assertThat(done.select("[data-testid=recall-done-label]")).hasSize(1);
        assertThat(done.selectFirst("[data-testid=last-recall]").text()).contains(ITALIAN_DATE.format(today));

        assertThat(recallActions.get(overdue.getId()).isDone()).isTrue();
        assertThat(customers.get(mine.getId()).getLastRecallDate()).isEqualTo(today);
        assertThat(browser.get("/").select("[data-testid=todo-row]")).extracting(r -> r.attr("data-recall-id"))
                .containsExactly(String.valueOf(dueToday.getId()));

        // without htmx (no script), the form posts and comes back to the dashboard
        ConsoleClient.Page plain = browser.post("/recall-actions/" + dueToday.getId() + "/done", Map.of(), true)
                .expect(302);
        assertThat(plain.location()).endsWith("/");
        assertThat(recallActions.get(dueToday.getId()).isDone()).isTrue();
    }

    @Test
    void aSellerCannotMarkAnotherSellersRecall() {
        ConsoleClient browser = signedIn(seller);
        browser.get("/").expect(200);
        assertThat(browser.htmxPost("/recall-actions/" + othersToday.getId() + "/done").status()).isEqualTo(404);
        assertThat(recallActions.get(othersToday.getId()).isDone()).isFalse();
        assertThat(browser.htmxPost("/recall-actions/999999999/done").status()).isEqualTo(404);
    }

    @Test
    void emptyWidgetsSaySo() {
        ConsoleClient.Page dashboard = signedIn(fixtures.seller()).get("/").expect(200);
        assertThat(dashboard.testIds("upcoming-row")).isEmpty();
        assertThat(dashboard.testId("upcoming-empty").text()).isNotBlank();
        assertThat(dashboard.testIds("todo-row")).isEmpty();
        assertThat(dashboard.testId("todo-empty").text()).isNotBlank();
        assertThat(dashboard.testId("kpi-empty").text()).isNotBlank();
    }

    private static String light(ConsoleClient.Page page, String code) {
        return page.selectFirst("[data-testid=kpi-light][data-kpi-code=" + code + "]").attr("data-light");
    }

    private void change(String code, BigDecimal yellow, BigDecimal red) {
        KpiDefinition d = kpis.definition(code);
        kpis.change(code, new KpiDefinitionChange(d.getLeadTimeDays(), yellow, red, d.getVisibleTo(),
                d.getAlertRecipients(), d.getOwnerGroup(), d.isAlertsEnabled()));
    }
}
