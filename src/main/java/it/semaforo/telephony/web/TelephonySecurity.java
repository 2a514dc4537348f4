package it.semaforo.telephony.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.platform.SharedSecret;
import it.semaforo.platform.SharedSecretSecurity;

/**
 * {@code /api/telephony/**} belongs to the phone system, not to people: it authenticates with the shared token
 * {@code semaforo.telephony.token}, sent as {@code Authorization: Bearer <token>} or {@code X-Telephony-Token}
 * (see {@link SharedSecretSecurity}). The chain is ordered before the {@code /api/**} one, which would otherwise ask
 * for HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class TelephonySecurity {

    static final String TOKEN_HEADER = "X-Telephony-Token";
    private static final String BEARER = "Bearer ";

    @Bean
    @Order(0)
    SecurityFilterChain telephonyFilterChain(HttpSecurity http, @Value("${semaforo.telephony.token:}") String token,
                                             MessageSource messages, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        return new SharedSecretSecurity("/api/telephony/**", new SharedSecret(token), TelephonySecurity::presentedToken,
                "telephony", "Bearer realm=\"Semaforo telephony\"", "semaforo.telephony.unauthorized",
                "semaforo.telephony.token").build(http, messages, locales, json);
    }

    /** The token of the request: the bearer token, else the {@code X-Telephony-Token} header. */
    static String presentedToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        return request.getHeader(TOKEN_HEADER);
    }
}
