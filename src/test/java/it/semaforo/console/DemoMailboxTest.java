package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineMails;

/** The demo mailbox: what the embedded SMTP server received, with each e-mail's links, for managers only. */
@IntegrationTest
class DemoMailboxTest {

    @LocalServerPort int port;
    @Autowired ConsoleFixtures fixtures;
    @Autowired DeadlineMails mails;

    @Test
    void aManagerOpensTheLinksOfTheLatestEMails() {
        Customer customer = fixtures.customer(ConsoleFixtures.token() + " Casella Srl", null);
        Deadline deadline = fixtures.deadline(customer, fixtures.product("10.00"), fixtures.today().plusDays(30),
                null);
        mails.sendReminder(deadline.getId(), 30);

        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");
        assertThat(browser.get("/outbox").expect(200).testIds("demo-mailbox-link")).hasSize(1);
        ConsoleClient.Page mailbox = browser.get("/demo-mailbox").expect(200);
        Element mail = mailbox.selectFirst("[data-testid=demo-mail][data-to=\"" + customer.getEmail() + "\"]");
        assertThat(mail.selectFirst("h2").text()).endsWith("scade tra 30 giorni");
        assertThat(mail.select("[data-testid=demo-mail-link]").eachAttr("href"))
                .contains("http://localhost:8080/portal/services/" + deadline.getId() + "/renew");
        assertThat(mail.selectFirst(".mail-text").text()).contains("Gentile " + customer.getName())
                .doesNotContain("<p>");
    }

    @Test
    void sellersMayNotReadCustomersMail() {
        String seller = fixtures.seller();
        ConsoleClient browser = new ConsoleClient(port).signIn(seller, seller);
        assertThat(browser.get("/demo-mailbox").status()).isEqualTo(403);
    }
}
