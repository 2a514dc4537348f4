package it.semaforo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.catalog.DurationUnit;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxStatus;

/** The customer e-mails as they arrive over SMTP: language, content, escaping, Message-ID, no address. */
@IntegrationTest
class DeadlineMailsTest {

    @Autowired DeadlineMails mails;
    @Autowired Deadlines deadlines;
    @Autowired Customers customers;
    @Autowired Notifications notifications;
    @Autowired TestData testData;
    @Autowired GreenMail smtp;

    @BeforeEach
    void today() {
        EngineTime.setTo(LocalDateTime.of(2030, 3, 1, 8, 0));
    }

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void anItalianReminderSpeaksItalianWithItalianDatesAndMoney() throws Exception {
        Customer customer = testData.customer("it");
        Deadline deadline = deadline(customer);

        assertThat(mails.sendReminder(deadline.getId(), 30)).isTrue();

        MimeMessage mail = only(customer.getEmail());
        assertThat(mail.getSubject()).isEqualTo(deadline.getProduct().getName() + ": scade tra 30 giorni");
        String body = (String) mail.getContent();
        assertThat(body).contains("Gentile " + customer.getName()).contains("31 marzo 2030")
                .contains("450,00").contains("Il team Semaforo")
                .contains("href=\"http://localhost:8080/portal/services/" + deadline.getId() + "/renew\"")
                .contains("Rinnova online");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@semaforo.local");
        assertThat(mail.getMessageID()).isEqualTo(notifications
                .find("deadline:" + deadline.getId() + ":reminder:P30D").orElseThrow().getMessageId())
                .startsWith("<deadline." + deadline.getId() + ".reminder.P30D.").endsWith("@semaforo.local>");
    }

    @Test
    void anEnglishExpiryNoticeSpeaksEnglish() throws Exception {
        Customer customer = testData.customer("en");
        Deadline deadline = deadline(customer);

        mails.sendExpiryNotice(deadline.getId());

        MimeMessage mail = only(customer.getEmail());
        assertThat(mail.getSubject()).endsWith(": service expired");
        assertThat((String) mail.getContent()).contains("Dear " + customer.getName()).contains("March 31, 2030")
                .contains("450.00");
    }

    @Test
    void markupInDataIsEscaped() throws Exception {
        Customer customer = customers.create(new NewCustomer(CustomerKind.CUSTOMER, "<b>Bold</b> & Co",
                Api.randomPartitaIva(), null, "escape" + System.nanoTime() + "@example.it", "it", null));
        Deadline deadline = deadline(customer);

        mails.sendWinBack(deadline.getId(), 2);

        String body = (String) only(customer.getEmail()).getContent();
        assertThat(body).doesNotContain("<b>Bold</b>").contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Co");
    }

    @Test
    void aCustomerWithoutAnAddressIsSkippedNotFailed() {
        Customer customer = customers.create(new NewCustomer(CustomerKind.CUSTOMER, "Senza e-mail",
                Api.randomPartitaIva(), null, null, "it", null));
        Deadline deadline = deadline(customer);
        int before = smtp.getReceivedMessages().length;

        assertThat(mails.sendReminder(deadline.getId(), 30)).isFalse();

        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(notifications.find("deadline:" + deadline.getId() + ":reminder:P30D").orElseThrow().getStatus())
                .isEqualTo(OutboxStatus.SKIPPED);
    }

    private Deadline deadline(Customer customer) {
        return deadlines.create(new NewDeadline(customer.getId(), testData.product(1, DurationUnit.YEARS, List.of(30))
                .getId(), null, 1, null, null, LocalDate.of(2029, 4, 1), LocalDate.of(2030, 3, 31), null, null));
    }

    private MimeMessage only(String recipient) throws Exception {
        List<MimeMessage> received = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(recipient);
                    } catch (Exception e) {
                        return false;
                    }
                }).toList();
        assertThat(received).hasSize(1);
        return received.get(0);
    }
}
