package it.semaforo.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

class SmtpConnectionsTest {

    private GreenMail server;
    private SmtpConnections connections;

    @BeforeEach
    void startServer() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stopServer() {
        connections.destroy();
        server.stop();
    }

    /**
     * The postgres profile sets the user from SEMAFORO_SMTP_USER, empty when the relay needs no sign-in; GreenMail
     * offers AUTH, as many relays do, and refuses empty credentials, so an empty user must mean no AUTH at all.
     */
    @Test
    void anEmptyUserSendsWithoutAuthentication() throws Exception {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setProtocol("smtp");
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(server.getSmtp().getPort());
        mailSender.setUsername("");
        mailSender.setPassword("");
        connections = new SmtpConnections(mailSender, 1);
        MimeMessage message = new MimeMessage(mailSender.getSession());
        message.setFrom(new InternetAddress("noreply@semaforo.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("cliente@example.it"));
        message.setSubject("Promemoria");
        message.setText("Scadenza");
        message.saveChanges();

        connections.send(message);

        assertThat(server.getReceivedMessages()).hasSize(1);
    }
}
