package it.semaforo.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Hands one rendered e-mail to the SMTP server, with the Message-ID the outbox derived from its key. */
@Component
class SmtpSender {

    private final JavaMailSenderImpl mailSender;
    private final SmtpConnections connections;
    private final String from;

    SmtpSender(JavaMailSenderImpl mailSender, SmtpConnections connections,
               @Value("${semaforo.mail.from}") String from) {
        this.mailSender = mailSender;
        this.connections = connections;
        this.from = from;
    }

    void send(String messageId, String recipient, MailRenderer.Rendered rendered) {
        try {
            // set on the message itself: Spring's MimeMessageHelper would load a MIME type map from the class path
            // for every message that JavaMailSenderImpl did not create (a tenth of a reminder's time, measured)
            MimeMessage message = new FixedIdMimeMessage(mailSender.getSession(), messageId);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
            message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
            message.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
            message.setSentDate(new Date());
            message.saveChanges();
            connections.send(message);
        } catch (MessagingException failed) {
            throw new MailSendException("Could not send e-mail " + messageId, failed);
        }
    }

    /** JavaMail replaces the Message-ID when saving a message; this one keeps the id derived from the key. */
    static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
