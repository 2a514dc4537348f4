package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineMails;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.deadlines.Renewal;

/** The customer list (search, kind, paging, last recall) and the customer card with its tabs. */
@IntegrationTest
class CustomerPagesTest {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    Deadlines deadlines;

    @Autowired
    RecallActions recallActions;

    @Autowired
    DeadlineMails mails;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    ConsoleClient browser;
    String seller;
    LocalDate today;

    @BeforeEach
    void setUp() {
        seller = fixtures.seller();
        browser = new ConsoleClient(port).signIn(seller, seller);
        today = fixtures.today();
    }

    private static List<String> ids(ConsoleClient.Page page) {
        return page.select("[data-testid=customer-row]").stream().map(r -> r.attr("data-customer-id")).toList();
    }

    @Test
    void searchByNameVatNumberTaxCodeAndEmailWithTheKindFilter() {
        String token = ConsoleFixtures.token();
        Customer rossi = fixtures.customer(token + " Rossi Srl", seller);
        Customer bianchi = fixtures.customer(token + " Bianchi Spa", seller);
        Customer prospect = fixtures.customer(CustomerKind.PROSPECT, token + " Verdi Snc", seller);

        assertThat(ids(browser.get("/customers?q=" + token).expect(200)))
                .containsExactly(id(bianchi), id(rossi), id(prospect)); // by name
        assertThat(ids(browser.get("/customers?q=" + token.toLowerCase() + "+rossi")))
                .containsExactly(id(rossi)); // case-insensitive
        assertThat(ids(browser.get("/customers?q=" + bianchi.getVatNumber()))).containsExactly(id(bianchi));
        assertThat(ids(browser.get("/customers?q=" + prospect.getEmail().toUpperCase())))
                .containsExactly(id(prospect));
        assertThat(ids(browser.get("/customers?q=" + token + "&kind=PROSPECT"))).containsExactly(id(prospect));
        assertThat(ids(browser.get("/customers?q=" + token + "&kind=SUPPLIER"))).isEmpty();
        ConsoleClient.Page none = browser.get("/customers?q=nothing-like-this-" + token).expect(200);
        assertThat(none.testId("customers-empty").text()).isNotBlank();

        ConsoleClient.Page page = browser.get("/customers?q=" + token);
        Element row = page.selectFirst("[data-testid=customer-row][data-customer-id=" + rossi.getId() + "]");
        assertThat(row.selectFirst("[data-testid=customer-link]").attr("href")).isEqualTo("/customers/" + rossi.getId());
        assertThat(row.text()).contains(rossi.getVatNumber()).contains(rossi.getEmail());
        assertThat(page.select("th").eachText()).contains("Ultimo richiamo");
    }

    @Test
    void theListShowsTheLastRecallDate() {
        Customer called = fixtures.customer(ConsoleFixtures.token() + " Chiamato", seller);
        recallActions.complete(fixtures.recall(called, today, "fatto").getId());
        ConsoleClient.Page page = browser.get("/customers?q=" + called.getVatNumber());
        assertThat(page.testId("last-recall").text()).isEqualTo(ITALIAN_DATE.format(today));
    }

    @Test
    void pagesOfTwentyByName() {
        String token = ConsoleFixtures.token();
        for (int i = 0; i < 23; i++) {
            fixtures.customer(String.format("%s Cliente %02d", token, i), seller);
        }
        ConsoleClient.Page first = browser.get("/customers?q=" + token).expect(200);
        assertThat(first.testIds("customer-row")).hasSize(20);
        assertThat(first.testId("pager-status").text()).contains("Pagina 1 di 2").contains("23");
        assertThat(first.testId("pager-prev").attr("aria-disabled")).isEqualTo("true");
        String next = first.testId("pager-next").attr("href");
        assertThat(next).contains("page=1").contains("q=" + token);

        ConsoleClient.Page second = browser.get(next).expect(200);
        assertThat(second.select("[data-testid=customer-row] [data-testid=customer-link]").eachText())
                .containsExactly(token + " Cliente 20", token + " Cliente 21", token + " Cliente 22");
        assertThat(second.testId("pager-next").attr("aria-disabled")).isEqualTo("true");
    }

