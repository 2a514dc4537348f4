package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.credit.ExposureFixtures;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.RenewalPreview;

/**
 * Quick renewal from the portal: offered only while 0 &lt; days remaining &le; 30, priced and dated by the back
 * office's own renewal arithmetic, and done exactly once whatever is clicked twice, replayed or raced.
 */
@IntegrationTest
class PortalRenewalTest {

    @LocalServerPort int port;
    @Autowired PortalFixtures fixtures;
    @Autowired PortalServices services;
    @Autowired PortalAccess access;
    @Autowired Deadlines deadlines;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ExposureFixtures credit;

    @Test
    void theCheckoutShowsTheBackOfficesNewPeriodAndTheRenewalEndsTheOldLifecycle() {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 20);
        String oldLifecycle = deadline.getProcessInstanceId();
        RenewalPreview expected = deadlines.previewRenewal(deadlines.get(deadline.getId()));
        PortalClient browser = fixtures.signIn(port, customer, null);

        PortalClient.Page services = browser.get("/portal").expect(200);
        var row = services.html().selectFirst("[data-testid=portal-service][data-deadline-id=" + deadline.getId() + "]");
        assertThat(row).isNotNull();
        assertThat(row.attr("data-urgency")).isEqualTo("YELLOW");
        assertThat(row.selectFirst("[data-testid=portal-days-remaining]").text()).startsWith("20");

        PortalClient.Page checkout = browser.get("/portal/services/" + deadline.getId() + "/renew").expect(200);
        assertThat(checkout.testId("portal-new-start").selectFirst("time").attr("datetime"))
                .isEqualTo(expected.startDate().toString()).isEqualTo(deadline.getExpiryDate().plusDays(1).toString());
        assertThat(checkout.testId("portal-new-expiry").selectFirst("time").attr("datetime"))
                .isEqualTo(expected.expiryDate().toString())
                .isEqualTo(deadline.getExpiryDate().plusYears(1).toString());
        assertThat(checkout.testId("portal-price").text()).isEqualTo("450,00 €");

        PortalClient.Page placed = browser.post("/portal/services/" + deadline.getId() + "/renew",
                Map.of("paymentMethod", "BANK_TRANSFER")).expect(302);
        PortalClient.Page order = browser.get(path(placed.location())).expect(200);
        assertThat(order.testId("portal-payment-reference").text()).isEqualTo("RIN-" + deadline.getId());
        assertThat(order.testId("portal-payment-instructions").text()).contains("IT60X0542811101000000123456");

