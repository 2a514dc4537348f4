package it.semaforo.telephony.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.platform.SharedSecret;
import it.semaforo.platform.errors.Unauthorized;

/**
 * {@code /api/telephony/**} belongs to the phone system, not to people: it authenticates with the shared token
 * {@code semaforo.telephony.token}, sent as {@code Authorization: Bearer <token>} or {@code X-Telephony-Token}.
 * HTTP Basic users are not accepted there, no session is kept, and without a configured token every request is
 * refused. The chain is ordered before the {@code /api/**} one, which would otherwise ask for HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class TelephonySecurity {

    static final String TOKEN_HEADER = "X-Telephony-Token";
    private static final String BEARER = "Bearer ";
    private static final String PRINCIPAL = "telephony";
    private static final Logger LOG = LoggerFactory.getLogger(TelephonySecurity.class);

    @Bean
    @Order(0)
    SecurityFilterChain telephonyFilterChain(HttpSecurity http, @Value("${semaforo.telephony.token:}") String token,
                                             MessageSource messages, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        SharedSecret expected = new SharedSecret(token);
        if (!expected.isConfigured()) {
            LOG.warn("semaforo.telephony.token is not set: /api/telephony refuses every request");
        }
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> Unauthorized.write(request,
                response, messages.getMessage("semaforo.telephony.unauthorized", null, locales.resolveLocale(request)),
                "Bearer realm=\"Semaforo telephony\"", json);
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/telephony/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new TokenFilter(expected), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The token of the request: the bearer token, else the {@code X-Telephony-Token} header. */
    static String presentedToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        return request.getHeader(TOKEN_HEADER);
    }

    /** Authenticates the request as the phone system when it carries the right token; otherwise leaves it be. */
    private static final class TokenFilter extends OncePerRequestFilter {

        private final SharedSecret expected;

        TokenFilter(SharedSecret expected) {
            this.expected = expected;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (expected.accepts(presentedToken(request))) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
                        List.of(new SimpleGrantedAuthority("ROLE_TELEPHONY"))));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