    @Test
    void theCardHasItsTabs() {
        Customer customer = fixtures.customer(ConsoleFixtures.token() + " Scheda Srl", seller);
        ConsoleClient.Page card = browser.get("/customers/" + customer.getId()).expect(200);
        assertThat(card.testId("customer-name").text()).isEqualTo(customer.getName());
        assertThat(card.select("[role=tab]")).extracting(t -> t.attr("data-testid"))
                .containsExactly("tab-profile", "tab-timeline", "tab-deadlines", "tab-summary");
        assertThat(card.testId("tab-profile").attr("aria-selected")).isEqualTo("true");
        assertThat(card.testId("tab-deadlines").attr("hx-get")).isEqualTo("/customers/" + customer.getId() + "?tab=deadlines");
        assertThat(card.testId("tab-panel-profile").text()).contains(customer.getVatNumber());
        assertThat(card.testId("last-recall").text()).isEqualTo("mai");

        for (String tab : List.of("timeline", "deadlines", "summary")) {
            ConsoleClient.Page page = browser.get("/customers/" + customer.getId() + "?tab=" + tab).expect(200);
            assertThat(page.testId("tab-" + tab).attr("aria-selected")).isEqualTo("true");
            assertThat(page.testIds("tab-panel-" + tab)).hasSize(1);
        }
        assertThat(browser.get("/customers/" + customer.getId() + "?tab=deadlines").testId("deadlines-empty").text())
                .isNotBlank();
        assertThat(browser.get("/customers/" + customer.getId() + "?tab=timeline").testId("timeline-empty").text())
                .isNotBlank();
        // an unknown tab shows the first one
        assertThat(browser.get("/customers/" + customer.getId() + "?tab=nope").testIds("tab-panel-profile")).hasSize(1);
        assertThat(browser.get("/customers/999999999").status()).isEqualTo(404);
        assertThat(browser.get("/customers/abc").status()).isEqualTo(400);
    }

    @Test
    void deadlinesTabListsEveryPeriodWithProcessAndTaskLinks() {
        Customer customer = fixtures.customer(ConsoleFixtures.token() + " Periodi Srl", seller);
        Product product = fixtures.product("300.00");
        Deadline renewed = fixtures.deadline(customer, product, today.plusDays(40), null);
        Deadline next = deadlines.renew(renewed.getId(), Renewal.SAME_TERMS);
        Deadline dueSoon = fixtures.deadline(customer, product, today.plusDays(10), null);
        Deadline cancelled = fixtures.deadline(customer, product, today.plusDays(90), null);
        deadlines.cancel(cancelled.getId());
        // the recall timer of a deadline expiring within 30 days is due at once: run it to open the recall task
        Job recallDue = management.createJobQuery().processInstanceId(dueSoon.getProcessInstanceId())
                .activityId("Event_RecallDue").singleResult();
        management.executeJob(recallDue.getId());
        Task recall = tasks.createTaskQuery().processInstanceId(dueSoon.getProcessInstanceId()).singleResult();

        ConsoleClient.Page page = browser.get("/customers/" + customer.getId() + "?tab=deadlines").expect(200);
        List<Element> rows = page.select("[data-testid=deadline-row]");
        assertThat(rows).extracting(r -> r.attr("data-deadline-id")).containsExactlyInAnyOrder(
                String.valueOf(renewed.getId()), String.valueOf(next.getId()), String.valueOf(dueSoon.getId()),
                String.valueOf(cancelled.getId()));
        Element soon = page.selectFirst("#deadline-" + dueSoon.getId());
        assertThat(soon.attr("data-status")).isEqualTo("ACTIVE");
        assertThat(soon.selectFirst("[data-testid=days-remaining]").text()).isEqualTo("10");
        assertThat(soon.selectFirst("[data-testid=cockpit-link]").attr("href"))
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + dueSoon.getProcessInstanceId());
        assertThat(soon.selectFirst("[data-testid=tasklist-link]").attr("href"))
                .isEqualTo("/camunda/app/tasklist/default/#/?task=" + recall.getId());

