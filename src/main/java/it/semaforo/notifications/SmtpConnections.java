package it.semaforo.notifications;

import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

import org.apache.commons.pool2.BaseKeyedPooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Open SMTP connections, reused from one e-mail to the next instead of a new connection (greeting, EHLO, QUIT) per
 * e-mail, which costs more than the e-mail itself (see docs/benchmarks.md). A connection is checked (NOOP) before
 * each use and dropped when it fails or has been idle for a minute; connections are kept per server address, so a
 * changed host or port takes effect with the next e-mail.
 */
@Component
class SmtpConnections implements DisposableBean {

    /** Where connections go: a changed setting is another key, never a stale connection. */
    record Server(String host, int port, String username) {
    }

    private final JavaMailSenderImpl mailSender;
    private final GenericKeyedObjectPool<Server, Transport> pool;

    SmtpConnections(JavaMailSenderImpl mailSender,
                    @Value("${semaforo.mail.smtp-connections:8}") int maxConnections) {
        this.mailSender = mailSender;
        GenericKeyedObjectPoolConfig<Transport> config = new GenericKeyedObjectPoolConfig<>();
        config.setMaxTotalPerKey(maxConnections);
        config.setMaxIdlePerKey(maxConnections);
        config.setMaxWait(Duration.ofSeconds(30));
        config.setTestOnBorrow(true);
        config.setMinEvictableIdleDuration(Duration.ofMinutes(1));
        config.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
        config.setJmxEnabled(false);
        this.pool = new GenericKeyedObjectPool<>(new Factory(), config);
    }

    /** Sends a saved message over a pooled connection; a connection that failed is closed, never reused. */
    void send(jakarta.mail.internet.MimeMessage message) throws MessagingException {
        Server server = new Server(mailSender.getHost(), mailSender.getPort(), mailSender.getUsername());
        Transport transport;
        try {
            transport = pool.borrowObject(server);
        } catch (MessagingException | RuntimeException failed) {
            throw failed;
        } catch (Exception failed) {
            throw new MessagingException("No SMTP connection to " + server.host() + ":" + server.port(), failed);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException failed) {
            invalidate(server, transport);
            throw failed;
        }
        pool.returnObject(server, transport);
    }

    private void invalidate(Server server, Transport transport) {
        try {
            pool.invalidateObject(server, transport);
        } catch (Exception closing) {
            // the connection is gone either way
        }
    }

    @Override
    public void destroy() {
        pool.close();
    }

    private final class Factory extends BaseKeyedPooledObjectFactory<Server, Transport> {

        @Override
        public Transport create(Server server) throws MessagingException {
            Transport transport = mailSender.getSession().getTransport(mailSender.getProtocol());
            // an empty user is an unset placeholder (SEMAFORO_SMTP_USER), read as none like JavaMailSenderImpl does:
            // JavaMail authenticates whenever it has a user and the server offers AUTH, and empty credentials fail
            boolean anonymous = server.username() == null || server.username().isEmpty();
            transport.connect(server.host(), server.port(), anonymous ? null : server.username(),
                    anonymous ? null : mailSender.getPassword());
            return transport;
        }

        @Override
        public PooledObject<Transport> wrap(Transport transport) {
            return new DefaultPooledObject<>(transport);
        }

        /** SMTPTransport answers isConnected with a NOOP round trip. */
        @Override
        public boolean validateObject(Server server, PooledObject<Transport> pooled) {
            return pooled.getObject().isConnected();
        }

        @Override
        public void destroyObject(Server server, PooledObject<Transport> pooled) {
            try {
                pooled.getObject().close();
            } catch (MessagingException alreadyClosed) {
                // nothing left to close
            }
        }
    }
}
