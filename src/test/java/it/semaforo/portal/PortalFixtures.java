package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.TestData;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;

/** Customers with services, and signing them in to the portal the way they do it: through the e-mailed link. */
@Component
class PortalFixtures {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s\"<]+(/portal/access/[A-Za-z0-9_-]{43})");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    private final TestData testData;
    private final Deadlines deadlines;
    private final GreenMail smtp;

    PortalFixtures(TestData testData, Deadlines deadlines, GreenMail smtp) {
        this.testData = testData;
        this.deadlines = deadlines;
        this.smtp = smtp;
    }

    Customer customer(String language) {
        return testData.customer(language);
    }

    /** An active yearly service of the customer that expires in {@code days} days (0: today). */
    Deadline expiringIn(Customer customer, int days) {
        return deadlines.create(new NewDeadline(customer.getId(), testData.yearlyService().getId(), null, 1, null,
                null, deadlines.today().plusDays(days).minusYears(1).plusDays(1), deadlines.today().plusDays(days),
                null, null));
    }

    /**
     * Asks for a link on the sign-in page, reads it from the SMTP server and uses it; answers the client signed in.
     * {@code next} is the page asked for before signing in (or null).
     */
    PortalClient signIn(int port, Customer customer, String next) {
        PortalClient browser = new PortalClient(port);
        browser.get("/portal/login").expect(200);
        int before = mailsTo(customer.getEmail()).length;
        browser.post("/portal/login", next == null ? Map.of("email", customer.getEmail())
                : Map.of("email", customer.getEmail(), "next", next)).expect(200);
        String path = linkPath(waitForMail(customer.getEmail(), before));
        browser.get(path).expect(200);
        PortalClient.Page signedIn = browser.post("/portal/access", Map.of("token", tokenOf(path))).expect(302);
        assertThat(browser.cookie("SEMAFORO_PORTAL")).isNotNull();
        assertThat(signedIn.location()).endsWith(next == null ? "/portal" : next);
        return browser;
    }

    /** The e-mail received after the first {@code before} ones for that address, waiting for it to arrive. */
    MimeMessage waitForMail(String recipient, int before) {
        Instant deadline = Instant.now().plus(MAIL_WAIT);
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] received = mailsTo(recipient);
            if (received.length > before) {
                return received[before];
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + recipient + " within " + MAIL_WAIT);
    }

    MimeMessage[] mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, recipient))
                .toArray(MimeMessage[]::new);
    }

    /** The path of the sign-in link in a mail (its host is the configured public URL, not the test server's). */
    static String linkPath(MimeMessage mail) {
        return link(body(mail)).orElseThrow(() -> new AssertionError("no sign-in link in " + body(mail)));
    }

    static Optional<String> link(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static String tokenOf(String accessPath) {
        return accessPath.substring(accessPath.lastIndexOf('/') + 1);
    }

    static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