        Element old = page.selectFirst("#deadline-" + renewed.getId());
        assertThat(old.attr("data-status")).isEqualTo("RENEWED");
        assertThat(old.selectFirst("[data-testid=days-remaining]").text()).isEqualTo("—");
        assertThat(old.select("[data-testid=cockpit-link]")).as("its process ended with the renewal").isEmpty();
        assertThat(old.text()).contains("rinnovata con N. " + next.getId());
        assertThat(page.selectFirst("#deadline-" + next.getId()).select("[data-testid=tasklist-link]")).isEmpty();
        assertThat(page.selectFirst("#deadline-" + cancelled.getId()).attr("data-status")).isEqualTo("CANCELLED");
        assertThat(page.testId("new-deadline").attr("href"))
                .isEqualTo("/customers/" + customer.getId() + "/deadlines/new");
    }

    @Test
    void timelineTellsWhatHappenedNewestFirst() {
        Customer customer = fixtures.customer(ConsoleFixtures.token() + " Storia Srl", seller);
        Product product = fixtures.product("200.00");
        Deadline renewed = fixtures.deadline(customer, product, today.plusDays(50), null);
        Deadline next = deadlines.renew(renewed.getId(), Renewal.SAME_TERMS);
        Deadline cancelled = fixtures.deadline(customer, product, today.plusDays(70), null);
        deadlines.cancel(cancelled.getId());
        recallActions.complete(fixtures.recall(customer, today.minusDays(1), "telefonata fatta").getId());
        fixtures.recall(customer, today.plusDays(5), "da richiamare");
        mails.sendReminder(next.getId(), 30); // a real e-mail through the outbox and SMTP

        ConsoleClient.Page page = browser.get("/customers/" + customer.getId() + "?tab=timeline").expect(200);
        List<Element> items = page.select("[data-testid=timeline-item]");
        assertThat(items).extracting(i -> i.attr("data-kind")).contains("DEADLINE_CREATED", "DEADLINE_RENEWED",
                "DEADLINE_CANCELLED", "RECALL_DONE", "RECALL_PLANNED", "MAIL");
        assertThat(items.get(0).attr("data-kind")).as("the planned call is the latest date").isEqualTo("RECALL_PLANNED");
        assertThat(items.get(0).text()).contains("da richiamare").contains(ITALIAN_DATE.format(today.plusDays(5)));
        Element mail = items.stream().filter(i -> i.attr("data-kind").equals("MAIL")).findFirst().orElseThrow();
        assertThat(mail.text()).contains("E-mail inviata").contains(customer.getEmail());
        assertThat(mail.attr("data-deadline-id")).isEqualTo(String.valueOf(next.getId()));
        assertThat(mail.selectFirst("[data-testid=timeline-deadline-link]").attr("href"))
                .isEqualTo("/customers/" + customer.getId() + "?tab=deadlines#deadline-" + next.getId());
        assertThat(items).filteredOn(i -> i.attr("data-kind").equals("DEADLINE_CREATED")).hasSize(3);
    }

    @Test
    void summaryTabGivesTheFinancialSummary() {
        Customer customer = fixtures.customer(ConsoleFixtures.token() + " Conti Srl", seller);
        Product product = fixtures.product("100.00");
        fixtures.deadline(customer, product, today.plusDays(30), "250.00");
        Deadline cancelled = fixtures.deadline(customer, product, today.plusDays(60), "80.00");
        deadlines.cancel(cancelled.getId());

        ConsoleClient.Page page = browser.get("/customers/" + customer.getId() + "?tab=summary").expect(200);
        assertThat(page.testId("summary-active-count").attr("data-count")).isEqualTo("1");
        assertThat(page.testId("summary-active-amount").text()).isEqualTo("250,00 €");
        assertThat(page.testId("summary-concluded-count").attr("data-count")).isEqualTo("1");
        assertThat(page.testId("summary-concluded-amount").text()).isEqualTo("80,00 €");
    }

    private static String id(Customer customer) {
        return String.valueOf(customer.getId());
    }
}