        Deadline renewed = deadlines.get(deadline.getId());
        assertThat(renewed.getStatus()).isEqualTo(DeadlineStatus.RENEWED);
        Deadline next = deadlines.get(renewed.getNext().getId());
        assertThat(next.getStartDate()).isEqualTo(expected.startDate());
        assertThat(next.getExpiryDate()).isEqualTo(expected.expiryDate());
        assertThat(next.getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
        HistoricProcessInstance old = history.createHistoricProcessInstanceQuery().processInstanceId(oldLifecycle)
                .singleResult();
        assertThat(old.getEndTime()).as("the old deadline-lifecycle has ended").isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(next.getProcessInstanceId()).count())
                .as("the new period has its own lifecycle").isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("renewal-order")
                .processInstanceBusinessKey(path(placed.location()).replace("/portal/orders/", "")).count())
                .isEqualTo(1);

        PortalClient.Page after = browser.get("/portal").expect(200);
        assertThat(after.html().select("[data-testid=portal-history-row][data-deadline-id=" + deadline.getId() + "]"))
                .hasSize(1);
        assertThat(after.html().select("[data-testid=portal-service][data-deadline-id=" + next.getId() + "]"))
                .hasSize(1);
    }

    @Test
    void aDoubleClickOrAReplayedFormRenewsOnce() {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 10);
        PortalClient browser = fixtures.signIn(port, customer, null);
        browser.get("/portal/services/" + deadline.getId() + "/renew").expect(200);
        Map<String, String> form = Map.of("paymentMethod", "BANK_TRANSFER");

        String first = browser.post("/portal/services/" + deadline.getId() + "/renew", form).expect(302).location();
        String second = browser.post("/portal/services/" + deadline.getId() + "/renew", form).expect(302).location();

        assertThat(second).isEqualTo(first);
        assertThat(periodsOf(customer)).hasSize(2);
        PortalClient.Page checkoutAgain = browser.get("/portal/services/" + deadline.getId() + "/renew").expect(200);
        assertThat(checkoutAgain.has("portal-renew-form")).isFalse();
        assertThat(checkoutAgain.testId("portal-see-order").attr("href")).isEqualTo(path(first));
    }

    @Test
    void concurrentConfirmationsRenewOnce() throws Exception {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 5);
        PortalCustomer who = access.customerWithEmail(customer.getEmail()).orElseThrow();
        int clicks = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        try {
            List<Future<Long>> orders = new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                Callable<Long> click = () -> {
                    start.await();
                    return services.renew(who, deadline.getId(), "BANK_TRANSFER").getId();
                };
                orders.add(pool.submit(click));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> order : orders) {
                ids.add(order.get());
            }
            assertThat(ids).as("every click answers the one order").containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(periodsOf(customer)).hasSize(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("deadline-lifecycle")
                .processInstanceBusinessKey(deadline.getId().toString()).count()).isZero();
    }

    @Test
    void renewalIsOfferedOnlyInTheLastThirtyDaysBeforeTheLastDay() {
        Customer customer = fixtures.customer("en");
        Deadline far = fixtures.expiringIn(customer, 31);
        Deadline window = fixtures.expiringIn(customer, 30);
        Deadline lastDay = fixtures.expiringIn(customer, 0);
        PortalClient browser = fixtures.signIn(port, customer, null);

        PortalClient.Page services = browser.get("/portal").expect(200);
        assertThat(rowHasRenewLink(services, far)).isFalse();
        assertThat(rowHasRenewLink(services, window)).isTrue();
        assertThat(rowHasRenewLink(services, lastDay)).isFalse();
        assertThat(services.html().selectFirst("[data-deadline-id=" + lastDay.getId() + "]").attr("data-urgency"))
                .isEqualTo("RED");

        PortalClient.Page notYet = browser.get("/portal/services/" + far.getId() + "/renew").expect(200);
        assertThat(notYet.testId("portal-not-offered").text())
                .isEqualTo("You can renew this service online from " + englishDate(far.getExpiryDate().minusDays(30)) + ".");
        browser.post("/portal/services/" + far.getId() + "/renew", Map.of("paymentMethod", "BANK_TRANSFER"))
                .expect(409);
        browser.post("/portal/services/" + lastDay.getId() + "/renew", Map.of("paymentMethod", "BANK_TRANSFER"))
                .expect(409);
        assertThat(deadlines.get(far.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
        assertThat(deadlines.get(lastDay.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
    }

    @Test
    void aCustomerWhoseOrdersAdministrationHoldsRenewsWithTheAccountManager() {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 20);
        credit.creditStatus(customer, "RED", "E", false, "ADVANCE_PAYMENT");
        PortalClient browser = fixtures.signIn(port, customer, null);

        PortalClient.Page services = browser.get("/portal").expect(200);
        assertThat(rowHasRenewLink(services, deadline)).isFalse();
        assertThat(services.html().select("[data-deadline-id=" + deadline.getId()
                + "] [data-testid=portal-by-arrangement]")).hasSize(1);
        assertThat(browser.get("/portal/services/" + deadline.getId() + "/renew").expect(200)
                .testId("portal-not-offered").text()).contains("si concorda con il suo referente");
        browser.post("/portal/services/" + deadline.getId() + "/renew", Map.of("paymentMethod", "BANK_TRANSFER"))
                .expect(409);
        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
    }

    @Test
    void anUnknownPaymentMethodIsRefusedAndRenewsNothing() {
        Customer customer = fixtures.customer("it");
        Deadline deadline = fixtures.expiringIn(customer, 15);
        PortalClient browser = fixtures.signIn(port, customer, null);
        browser.get("/portal/services/" + deadline.getId() + "/renew").expect(200);

        browser.post("/portal/services/" + deadline.getId() + "/renew", Map.of("paymentMethod", "CASH")).expect(400);
        browser.post("/portal/services/" + deadline.getId() + "/renew", Map.of()).expect(400);

        assertThat(deadlines.get(deadline.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
        assertThat(periodsOf(customer)).hasSize(1);
    }

    private List<Deadline> periodsOf(Customer customer) {
        return deadlines.ofCustomer(customer.getId());
    }

    private static boolean rowHasRenewLink(PortalClient.Page page, Deadline deadline) {
        return !page.html().select("[data-deadline-id=" + deadline.getId() + "] [data-testid=portal-renew-link]")
                .isEmpty();
    }

    private static String englishDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(date);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
