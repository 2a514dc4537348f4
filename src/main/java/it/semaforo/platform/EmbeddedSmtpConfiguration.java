package it.semaforo.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The default profile's SMTP server, in process (GreenMail), so that every e-mail really goes over SMTP with no
 * setup and can be looked at. The postgres profile switches it off and talks to a real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "semaforo.mail.embedded-smtp.enabled", havingValue = "true")
class EmbeddedSmtpConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtpServer(@Value("${semaforo.mail.embedded-smtp.host}") String host,
                                 @Value("${semaforo.mail.embedded-smtp.port}") int port) {
        return new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    }
}
