package it.semaforo.credit.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.platform.SharedSecret;
import it.semaforo.platform.SharedSecretSecurity;

/**
 * {@code /sandbox/credit/**} is a provider's API, not a user endpoint: callers authenticate with the API key
 * {@code semaforo.credit.sandbox.api-key} in the {@code X-Api-Key} header, as with a real provider (see
 * {@link SharedSecretSecurity}). Ordered before the other chains.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnCreditSandbox
class SandboxSecurity {

    static final String API_KEY_HEADER = "X-Api-Key";

    @Bean
    @Order(0)
    SecurityFilterChain creditSandboxFilterChain(HttpSecurity http,
                                                 @Value("${semaforo.credit.sandbox.api-key:}") String apiKey,
                                                 MessageSource messages, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        return new SharedSecretSecurity("/sandbox/credit/**", new SharedSecret(apiKey),
                request -> request.getHeader(API_KEY_HEADER), "credit-sandbox-client",
                "ApiKey header=\"" + API_KEY_HEADER + "\"", "semaforo.sandbox.unauthorized",
                "semaforo.credit.sandbox.api-key").build(http, messages, locales, json);
    }
}
