package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;

/**
 * Object-level authorization over every portal URL: a customer who changes an id in a URL to another customer's
 * service or order gets the same 404 as for an id that does not exist, and nothing changes. Without a session every
 * page but sign-in sends to sign-in.
 */
@IntegrationTest
class PortalAuthorizationTest {

    private static final Map<String, String> BANK_TRANSFER = Map.of("paymentMethod", "BANK_TRANSFER");

    @LocalServerPort int port;
    @Autowired PortalFixtures fixtures;
    @Autowired PortalServices services;
    @Autowired PortalAccess access;
    @Autowired Deadlines deadlines;

    private Customer mine;
    private Customer theirs;
    private Deadline myDeadline;
    private Deadline theirDeadline;
    private Deadline theirOtherDeadline;
    private long theirOrderId;
    private PortalClient me;

    @BeforeEach
    void twoCustomers() {
        mine = fixtures.customer("it");
        theirs = fixtures.customer("it");
        myDeadline = fixtures.expiringIn(mine, 20);
        theirDeadline = fixtures.expiringIn(theirs, 20);
        theirOtherDeadline = fixtures.expiringIn(theirs, 25);
        theirOrderId = services.renew(access.customerWithEmail(theirs.getEmail()).orElseThrow(),
                theirOtherDeadline.getId(), "BANK_TRANSFER").getId();
        me = fixtures.signIn(port, mine, null);
    }

    @Test
    void anotherCustomersServiceOrOrderDoesNotExist() {
        String missing = me.get("/portal/services/999999999/renew").expect(404).testId("portal-error").text();

        assertThat(me.get("/portal/services/" + theirDeadline.getId() + "/renew").expect(404)
                .testId("portal-error").text()).isEqualTo(missing);
        me.post("/portal/services/" + theirDeadline.getId() + "/renew", BANK_TRANSFER).expect(404);
        me.get("/portal/orders/" + theirOrderId).expect(404);
        me.get("/portal/orders/999999999").expect(404);
        me.get("/portal/services/" + theirOtherDeadline.getId() + "/renew").expect(404);
        me.post("/portal/services/" + theirOtherDeadline.getId() + "/renew", BANK_TRANSFER).expect(404);

        assertThat(deadlines.get(theirDeadline.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
        assertThat(deadlines.ofCustomer(theirs.getId())).hasSize(3);
        PortalClient.Page page = me.get("/portal").expect(200);
        assertThat(page.body()).doesNotContain(theirs.getName())
                .doesNotContain("data-deadline-id=\"" + theirDeadline.getId() + "\"");
    }

    @Test
    void theOwnersPagesWorkForTheOwner() {
        me.get("/portal/services/" + myDeadline.getId() + "/renew").expect(200);
        String order = me.post("/portal/services/" + myDeadline.getId() + "/renew", BANK_TRANSFER).expect(302)
                .location();
        me.get(order.replaceFirst("^https?://[^/]+", "")).expect(200);
    }

    @Test
    void idsThatAreNoIdsAreBadRequests() {
        me.get("/portal/services/abc/renew").expect(400);
        me.get("/portal/orders/1e3").expect(400);
        me.get("/portal/nothing-here").expect(404).testId("portal-error");
    }

    @Test
    void withoutASessionEveryPortalPageSendsToSignIn() {
        PortalClient anonymous = new PortalClient(port);
        for (String path : List.of("/portal", "/portal/", "/portal/services/" + myDeadline.getId() + "/renew",
                "/portal/orders/" + theirOrderId, "/portal/nothing-here")) {
            assertThat(anonymous.get(path).expect(302).location()).as(path).contains("/portal/login?next=");
        }
        anonymous.get("/portal/login").expect(200);
        assertThat(anonymous.post("/portal/services/" + myDeadline.getId() + "/renew", BANK_TRANSFER).expect(302)
                .location()).as("a form posted without a session is not replayed after sign-in")
                .endsWith("/portal/login");
        anonymous.post("/portal/logout", Map.of()).expect(302);
        assertThat(deadlines.get(myDeadline.getId()).getStatus()).isEqualTo(DeadlineStatus.ACTIVE);
    }
}
