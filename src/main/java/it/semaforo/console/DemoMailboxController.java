package it.semaforo.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.platform.Viewer;

/**
 * The demo profile's mailbox: what the in-process SMTP server received, newest first, with the links of each
 * e-mail, so that whoever tries the demo can open a portal sign-in link or a reminder's renewal link with no mail
 * client. Only while the embedded SMTP server runs (never with a real one), and only for those who see every
 * customer, like the outbox.
 */
@Controller
@ConditionalOnProperty(name = "semaforo.mail.embedded-smtp.enabled", havingValue = "true")
class DemoMailboxController {

    static final int SHOWN = 50;
    private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** One received e-mail as the page shows it: its text without markup and the web links it carries. */
    record ReceivedMail(Instant receivedAt, String to, String subject, String text, List<String> links) {
    }

    private final GreenMail smtp;

    DemoMailboxController(GreenMail smtp) {
        this.smtp = smtp;
    }

    @GetMapping("/demo-mailbox")
    String mailbox(Model model) throws MessagingException {
        if (!Viewer.current().seesAllCustomers()) {
            throw new ConsoleErrors.Forbidden();
        }
        MimeMessage[] received = smtp.getReceivedMessages(); // in the order they arrived
        List<ReceivedMail> mails = new ArrayList<>();
        for (int i = received.length - 1; i >= 0 && mails.size() < SHOWN; i--) {
            mails.add(read(received[i]));
        }
        model.addAttribute("mails", mails);
        model.addAttribute("shown", SHOWN);
        return "console/demo-mailbox";
    }

    private static ReceivedMail read(MimeMessage message) throws MessagingException {
        String html;
        try {
            html = String.valueOf(message.getContent());
        } catch (java.io.IOException unreadable) {
            html = "";
        }
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            links.add(HtmlUtils.htmlUnescape(link.group(1)));
        }
        String text = HtmlUtils.htmlUnescape(TAG.matcher(html.replaceAll("(?s)<head>.*?</head>", ""))
                .replaceAll(" ")).replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
        Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        return new ReceivedMail(received == null ? Instant.EPOCH : received.toInstant(),
                String.join(", ", Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(Address::toString).toList()),
                message.getSubject(), text, links.stream().distinct().toList());
    }
}
